"""Issue 16: the quick reader (sqlite3 alone) reads what the repositories read, and leaves to the
full path every library it is not sure of."""

from datetime import datetime

import pytest
from sqlalchemy import create_engine, update

from curator.storage import articles as article_store
from curator.core.search_limits import MAX_QUERY_TERMS
from curator.storage import migrate, search, sqlite_reader
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
# Searches the index answers by itself: terms of one or two characters with a single form, alone,
# together, in the title, in one article, in none, common and rare characters, letters.
SEARCHES = ["银行", "1篇", "标题", "银行 3篇", "的", "鑫", "人", "Ab", "无此"]
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


@pytest.fixture
def indexed(db, library):
    """ARTICLES, every one in the search index."""
    with db.session() as session:
        search.index_pending(session)
    return library


@pytest.mark.parametrize("words", SEARCHES)
def test_a_search_the_index_answers_alone_is_the_repositorys(db, indexed, words):
    query = ArticleFilter(search=words)
    with db.session() as session:
        assert search.match_alone(session, words) is not None  # the full path answers it from the index too
        expected = article_store.list_articles(session, query)
    assert sqlite_reader.article_summaries(db.location, query) == expected
    assert expected or words in ("的", "鑫", "Ab", "无此")


def test_a_search_the_index_cannot_answer_alone_is_the_full_paths(db, indexed):
    assert sqlite_reader.article_summaries(db.location, ArticleFilter(search="银行")) is not None  # the positive control
    for words in ("人民银行", "銀行", "银行，", "词 " * (MAX_QUERY_TERMS + 1)):  # the scan; a second form; refused
        assert sqlite_reader.article_summaries(db.location, ArticleFilter(search=words)) is None
    assert sqlite_reader.article_summaries(db.location, ArticleFilter(search="银行", status="new")) is None
    with db.session() as session:  # an article not yet indexed is found by the scan
        session.execute(update(Article).where(Article.id == indexed[0]).values(indexed=False))
    assert sqlite_reader.article_summaries(db.location, ArticleFilter(search="银行")) is None


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
