"""Opening a library: the engine, its SQLite settings, migrations and sessions."""

import os
import re
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from pathlib import Path

from platformdirs import user_data_dir
from sqlalchemy import event, inspect, text
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session, create_engine

from curator.core.errors import CuratorError, Msg
from curator.storage import scan, schema


class StoreError(CuratorError):
    """The library cannot be opened or written, and why: one line for the user."""


# Values bound in one IN list: SQLite caps bound parameters (999 before 3.32), and 500 a query
# stays well below every limit.
IN_LIST = 500
# How long a writer waits for another to finish before it gives up. Long enough for any undo of a
# season's import: the issue is that no tag is ever refused because another process was writing.
LOCK_PATIENCE_SECONDS = 15 * 60
# Each try for the write lock waits this long, then tells the listener that the wait goes on.
LOCK_TRY_MS = 250


def default_db_path() -> Path:
    """The library file in the user's data directory."""
    return Path(user_data_dir("Curator", appauthor=False)) / "library.db"


def database_url(location: str | Path | None) -> str:
    """A SQLAlchemy URL from a path, a URL, or None for the default library."""
    if location is None:
        location = default_db_path()
    text = str(location)
    if "://" in text:
        # postgresql:// as users write it means psycopg 3, the driver Curator ships, not psycopg2.
        return re.sub(r"^postgres(ql)?://", "postgresql+psycopg://", text)
    path = Path(text).expanduser()
    path.parent.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{path}"


def _configure_sqlite(dbapi_connection, _record) -> None:
    # WAL lets the GUI read while an import writes; NORMAL sync is safe under WAL and keeps
    # commits cheap. The busy timeout is short: writers wait for each other in
    # Database.writing, which keeps trying and lets the user see the wait.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute(f"PRAGMA busy_timeout = {LOCK_TRY_MS}")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.close()
    scan.register(dbapi_connection)


