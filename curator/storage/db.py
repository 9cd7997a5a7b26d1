"""Opening a library: the engine, its SQLite settings, migrations and sessions."""

import os
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

from platformdirs import user_data_dir
from sqlalchemy import event
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session, create_engine

from curator.storage import migrate


class StoreError(Exception):
    """The library cannot be opened or written; the message is one line for the user."""


def default_db_path() -> Path:
    """The library file in the user's data directory."""
    return Path(user_data_dir("Curator", appauthor=False)) / "library.db"


def database_url(location: str | Path | None) -> str:
    """A SQLAlchemy URL from a path, a URL, or None for the default library."""
    if location is None:
        location = default_db_path()
    text = str(location)
    if "://" in text:
        return text
    path = Path(text).expanduser()
    path.parent.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{path}"


def _configure_sqlite(dbapi_connection, _record) -> None:
    # WAL lets the GUI read while an import writes; NORMAL sync is safe under WAL
    # and keeps commits cheap; the busy timeout rides out a concurrent writer.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA busy_timeout = 5000")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.close()


class Database:
    """One open library: an engine on the newest schema, handing out sessions."""

    def __init__(self, engine: Engine, *, created: bool = False, read_only: bool = False):
        self.engine = engine
        self.created = created  # a new, empty library was made at this location
        self.read_only = read_only  # opened for reading, listing, searching and exporting only

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: committed when the block ends, rolled back if it raises."""
        with Session(self.engine, expire_on_commit=False) as session:
            try:
                yield session
                session.commit()
            except SQLAlchemyError as error:
                session.rollback()
                if self.read_only:
                    raise StoreError("the library is read-only (its file or folder cannot be written); nothing was changed") from error
                raise StoreError(_one_line(error)) from error
            except BaseException:
                session.rollback()
                raise

    def close(self) -> None:
        self.engine.dispose()


def open_database(location: str | Path | None = None) -> Database:
    """Open (creating or upgrading in place) the library at `location`.

    A file that is not a Curator library, or one made by a newer Curator, is refused before
    anything writes to it (switching to WAL alone would change its bytes). `Database.created`
    tells the caller when a new, empty library was made, so that a mistyped path does not pass
    in silence.
    """
    try:
        url = make_url(database_url(location))
        created = read_only = False
        if url.get_backend_name() == "sqlite":
            created = _check_library_file(url.database)
            read_only = not created and _not_writable(Path(url.database))
        engine = create_engine(_read_only_url(url) if read_only else url)
        if engine.dialect.name == "sqlite":
            event.listen(engine, "connect", _configure_read_only if read_only else _configure_sqlite)
        migrate.upgrade(engine)
    except (SQLAlchemyError, OSError) as error:
        raise StoreError(f"cannot open library {location or default_db_path()}: {_one_line(error)}") from error
    return Database(engine, created=created, read_only=read_only)


def _not_writable(path: Path) -> bool:
    """A library on a read-only medium or in a folder the user may not write: SQLite could not
    even create its -shm file there, so it is opened read-only instead of not at all."""
    return not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK))


def _read_only_url(url: URL) -> str:
    path = Path(url.database).resolve()
    # immutable: nobody can write there, so SQLite needs no lock and no -shm file beside it. Not
    # while a -wal file holds changes the main file lacks: immutable would not read them.
    immutable = "" if path.with_name(path.name + "-wal").exists() else "&immutable=1"
    return f"sqlite:///{path.as_uri()}?mode=ro{immutable}&uri=true"


def _configure_read_only(dbapi_connection, _record) -> None:
    dbapi_connection.execute("PRAGMA foreign_keys = ON")


def _check_library_file(database: str | None) -> bool:
    """Whether the SQLite file is new; StoreError when it holds something Curator must not touch."""
    if not database or database == ":memory:":
        return True
    path = Path(database)
    if not path.exists() or path.stat().st_size == 0:
        return True
    try:
        with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as connection:
            tables = {name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            version = connection.execute("SELECT version_num FROM alembic_version").fetchone() if "alembic_version" in tables else None
    except sqlite3.DatabaseError as error:
        raise StoreError(f"{path} is not a Curator library ({_one_line(error)}); it was left untouched") from None
    if not tables:
        return True  # an empty SQLite file: nothing of anyone's to spoil
    if version is None or "article" not in tables:
        raise StoreError(f"{path} is not a Curator library (it holds other tables); it was left untouched")
    if version[0] not in migrate.known_revisions():
        raise StoreError(f"{path} was made by a newer Curator (schema {version[0]}); please upgrade Curator")
    return False


def _one_line(error: BaseException) -> str:
    original = getattr(error, "orig", None) or error
    return str(original).splitlines()[0] if str(original) else type(original).__name__
