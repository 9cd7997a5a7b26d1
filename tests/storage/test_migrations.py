import signal
import sqlite3
import subprocess
import sys

from sqlalchemy import create_engine, inspect, text

from curator.storage import migrate, schema
from curator.storage.db import LOCK_TRY_MS, StoreError, open_database

import pytest


def test_empty_database_gets_every_table(tmp_path):
    db = open_database(tmp_path / "new.db")
    with db.engine.connect() as connection:
        assert migrate.current_revision(connection) == migrate.head_revision()
    tables = set(inspect(db.engine).get_table_names())
    assert {"article", "entity", "alias_proposal", "mention", "event", "rejected_suggestion", "article_fts"} <= tables


def test_the_head_read_from_the_files_is_alembics_head():
    assert schema.head_revision() == migrate.head_revision()


def test_an_up_to_date_library_opens_without_alembic(tmp_path, monkeypatch):
    """Issue 16: loading Alembic and walking its revisions cost most of a second on every start."""
    path = tmp_path / "library.db"
    open_database(path).close()
    upgrades = []
    monkeypatch.setattr(migrate, "upgrade", lambda _engine, revision="head": upgrades.append(revision))
    open_database(path).close()
    assert upgrades == []
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0006'")
    open_database(path).close()
    assert upgrades == ["head"]  # positive control: a library one revision behind is upgraded


def test_sqlite_settings(tmp_path):
    db = open_database(tmp_path / "new.db")
    with db.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA busy_timeout")).scalar() == LOCK_TRY_MS  # writers keep trying in Database.writing


def _old_library(path, revision: str) -> None:
    """A library at an older schema `revision`, holding one article."""
    engine = create_engine(f"sqlite:///{path}")
    migrate.upgrade(engine, revision)
    with engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO article (title, text, script, format, content_hash, chars, status, imported_at, updated_at,"
            " n_institutions, n_figures, indexed) VALUES ('旧文章', '山西银行阳泉分行开业', 'simplified', 'txt', 'h', 10,"
            " 'new', '2024-01-01 00:00:00', '2024-01-01 00:00:00', 0, 0, 1)"
        ))
    engine.dispose()


def test_older_database_is_upgraded_in_place_nothing_lost(tmp_path):
    path = tmp_path / "old.db"
    _old_library(path, "0001")  # a library written before the search index existed

    db = open_database(path)
    from curator.services import library
    from curator.storage.articles import ArticleFilter

    assert [a.title for a in library.list_articles(db)] == ["旧文章"]
    assert library.get_article(db, 1).version == 0  # 0010: the articles already there start at version 0
    assert library.index_all(db) == 1  # the upgrade queued old articles for indexing
    assert [a.title for a in library.list_articles(db, ArticleFilter(search="阳泉"))] == ["旧文章"]


def indexed_old_library(path, revision: str, body: str, index_row: str, *, script: str = "simplified") -> None:
    """A library at `revision` holding one article already indexed the way that revision indexed."""
    engine = create_engine(f"sqlite:///{path}")
    migrate.upgrade(engine, revision)
    with engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO article (title, text, script, format, content_hash, chars, status, imported_at, updated_at,"
            " n_institutions, n_figures, indexed) VALUES ('旧文章', :body, :script, 'txt', 'h', :chars,"
            " 'new', '2024-01-01 00:00:00', '2024-01-01 00:00:00', 0, 0, 1)"
        ), {"body": body, "chars": len(body), "script": script})
        connection.execute(text(index_row))
    engine.dispose()


@pytest.mark.parametrize("revision, body, index_row, char", [
    # 0003: an index made before it kept run ends; 行 ends the run 山西银行
    ("0002", "山西银行", "INSERT INTO article_fts(rowid, title, body) VALUES (1, '旧文 文章', '山西 西银 银行')", "行"),
    # 0004: an index made before it listed common characters; 的 is inside the run
    ("0003", "我们的银行", "INSERT INTO article_fts(rowid, title, body, ends) VALUES (1, '旧文 文章', '我们 们的 的银 银行', '行 章')", "的"),
])
def test_an_older_index_is_rebuilt_and_finds_lone_characters(tmp_path, revision, body, index_row, char):
    from curator.services import library
    from curator.storage.articles import ArticleFilter

    indexed_old_library(tmp_path / "old.db", revision, body, index_row)
    db = open_database(tmp_path / "old.db")
    assert library.index_all(db) == 1  # queued again for the index as it is now
    assert [a.title for a in library.list_articles(db, ArticleFilter(search=char))] == ["旧文章"]


