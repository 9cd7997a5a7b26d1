"""Writing a file under its chosen name only once it is complete."""

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from curator.core.errors import FolderNotFound, Msg


@contextmanager
def replaced_when_done(path: Path) -> Iterator[Path]:
    """A path beside `path` to write to, renamed onto `path` when the block ends and removed if it
    raises: a cancelled or failed export never leaves a half file under the name the user chose."""
    if not path.parent.is_dir():
        raise FolderNotFound(Msg.NO_SUCH_FOLDER, folder=str(path.parent))
    partial = path.with_name(path.name + ".part")
    try:
        yield partial
        os.replace(partial, path)
    finally:
        if partial.exists():
            partial.unlink()
