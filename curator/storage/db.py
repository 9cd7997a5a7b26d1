"""Opening a library: the engine, its SQLite settings, migrations and sessions."""

import os
import re
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import event, inspect, text
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session, create_engine

from curator.core.errors import Msg
from curator.storage import scan, schema
from curator.storage.library_file import (StoreError, checked_revision, default_db_path, library_path, library_revision,
                                          one_line)


# Values bound in one IN list: SQLite caps bound parameters (999 before 3.32), and 500 a query
# stays well below every limit.
IN_LIST = 500


def in_lists(ids: Iterable[int]) -> list[list[int]]:
    """`ids` in lists of at most IN_LIST, one query's worth each."""
    ids = list(ids)
    return [ids[i : i + IN_LIST] for i in range(0, len(ids), IN_LIST)]
# How long a writer waits for another to finish before it gives up. Long enough for any undo of a
# season's import: the issue is that no tag is ever refused because another process was writing.
LOCK_PATIENCE_SECONDS = 15 * 60
# Each try for the write lock waits this long, then tells the listener that the wait goes on.
LOCK_TRY_MS = 250
# The advisory lock a library on a server is written under (any number; "curator" in ASCII).
WRITE_LOCK_KEY = 0x63757261746F72
LOCK_NOT_AVAILABLE = "55P03"  # PostgreSQL's SQLSTATE when lock_timeout ran out
CONNECT_SECONDS = 10


