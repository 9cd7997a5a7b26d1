"""Reading the files of an import in worker processes, ahead of the process that stores them.

This module loads no storage (no SQLAlchemy): the command line starts the workers first and opens
the library while they read. Importing SQLAlchemy and making a new library's tables take about a
second on two cores, which the workers used to spend waiting.
"""

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from curator.core.errors import Msg
from curator.ingest import SUPPORTED_SUFFIXES
from curator.services.import_worker import Failure, Parsed, parse_files
from curator.services.worker_pool import InOrder, worker_count

WORKER_BATCH = 16  # files a worker reads per task
# Below this many files a process pool costs more to start than it saves.
POOL_THRESHOLD = 64
# Files read ahead of the one being stored: enough for the workers to keep busy while the library
# opens and while a chunk is written; few enough that memory stays flat however many files there are.
READ_AHEAD = 512


def collect_files(paths: Iterable[str | Path]) -> tuple[list[Path], list[Failure]]:
    """Expand folders recursively (supported formats only); named files are kept whatever their suffix.

    What a folder holds but cannot be imported is listed with the reason, never skipped in
    silence: a broken link, a link that loops back, a pipe or device named like an article.
    """
    files: list[Path] = []
    skipped: list[Failure] = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            found, problems = _walk(path)
            files.extend(sorted(found))
            skipped.extend(problems)
        elif path.exists():
            files.append(path)
        else:
            skipped.append(Failure(str(path), Msg.NO_SUCH_PATH))
    return files, skipped


def _walk(folder: Path) -> tuple[list[Path], list[Failure]]:
    """Supported files under `folder`, following linked folders once each; and what was skipped."""
    found: list[Path] = []
    skipped: list[Failure] = []
    seen = {folder.resolve()}
    stack = [folder]
    while stack:
        current = stack.pop()
        try:
            with os.scandir(current) as listing:
                entries = sorted(listing, key=lambda e: e.name)  # a DirEntry knows its type: no stat per file
        except OSError as error:
            skipped.append(Failure(str(current), Msg.FOLDER_UNREADABLE, {"reason": str(error.strerror or error)}))
            continue
        for entry in entries:
            path = current / entry.name
            if entry.is_dir():
                target = path.resolve()
                if target in seen:
                    skipped.append(Failure(str(path), Msg.LINK_LOOP))
                else:
                    seen.add(target)
                    stack.append(path)
            elif path.suffix.lower() not in SUPPORTED_SUFFIXES:
                continue
            elif entry.is_file():
                found.append(path)
            elif entry.is_symlink() and not path.exists():
                skipped.append(Failure(str(path), Msg.BROKEN_LINK))
            else:
                skipped.append(Failure(str(path), Msg.NOT_A_REGULAR_FILE))
    return found, skipped


class Reading:
    """The files under `paths`, read in order: by worker processes that start at once, or here
    when there are few. Use it as a context manager; leaving it stops the workers."""

    def __init__(self, paths: Iterable[str | Path], *, workers: int | None = None):
        self.files, self.failed = collect_files(paths)
        names = [str(f) for f in self.files]
        if len(names) < POOL_THRESHOLD:
            workers = 1
        elif workers is None:
            workers = worker_count()
        batches = (names[start : start + WORKER_BATCH] for start in range(0, len(names), WORKER_BATCH))
        self._work = InOrder(parse_files, batches, workers=workers, ahead=READ_AHEAD // WORKER_BATCH)

    def __iter__(self) -> Iterator[Parsed]:
        for _names, parsed in self._work:
            yield from parsed

    def close(self) -> None:
        self._work.close()

    def __enter__(self) -> "Reading":
        return self

    def __exit__(self, *_exc) -> None:
        self.close()