class Database:
    """One open library: an engine on the newest schema, handing out sessions."""

    def __init__(self, engine: Engine, *, created: bool = False, read_only: bool = False):
        self.engine = engine
        self.created = created  # a new, empty library was made at this location
        self.read_only = read_only  # opened for reading, listing, searching and exporting only
        # Called with the seconds waited so far, about every LOCK_TRY_MS while another process
        # holds the write lock, and with None when the wait is over: the window and the command
        # line show "waiting for the library…" instead of refusing the change.
        self.lock_listener: Callable[[float | None], None] = lambda _waited: None

    @property
    def location(self) -> str:
        """Where the library is, as a user names it: a SQLite library's file path, else the
        server's URL without its password."""
        url = self.engine.url
        if url.get_backend_name() == "sqlite" and url.database:
            return str(Path(url.database.removeprefix("file:")).resolve())
        return url.render_as_string(hide_password=True)

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
                    raise StoreError(Msg.READ_ONLY) from error
                raise _database_error(error) from error
            except BaseException:
                session.rollback()
                raise

    @contextmanager
    def writing(self) -> Iterator[Session]:
        """A unit of work that changes the library: it holds the write lock from its first
        statement, so that what it reads is still true when it writes.

        A deferred transaction that read before another process committed could not write at
        all (SQLite refuses the stale snapshot at once, whatever the busy timeout); taking the
        lock first turns every conflict into a wait, which the lock listener makes visible.
        """
        with self.session() as session:
            if self.engine.dialect.name == "sqlite":
                self._lock_for_writing(session.connection().connection.driver_connection)
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A unit of work that reads one snapshot of the library, however long it takes, while
        others go on writing: a copy of the whole library reads tables that agree with each other."""
        with self.session() as session:
            if self.engine.dialect.name == "sqlite":
                # Python's sqlite3 begins no transaction for a SELECT: each would see the library as it is then.
                session.connection().connection.driver_connection.execute("BEGIN")
            else:
                session.execute(text("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"))
            yield session

    def _lock_for_writing(self, connection: sqlite3.Connection) -> None:
        if self.read_only:
            raise StoreError(Msg.READ_ONLY)
        started = time.monotonic()
        waited = False
        try:
            while True:
                try:
                    connection.execute("BEGIN IMMEDIATE")
                    return
                except sqlite3.OperationalError as error:
                    if not _is_locked(error):
                        raise StoreError(Msg.DATABASE_ERROR, detail=_one_line(error)) from error
                    if time.monotonic() - started > LOCK_PATIENCE_SECONDS:
                        raise StoreError(Msg.LOCK_TIMEOUT, minutes=LOCK_PATIENCE_SECONDS // 60) from error
                    waited = True
                    self.lock_listener(time.monotonic() - started)
        finally:
            if waited:
                self.lock_listener(None)

    def close(self) -> None:
        self.engine.dispose()


def open_database(location: str | Path | None = None, *, create: bool = True) -> Database:
    """Open (creating or upgrading in place) the library at `location`.

    A file that is not a Curator library, or one made by a newer Curator, is refused before
    anything writes to it (switching to WAL alone would change its bytes). `Database.created`
    tells the caller when a new, empty library was made, so that a mistyped path does not pass
    in silence; with `create` False such a location is refused instead, and left as it was.
    """
    try:
        url = make_url(database_url(location))
        revision = None  # new, or on a server, where Alembic finds it out
        created = read_only = False
        if url.get_backend_name() == "sqlite":
            revision = _library_revision(url.database)
            created = revision is None
            read_only = not created and _not_writable(Path(url.database))
        engine = create_engine(_read_only_url(url) if read_only else url)
        if engine.dialect.name != "sqlite":
            created = not inspect(engine).has_table("alembic_version")
        if created and not create:
            engine.dispose()
            raise StoreError(Msg.NO_LIBRARY, location=str(location or default_db_path()))
        if created and url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
            _create_whole(Path(url.database))
        if engine.dialect.name == "sqlite":
            event.listen(engine, "connect", _configure_read_only if read_only else _configure_sqlite)
        if revision == schema.head_revision():
            engine.connect().close()  # a library that cannot be read is refused here, as before
        else:
            _upgrade(engine)
    except (SQLAlchemyError, OSError) as error:
        raise StoreError(Msg.CANNOT_OPEN_LIBRARY, location=str(location or default_db_path()),
                         detail=_one_line(error)) from error
    return Database(engine, created=created, read_only=read_only)


def _create_whole(path: Path) -> None:
    """Make a new library beside `path` and move it into place once every table is made.

    Python's sqlite3 commits each CREATE on its own, so a process killed while making a library
    left a file with some tables and no schema version, which the next start refused as not a
    library. A half-made library now stays under its staging name and is made again.
    """
    staging = path.with_name(path.name + ".new")
    for leftover in (staging, *(staging.with_name(staging.name + end) for end in ("-wal", "-shm"))):
        leftover.unlink(missing_ok=True)
    engine = create_engine(f"sqlite:///{staging}")
    event.listen(engine, "connect", _configure_sqlite)
    try:
        _upgrade(engine)
        with engine.connect() as connection:  # everything into the main file before it moves
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        engine.dispose()
    os.replace(staging, path)
    for leftover in (staging.with_name(staging.name + end) for end in ("-wal", "-shm")):
        leftover.unlink(missing_ok=True)


def _upgrade(engine: Engine) -> None:
    # Alembic takes a good part of a second to load: only a library that is new or behind needs it.
    from curator.storage import migrate

    migrate.upgrade(engine)


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
    scan.register(dbapi_connection)


def _library_revision(database: str | None) -> str | None:
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
        raise StoreError(Msg.NOT_A_LIBRARY, path=str(path), detail=_one_line(error)) from None
    if not tables:
        return None  # an empty SQLite file: nothing of anyone's to spoil
    if version is None or "article" not in tables:
        raise StoreError(Msg.FOREIGN_TABLES, path=str(path))
    if version[0] != schema.head_revision():
        from curator.storage import migrate  # as in _upgrade: only for a library that is not up to date

        if version[0] not in migrate.known_revisions():
            raise StoreError(Msg.NEWER_SCHEMA, path=str(path), schema=version[0])
    return version[0]


def _database_error(error: SQLAlchemyError) -> StoreError:
    """The database's refusal in its own words; a lock held too long has a message of its own."""
    original = getattr(error, "orig", None)
    if isinstance(original, sqlite3.OperationalError) and _is_locked(original):
        return StoreError(Msg.DATABASE_LOCKED)
    return StoreError(Msg.DATABASE_ERROR, detail=_one_line(error))


def _is_locked(error: sqlite3.OperationalError) -> bool:
    return getattr(error, "sqlite_errorcode", None) in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) or "locked" in str(error)


def _one_line(error: BaseException) -> str:
    original = getattr(error, "orig", None) or error
    return str(original).splitlines()[0] if str(original) else type(original).__name__
