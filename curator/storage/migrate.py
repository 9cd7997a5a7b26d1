"""Brings a database to the newest schema with Alembic, in place."""

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Connection, Engine

MIGRATIONS_DIR = Path(__file__).parent / "migrations"


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic config built in code, so no alembic.ini has to travel with the app."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def known_revisions() -> set[str]:
    """Every schema revision this release can upgrade from (a newer one means a newer Curator)."""
    return {script.revision for script in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> str | None:
    """Upgrade to `revision` (the newest by default), all or nothing; a no-op when already there.
    Returns the revision the database was at: None when it held no library yet."""
    with engine.begin() as connection:
        if connection.dialect.name == "sqlite":
            # Python's sqlite3 opens a transaction only for INSERT, UPDATE and DELETE, so each
            # CREATE, DROP and ALTER of a migration would be committed on its own, and a process
            # killed in the middle left a half-upgraded library that no later start could upgrade.
            # An explicit BEGIN holds the whole upgrade, version stamp included, in one transaction.
            connection.exec_driver_sql("BEGIN IMMEDIATE")
        target = head_revision() if revision == "head" else revision
        started = current_revision(connection)
        if started != target:
            command.upgrade(alembic_config(connection), revision)
    return started
