"""Shared fixtures: a fresh library per test and a way to add articles without files."""

import hashlib
import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from curator.core.clock import now  # noqa: E402
from curator.storage import articles as article_store  # noqa: E402
from curator.storage.db import open_database  # noqa: E402


@pytest.fixture
def db(tmp_path):
    database = open_database(tmp_path / "library.db")
    yield database
    database.close()


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
