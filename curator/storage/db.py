"""Opening a library: the engine, its SQLite settings, migrations and sessions."""

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from platformdirs import user_data_dir
from sqlalchemy import event
from sqlalchemy.engine import Engine
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

    def __init__(self, engine: Engine):
        self.engine = engine

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
                raise StoreError(_one_line(error)) from error
            except BaseException:
                session.rollback()
                raise

    def close(self) -> None:
        self.engine.dispose()


def open_database(location: str | Path | None = None) -> Database:
    """Open (creating or upgrading in place) the library at `location`."""
    try:
        url = database_url(location)
        engine = create_engine(url)
        if engine.dialect.name == "sqlite":
            event.listen(engine, "connect", _configure_sqlite)
        migrate.upgrade(engine)
    except (SQLAlchemyError, OSError) as error:
        raise StoreError(f"cannot open library {location or default_db_path()}: {_one_line(error)}") from error
    return Database(engine)


def _one_line(error: BaseException) -> str:
    original = getattr(error, "orig", None) or error
    return str(original).splitlines()[0] if str(original) else type(original).__name__