def test_an_index_made_before_folding_is_rebuilt_in_simplified_script(tmp_path):
    """0007: the index held a traditional article as written, where 银行 could not find it."""
    from curator.services import library
    from curator.storage.articles import ArticleFilter

    index_row = "INSERT INTO article_fts(rowid, title, body, ends) VALUES (1, '旧文 文章', '工商 商銀 銀行', '行 章')"
    indexed_old_library(tmp_path / "old.db", "0004", "工商銀行", index_row, script="traditional")
    db = open_database(tmp_path / "old.db")
    search = ArticleFilter(search="银行")
    assert [a.title for a in library.list_articles(db, search)] == ["旧文章"]  # scanned until indexed again
    assert library.index_all(db) == 1
    assert [a.title for a in library.list_articles(db, search)] == ["旧文章"]


def test_a_file_that_is_not_a_library_gives_one_line(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("just some notes")
    with pytest.raises(StoreError) as caught:
        open_database(path)
    assert "\n" not in str(caught.value) and "not a database" in str(caught.value)


def test_spellings_of_one_name_become_one_entity_on_upgrade(tmp_path):
    """0005: 工商銀行 and 工商银行 were two entities; the oldest keeps the mentions, the other is its alias."""
    from curator.services import library, registry_views

    path = tmp_path / "old.db"
    engine = create_engine(f"sqlite:///{path}")
    migrate.upgrade(engine, "0004")
    with engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO article (title, text, script, format, content_hash, chars, status, imported_at, updated_at,"
            " n_institutions, n_figures, indexed) VALUES ('旧文章', '工商银行和工商銀行', 'simplified', 'txt', 'h', 9,"
            " 'in_progress', '2024-01-01 00:00:00', '2024-01-01 00:00:00', 2, 0, 1)"))
        connection.execute(text("INSERT INTO entity (kind, name) VALUES ('institution', '工商银行'), ('institution', '工商銀行')"))
        connection.execute(text(
            "INSERT INTO mention (article_id, entity_id, start, \"end\", surface, origin, status, annotator, annotated_at)"
            " VALUES (1, 1, 0, 4, '工商银行', 'manual', 'pending', 'ann', '2024-01-01 00:00:00'),"
            " (1, 2, 5, 9, '工商銀行', 'manual', 'pending', 'ann', '2024-01-01 00:00:00')"))
    engine.dispose()

    db = open_database(path)
    (entity,) = registry_views.entities(db)
    assert (entity["name"], entity["aliases"], entity["mentions"]) == ("工商银行", ["工商銀行"], 2)
    assert library.get_article(db, 1).n_institutions == 1


def test_a_library_killed_while_being_made_is_made_again(tmp_path, monkeypatch):
    """sqlite3 commits each CREATE on its own: a process killed while making a library left some
    tables and no schema version, and the next start refused the file as not a library."""
    from curator.storage import migrate as migrate_module

    path = tmp_path / "library.db"
    real_upgrade = migrate_module.upgrade

    def killed(engine, revision="head"):
        real_upgrade(engine, "0002")  # some tables made, then the process dies
        raise OSError("killed")

    monkeypatch.setattr(migrate_module, "upgrade", killed)
    with pytest.raises(StoreError):
        open_database(path)
    assert not path.exists()  # the half-made library never took the library's name
    monkeypatch.setattr(migrate_module, "upgrade", real_upgrade)
    db = open_database(path)
    assert db.created
    db.close()


_KILLED_AFTER_TWO_SCHEMA_CHANGES = """
import os, signal, sys
from sqlalchemy import Engine, event

changes = 0

@event.listens_for(Engine, "after_cursor_execute")
def die_midway(_connection, _cursor, statement, *_rest):
    global changes
    if statement.lstrip().upper().startswith(("CREATE", "DROP", "ALTER")):
        changes += 1
        if changes == 2:
            os.kill(os.getpid(), signal.SIGKILL)

from curator.storage.db import open_database
open_database(sys.argv[1])
"""


