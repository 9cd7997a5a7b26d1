"""A SQLite library file as Python's sqlite3 sees it: where it is, and whether it is a Curator
library and on which revision.

No SQLAlchemy here: both the full path (storage/db.py) and the quick reader
(storage/sqlite_reader.py), which lists an up-to-date library in a fraction of SQLAlchemy's import
time (issue 16), decide with these functions.
"""

import sqlite3
from contextlib import closing
from pathlib import Path

from platformdirs import user_data_dir

from curator.core.errors import CuratorError, Msg
from curator.storage import schema


class StoreError(CuratorError):
    """The library cannot be opened or written, and why: one line for the user."""


def default_db_path() -> Path:
    """The library file in the user's data directory."""
    return Path(user_data_dir("Curator", appauthor=False)) / "library.db"


def library_path(location: str | Path | None) -> Path | None:
    """The file a library location names (None: the default library); None for a URL."""
    if location is None:
        return default_db_path()
    if "://" in str(location):
        return None
    return Path(location).expanduser()


def library_revision(database: str | None) -> str | None:
    """The schema revision of the SQLite file, None when it is new; StoreError when it holds
    something Curator must not touch."""
    if not database or database == ":memory:":
        return None
    path = Path(database)
    if not path.exists() or path.stat().st_size == 0:
        return None
    try:
        with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as connection:
            tables = {name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            version = connection.execute("SELECT version_num FROM alembic_version").fetchone() if "alembic_version" in tables else None
    except sqlite3.DatabaseError as error:
        raise StoreError(Msg.NOT_A_LIBRARY, path=str(path), detail=one_line(error)) from None
    return checked_revision(tables, version[0] if version else None, str(path))


def checked_revision(tables: set[str], version: str | None, location: str) -> str | None:
    """`version`, the revision a library's tables are on; None for an empty database; StoreError
    when the database holds something else, or a newer Curator's library."""
    if not tables:
        return None  # an empty database: nothing of anyone's to spoil
    if version is None or "article" not in tables:
        raise StoreError(Msg.FOREIGN_TABLES, path=location)
    if version != schema.head_revision():
        from curator.storage import migrate  # only for a library that is not up to date: Alembic is slow to load

        if version not in migrate.known_revisions():
            raise StoreError(Msg.NEWER_SCHEMA, path=location, schema=version)
    return version


def is_up_to_date(path: Path) -> bool:
    """Whether `path` is a Curator library on the newest schema, which needs no upgrade to be read."""
    return library_revision(str(path)) == schema.head_revision()


def one_line(error: BaseException) -> str:
    """An error's first line, the driver's own where SQLAlchemy wraps it."""
    original = getattr(error, "orig", None) or error
    return str(original).splitlines()[0] if str(original) else type(original).__name__
