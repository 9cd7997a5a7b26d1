"""Issue 16: the quick reader (sqlite3 alone) reads what the repositories read, and leaves to the
full path every library it is not sure of."""

from datetime import datetime

import pytest
from sqlalchemy import create_engine

from curator.storage import articles as article_store
from curator.storage import migrate, sqlite_reader
from curator.storage.article_records import ArticleFilter, ArticleSummary, ArticleText, field_names
from curator.storage.tables import Article

pytestmark = pytest.mark.sqlite_only  # the quick reader reads SQLite files

# Statuses, sources (none, Chinese, Latin) and times (none, whole seconds, microseconds, midnight).
ARTICLES = [
    {"status": "new", "source": "阳泉日报", "published": datetime(2022, 4, 9, 8, 30)},
    {"status": "in_progress", "source": None, "published": None},
    {"status": "approved", "source": "阳泉日报", "published": datetime(2023, 1, 2, 3, 4, 5, 678901)},
    {"status": "new", "source": "Reuters", "published": datetime(2024, 2, 29)},
    {"status": "changes_requested", "source": "大众网", "published": datetime(1999, 12, 31, 23, 59, 59)},
    {"status": "new", "source": "大众网", "published": None},
]
FILTERS = [ArticleFilter(), ArticleFilter(status="new"), ArticleFilter(source="阳泉日报"), ArticleFilter(source="大众网"),
           ArticleFilter(status="new", source="大众网"), ArticleFilter(status="done"), ArticleFilter(source="无此报")]


@pytest.fixture
def library(db, add_article):
    """A library of ARTICLES; returns their ids."""
    return [add_article(f"第{i}篇正文，中国人民银行。", title=f"标题{i}", **values) for i, values in enumerate(ARTICLES)]


@pytest.mark.parametrize("query", FILTERS)
def test_the_article_list_is_the_repositorys(db, library, query):
    with db.session() as session:
        expected = article_store.list_articles(session, query)
    assert sqlite_reader.article_summaries(db.location, query) == expected
    assert expected or query in (ArticleFilter(status="done"), ArticleFilter(source="无此报"))


@pytest.mark.parametrize("order_by", [*field_names(ArticleSummary), "no such column"])
@pytest.mark.parametrize("descending", [False, True])
def test_the_windows_first_pages_are_the_repositorys(db, library, order_by, descending):
    """The window's list before its services load (issue 16): sorted as the repository sorts,
    ties (a shared source, no date) by id, a page at a time."""
    with db.session() as session:
        expected = article_store.list_articles(session, ArticleFilter(), order_by=order_by, descending=descending)
    pages = [sqlite_reader.article_page(db.location, order_by=order_by, descending=descending, offset=offset, limit=4)
             for offset in (0, 4)]
    assert pages[0] + pages[1] == expected and len(pages[0]) == 4
    assert sqlite_reader.article_count(db.location) == len(library)


def test_an_article_is_the_repositorys(db, library):
    for article_id in library:
        with db.session() as session:
            article = article_store.get_article(session, article_id)
            expected = ArticleText(*(getattr(article, name) for name in field_names(ArticleText)))
        found = sqlite_reader.article_text(db.location, article_id)
        assert found == expected and found.text.startswith("第")
    assert sqlite_reader.article_text(db.location, max(library) + 1) is None  # the full path says there is none


def test_what_the_reader_leaves_to_the_full_path(db, library, tmp_path):
    assert sqlite_reader.article_summaries(db.location, ArticleFilter()) is not None  # the positive control
    assert sqlite_reader.article_summaries(db.location, ArticleFilter(search="银行")) is None
    assert sqlite_reader.article_summaries(f"sqlite:///{db.location}", ArticleFilter()) is None
    missing = tmp_path / "missing.db"
    assert sqlite_reader.article_summaries(missing, ArticleFilter()) is None and not missing.exists()
    (tmp_path / "empty.db").write_bytes(b"")
    assert sqlite_reader.article_summaries(tmp_path / "empty.db", ArticleFilter()) is None
    assert sqlite_reader.article_count(tmp_path / "empty.db") is None and sqlite_reader.article_count(missing) is None
    (tmp_path / "notes.db").write_text("不是数据库" * 200, encoding="utf-8")
    assert sqlite_reader.article_summaries(tmp_path / "notes.db", ArticleFilter()) is None
    old = tmp_path / "old.db"
    engine = create_engine(f"sqlite:///{old}")
    migrate.upgrade(engine, "0006")
    engine.dispose()
    assert sqlite_reader.article_summaries(old, ArticleFilter()) is None


def test_reading_changes_nothing_on_disk(db, library, tmp_path):
    db.close()  # as after the import that made it: no connection open, no -wal file beside it
    folder = tmp_path
    before = {path.name: path.stat().st_mtime_ns for path in folder.iterdir()}
    assert sqlite_reader.article_summaries(db.location, ArticleFilter())
    assert sqlite_reader.article_text(db.location, library[0])
    assert {path.name: path.stat().st_mtime_ns for path in folder.iterdir()} == before


def test_the_reader_reads_each_time_column_as_its_table_type_does():
    columns = {name: Article.__table__.c[name].type for name in {*field_names(ArticleSummary), *field_names(ArticleText)}
               | sqlite_reader.NAIVE_TIMES | sqlite_reader.UTC_TIMES}
    aware = {name for name, kind in columns.items() if type(kind).__name__ == "UTCDateTime"}
    naive = {name for name, kind in columns.items() if type(kind).__name__ == "DateTime" and not kind.timezone}
    assert aware == sqlite_reader.UTC_TIMES and naive == sqlite_reader.NAIVE_TIMES