def test_a_library_killed_while_being_upgraded_is_upgraded_again(tmp_path):
    """sqlite3 commits each CREATE, DROP and ALTER on its own: a process killed in the middle of an
    upgrade left the new tables of half a migration beside the old schema version, and every later
    upgrade failed on them ("table ... already exists")."""
    path = tmp_path / "old.db"
    _old_library(path, "0004")  # a library from before the entity registry

    killed = subprocess.run([sys.executable, "-c", _KILLED_AFTER_TWO_SCHEMA_CHANGES, str(path)])
    assert killed.returncode == -signal.SIGKILL

    db = open_database(path)  # upgraded again, from where it was
    with db.engine.connect() as connection:
        assert migrate.current_revision(connection) == migrate.head_revision()
        assert connection.execute(text("PRAGMA integrity_check")).scalar() == "ok"
    from curator.services import library

    assert library.get_article(db, 1).title == "旧文章"
    db.close()


# Where the schema differs from the models on purpose, or from before this test: the search index
# is each engine's own (FTS5 tables, a tsvector table) and has no model; PostgreSQL's ix_event_work
# leaves the hour expression out (0006); on PostgreSQL 0005 made entity.first_seen and last_seen
# without a time zone, where the models' `datetime` says with one (dates of naive published times).
SEARCH_TABLES = ("article_fts", "article_search")
KNOWN_ON_POSTGRESQL = {("remove_index", "ix_article_search_tokens"), ("remove_index", "ix_event_work"),
                       ("add_index", "ix_event_work"), ("modify_type", "first_seen"), ("modify_type", "last_seen")}


def _explained(difference, engine: str) -> bool:
    if isinstance(difference, list):  # a column's changes come as a list of one
        (difference,) = difference
    action = difference[0]
    if action == "modify_type":
        name = difference[3]
    elif action.endswith(("_table", "_index")):
        name = difference[1].name
    else:
        return False
    if action == "remove_table" and name.startswith(SEARCH_TABLES):
        return True
    return engine == "postgresql" and (action, name) in KNOWN_ON_POSTGRESQL


@pytest.mark.filterwarnings("ignore:.*expression-based index")  # ix_event_work: SQLite cannot reflect it
def test_the_migrations_make_the_tables_the_models_declare(db):
    """The schema stays one definition: what the migrations made on either engine is what
    curator/storage/tables.py declares, the members and the versions of 0010 included."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from curator.storage.tables import SQLModel

    with db.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), SQLModel.metadata)
    unexplained = [d for d in differences if not _explained(d, db.engine.dialect.name)]
    assert unexplained == [], "\n".join(map(str, unexplained))
    assert {"member"} <= set(inspect(db.engine).get_table_names())
    assert {"version"} <= {column["name"] for column in inspect(db.engine).get_columns("article")}


def fts5_setting(path, name: str) -> int | None:
    with sqlite3.connect(path) as connection:
        row = connection.execute("SELECT v FROM article_fts_config WHERE k = ?", (name,)).fetchone()
    return row and row[0]


def test_the_search_index_merges_once_sixteen_segments_have_gathered(tmp_path):
    """0013: every merge writes its segments' tokens again; at FTS5's default of four, a 100,000-article
    import spent about a fifth more of the index's time. An index made before it keeps its tokens."""
    new = tmp_path / "new.db"
    open_database(new).close()
    assert fts5_setting(new, "automerge") == 16
    old = tmp_path / "old.db"
    _old_library(old, "0012")
    with sqlite3.connect(old) as connection:  # as a library made before 0013 has it: FTS5's default
        connection.execute("DELETE FROM article_fts_config WHERE k = 'automerge'")
        connection.execute("INSERT INTO article_fts (rowid, title, body, ends) VALUES (1, '旧文', '阳泉', '')")
    open_database(old).close()
    assert fts5_setting(old, "automerge") == 16
    with sqlite3.connect(old) as connection:
        assert connection.execute("SELECT rowid FROM article_fts WHERE article_fts MATCH '阳泉'").fetchall() == [(1,)]