def database_url(location: str | Path | None) -> str:
    """A SQLAlchemy URL from a path, a URL, or None for the default library."""
    path = library_path(location)
    if path is None:
        # postgresql:// as users write it means psycopg 3, the driver Curator ships, not psycopg2.
        return re.sub(r"^postgres(ql)?://", "postgresql+psycopg://", str(location))
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
                _roll_back(session)
                if self.read_only:
                    raise StoreError(Msg.READ_ONLY) from error
                raise _database_error(error) from error
            except BaseException as error:
                _roll_back(session)
                if _lost_connection(error):  # the driver's own, from a statement sent past SQLAlchemy
                    raise StoreError(Msg.SERVER_UNREACHABLE, detail=one_line(error)) from error
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
            else:
                self._lock_on_server(session.connection().connection.driver_connection)
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
        def take() -> bool:
            try:
                connection.execute("BEGIN IMMEDIATE")
                return True
            except sqlite3.OperationalError as error:
                if not _is_locked(error):
                    raise StoreError(Msg.DATABASE_ERROR, detail=one_line(error)) from error
                return False

        self._wait_for(take)

    def _lock_on_server(self, connection) -> None:
        """The library's write lock on a server: an advisory lock held until the transaction ends,
        so that writers take turns as on SQLite and what a change read is still true when it
        writes. Readers never wait for it. Taken on the driver's connection, as SQLite's BEGIN is:
        it opens the transaction the session goes on in.

        Each try waits in the server's queue for LOCK_TRY_MS (so the lock passes on the moment it
        is free), then gives up to a savepoint, which keeps the transaction, and tries again."""
        connection.execute(f"SET LOCAL lock_timeout = {LOCK_TRY_MS}")

        def take() -> bool:
            connection.execute("SAVEPOINT curator_write_lock")
            try:
                connection.execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK_KEY,))
            except Exception as error:
                if getattr(error, "sqlstate", None) != LOCK_NOT_AVAILABLE:
                    raise
                connection.execute("ROLLBACK TO SAVEPOINT curator_write_lock")
                return False
            connection.execute("RELEASE SAVEPOINT curator_write_lock")
            connection.execute("SET LOCAL lock_timeout TO DEFAULT")
            return True

        self._wait_for(take)

    def _wait_for(self, take: Callable[[], bool]) -> None:
        """Call `take` until it gets the write lock, telling the lock listener while it waits."""
        if self.read_only:
            raise StoreError(Msg.READ_ONLY)
        started = time.monotonic()
        waited = False
        try:
            while not take():
                if time.monotonic() - started > LOCK_PATIENCE_SECONDS:
                    raise StoreError(Msg.LOCK_TIMEOUT, minutes=LOCK_PATIENCE_SECONDS // 60)
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
        revision = None
        created = read_only = False
        if url.get_backend_name() == "sqlite":
            revision = library_revision(url.database)
            created = revision is None
            read_only = not created and _not_writable(Path(url.database))
        engine = create_engine(_read_only_url(url) if read_only else url, **_engine_options(url))
        if engine.dialect.name != "sqlite":
            revision = _server_revision(engine, location=url.render_as_string(hide_password=True))
            created = revision is None
        if created and not create:
            engine.dispose()
            raise StoreError(Msg.NO_LIBRARY, location=_shown(location))
        if created and url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
            _create_whole(Path(url.database))
        if engine.dialect.name == "sqlite":
            event.listen(engine, "connect", _configure_read_only if read_only else _configure_sqlite)
        if revision == schema.head_revision():
            engine.connect().close()  # a library that cannot be read is refused here, as before
        else:
            _upgrade(engine)
    except (SQLAlchemyError, OSError) as error:
        raise StoreError(Msg.CANNOT_OPEN_LIBRARY, location=_shown(location), detail=one_line(error)) from error
    return Database(engine, created=created, read_only=read_only)


def _shown(location: str | Path | None) -> str:
    """Where a library is, as a message may show it: a server's URL without its password."""
    if location is None:
        return str(default_db_path())
    return re.sub(r"(://[^:/@]*):[^@/]*@", r"\1:***@", str(location))


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


def _engine_options(url: URL) -> dict:
    """A server may drop a connection (a restart, a network blip): each is tested before use, and
    the library reconnects instead of failing the next change; one that does not answer is given
    up on after CONNECT_SECONDS rather than the system's minutes of TCP retries. Its sessions run
    in UTC, as times are stored in UTC: a server in another zone would otherwise shift the hours
    that statistics and exports format in SQL."""
    if url.get_backend_name() == "sqlite":
        return {}
    return {"pool_pre_ping": True, "connect_args": {"options": "-c timezone=UTC", "connect_timeout": CONNECT_SECONDS}}


def _server_revision(engine: Engine, *, location: str) -> str | None:
    """The schema revision of a library on a server, None when its database is empty; StoreError
    when the database holds something else, or a newer Curator's library."""
    with engine.connect() as connection:
        tables = set(inspect(connection).get_table_names())
        version = connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() if "alembic_version" in tables else None
    return checked_revision(tables, version, location)


def _roll_back(session: Session) -> None:
    """Roll back after an error. On a connection the server dropped the rollback fails too, and
    the transaction is gone anyway: the error that broke it is the one to tell."""
    try:
        session.rollback()
    except SQLAlchemyError:
        pass


def _database_error(error: SQLAlchemyError) -> StoreError:
    """The database's refusal in its own words; a lock held too long has a message of its own."""
    original = getattr(error, "orig", None)
    if isinstance(original, sqlite3.OperationalError) and _is_locked(original):
        return StoreError(Msg.DATABASE_LOCKED)
    if error.connection_invalidated or _lost_connection(original):
        return StoreError(Msg.SERVER_UNREACHABLE, detail=one_line(error))
    return StoreError(Msg.DATABASE_ERROR, detail=one_line(error))


def _lost_connection(error: BaseException | None) -> bool:
    """Whether the driver of a server says the connection failed or broke: no connection at all
    (no SQLSTATE), a broken one (class 08), or a server shutting down (57P01-57P03)."""
    if error is None or not type(error).__module__.startswith("psycopg"):
        return False
    sqlstate = getattr(error, "sqlstate", None)
    if sqlstate is None:
        return type(error).__name__ == "OperationalError"
    return sqlstate.startswith(("08", "57P"))


def _is_locked(error: sqlite3.OperationalError) -> bool:
    return getattr(error, "sqlite_errorcode", None) in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) or "locked" in str(error)
