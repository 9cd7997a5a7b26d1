"""Shared fixtures: a fresh library per test and a way to add articles without files."""

import hashlib
import itertools
import os
import shutil
import subprocess
import tempfile

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Models of server libraries, and anything else kept in the user's data folder, stay out of the
# tester's own (platformdirs reads this on every call).
DATA_HOME = os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="curator-test-data-")

from curator.core.clock import now  # noqa: E402
from curator.storage import articles as article_store  # noqa: E402
from curator.storage.db import open_database  # noqa: E402


# The folders whose tests run on both engines (issue 15); elsewhere a library is a SQLite file.
BOTH_ENGINES = ("storage", "services", "cli")
ENGINES = ("sqlite", "postgresql")


def pytest_configure(config):
    config.addinivalue_line("markers", "sqlite_only: a test of what only a SQLite library has (its file, its locks)")


def pytest_unconfigure(config):
    shutil.rmtree(DATA_HOME, ignore_errors=True)  # every run left one in /tmp: 84 after a day of sessions


def pytest_generate_tests(metafunc):
    folder = metafunc.definition.path.parent.name
    if ("db" in metafunc.fixturenames and folder in BOTH_ENGINES
            and not metafunc.definition.get_closest_marker("sqlite_only")):
        metafunc.parametrize("db", ENGINES, indirect=True)


@pytest.fixture(scope="session")
def postgres_databases():
    """Databases on a real PostgreSQL server (tests/postgres_server.py), made for this test run."""
    from tests import postgres_server

    server = None
    url = os.environ.get("CURATOR_TEST_POSTGRES")
    try:
        if not url:
            server = postgres_server.PrivateServer()
            url = server.url
    except (postgres_server.PostgresUnavailable, OSError, subprocess.CalledProcessError) as error:
        if os.environ.get("CURATOR_REQUIRE_POSTGRES"):
            raise
        pytest.skip(f"no PostgreSQL server: {error}")
    databases = postgres_server.Databases(url)
    databases.server = server  # None when the server was given: it is not ours to restart
    yield databases
    databases.close()
    if server is not None:
        server.stop()


@pytest.fixture
def db(request, tmp_path):
    """A new library: a SQLite file in the test's folder, or (for the tests of BOTH_ENGINES, in
    their second run) a database of its own on the PostgreSQL server. `db.location` names it."""
    if getattr(request, "param", "sqlite") == "sqlite":
        database = open_database(tmp_path / "library.db")
        yield database
        database.close()
        return
    databases = request.getfixturevalue("postgres_databases")
    url = databases.new()
    database = open_database(url)
    yield database
    database.close()
    databases.drop(url)


@pytest.fixture
def member_login(postgres_databases, request):
    """A library on the server, its owner's database (postgres), and the URL of a login of its own,
    王编辑, who is no member yet; the login is dropped after the test."""
    from sqlalchemy import text
    from sqlalchemy.engine import make_url

    url = postgres_databases.new()
    request.addfinalizer(lambda: postgres_databases.drop(url))
    admin = open_database(url)
    request.addfinalizer(admin.close)
    with admin.session() as session:
        session.execute(text('DROP ROLE IF EXISTS "王编辑"'))
        session.execute(text('CREATE ROLE "王编辑" LOGIN'))

    def drop_login() -> None:
        with admin.session() as session:
            session.execute(text('DROP OWNED BY "王编辑"'))
            session.execute(text('DROP ROLE "王编辑"'))

    request.addfinalizer(drop_login)
    return admin, make_url(url).set(username="王编辑").render_as_string(hide_password=False)


@pytest.fixture
def new_location(request, tmp_path):
    """A function giving the location of a new library on an engine ("sqlite" or "postgresql"):
    a file in the test's folder, or a database of its own on the test server (`empty=True`: with
    nothing in it, not even a library), dropped after the test."""
    made: list[str] = []
    numbers = itertools.count(1)

    def location(engine: str, *, empty: bool = False) -> str:
        if engine == "sqlite":
            return str(tmp_path / f"library{next(numbers)}.db")
        databases = request.getfixturevalue("postgres_databases")
        made.append(databases.empty() if empty else databases.new())
        return made[-1]

    yield location
    for url in made:
        request.getfixturevalue("postgres_databases").drop(url)


@pytest.fixture
def add_article(db):
    """Insert an article straight into the store; returns its id."""
    return article_adder(db)


def article_adder(db):
    """A function that inserts an article into `db` straight through the store and returns its id."""

    def add(text: str, *, title: str = "标题", source: str | None = "测试报", status: str = "new",
            published=None, script: str = "simplified") -> int:
        stamp = now()
        row = {
            "title": title, "text": text, "source": source, "url": None, "author": None, "published": published,
            "script": script, "format": "txt", "file": None,
            "content_hash": hashlib.sha256((title + text).encode()).hexdigest(), "chars": len(text),
            "status": status, "imported_at": stamp, "updated_at": stamp, "n_institutions": 0, "n_figures": 0,
            "indexed": False,
        }
        with db.session() as session:
            return article_store.insert_articles(session, [row])[0]

    return add


def import_failure(path) -> str:
    """The one-line reason `read_article` gives for a file it refuses (it must refuse it)."""
    from curator.ingest import ImportFailure, read_article

    with pytest.raises(ImportFailure) as caught:
        read_article(path)
    message = str(caught.value)
    assert message and "\n" not in message
    return message
