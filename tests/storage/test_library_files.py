"""--db pointed at the wrong file: refused untouched, or said out loud (issue 14, item 7)."""

import hashlib
import sqlite3

import pytest

from curator.cli import main
from curator.storage import db as db_module
from curator.storage.db import StoreError, open_database


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def refused_untouched(path) -> str:
    before, files = digest(path), sorted(path.parent.iterdir())
    with pytest.raises(StoreError) as caught:
        open_database(path)
    assert digest(path) == before
    assert sorted(path.parent.iterdir()) == files  # no -wal or -shm beside it: not even switched to WAL
    return str(caught.value)


def test_an_unrelated_sqlite_database_is_refused_untouched(tmp_path):
    path = tmp_path / "accounts.db"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE account (id INTEGER, name TEXT)")
        connection.execute("INSERT INTO account VALUES (1, '王小明')")
    assert "not a Curator library" in refused_untouched(path)


def test_a_file_that_is_no_database_is_refused_untouched(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("这不是数据库。" * 100, encoding="utf-8")
    assert "not a Curator library" in refused_untouched(path)


def test_a_library_from_a_newer_curator_is_refused_untouched(tmp_path):
    path = tmp_path / "library.db"
    open_database(path).close()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0099'")
    assert "newer Curator" in refused_untouched(path)


def test_a_new_library_says_so_and_an_existing_one_does_not(tmp_path):
    path = tmp_path / "library.db"
    first = open_database(path)
    assert first.created
    first.close()
    again = open_database(path)
    assert not again.created  # positive control: an existing library is opened as it is
    again.close()


def test_the_command_line_says_when_it_made_a_new_library(tmp_path, capsys):
    path = tmp_path / "mistyped.db"
    assert main(["--db", str(path), "articles", "--json"]) == 0
    assert f"created a new library at {path}" in capsys.readouterr().err
    assert main(["--db", str(path), "articles", "--json"]) == 0
    assert capsys.readouterr().err == ""


@pytest.mark.sqlite_only
def test_a_library_that_cannot_be_written_opens_for_reading(tmp_path, monkeypatch, db, add_article):
    from curator.services import library, tagging

    path = tmp_path / "library.db"  # the `db` fixture's library, with one article
    article_id = add_article("中国农业银行长治市分行发放贷款。")
    db.close()  # the last writer leaves: its changes are in the main file, as on a read-only medium
    before = digest(path)
    monkeypatch.setattr(db_module, "_not_writable", lambda _path: True)  # a read-only medium (root writes anywhere)
    shelf = open_database(path)
    assert shelf.read_only
    assert [a.id for a in library.list_articles(shelf)] == [article_id]
    with pytest.raises(StoreError, match="read-only"):
        tagging.tag_mention(shelf, article_id=article_id, start=0, end=6, kind="institution", user="ann")
    shelf.close()
    assert digest(path) == before


def test_a_library_is_named_by_its_path_not_a_url(tmp_path, monkeypatch):
    """The About box and the command line showed sqlite:///…; editors know their file's path."""
    path = tmp_path / "库" / "library.db"
    db = open_database(path)
    assert db.location == str(path)
    db.close()
    monkeypatch.setattr(db_module, "_not_writable", lambda _path: True)  # opened read-only: a file: URI
    read_only = open_database(path)
    assert read_only.read_only and read_only.location == str(path)
    read_only.close()
