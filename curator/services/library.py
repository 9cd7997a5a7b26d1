"""Reading the library: opening it, listing, searching and showing articles."""

import os
import time

from curator.core.errors import CuratorError, Msg
from curator.core.orphans import exit_with_parent, helper_context
from curator.core.progress import Cancel, Progress, never_cancel, no_progress
from curator.core.search_limits import MAX_QUERY_CHARS, MAX_QUERY_TERMS
from curator.services.article_shapes import article_dict, summary_dict

from curator.storage import articles as article_store
from curator.storage.articles import ArticleFilter, ArticleState, ArticleSummary
from curator.storage.db import Database, StoreError, default_db_path, open_database
from curator.storage.server_address import ServerAddress, is_server, library_name, with_password, without_password
from curator.storage.tables import Article

# What the window and the command line use of the library, so that they reach storage only
# through the services: opening it, its errors, the records the services return, a shared
# library's address on its server, and the search limits.
__all__ = [
    "MAX_QUERY_CHARS", "MAX_QUERY_TERMS",
    "Article", "ArticleFilter", "ArticleState", "ArticleSummary", "Database", "NotFound", "ServerAddress", "StoreError",
    "article_dict", "default_db_path", "is_server", "library_name", "open_database", "summary_dict", "with_password",
    "without_password",
]


class NotFound(CuratorError, LookupError):
    """A requested record does not exist."""


def list_articles(db: Database, query: ArticleFilter = ArticleFilter(), **page) -> list[ArticleSummary]:
    """Articles matching `query`; `page` passes order_by, descending, offset and limit through."""
    with db.session() as session:
        return article_store.list_articles(session, query, **page)


def count_articles(db: Database, query: ArticleFilter = ArticleFilter()) -> int:
    with db.session() as session:
        return article_store.count_articles(session, query)


def article_position(db: Database, query: ArticleFilter, article_id: int, **order) -> int | None:
    """Row of an article in the list `list_articles` gives with the same `order` (None if filtered out)."""
    with db.session() as session:
        return article_store.article_position(session, query, article_id, **order)


class LibraryArticleList:
    """The window's article list read through the repositories (the quick one, before the services
    load, is quick_reads.QuickArticleList)."""

    def __init__(self, db: Database):
        self.db = db

    def count(self, query: ArticleFilter) -> int:
        return count_articles(self.db, query)

    def page(self, query: ArticleFilter, **page) -> list[ArticleSummary]:
        return list_articles(self.db, query, **page)

    def position(self, query: ArticleFilter, article_id: int, **order) -> int | None:
        return article_position(self.db, query, article_id, **order)


def get_article(db: Database, article_id: int) -> Article:
    with db.session() as session:
        article = article_store.get_article(session, article_id)
    if article is None:
        raise NotFound(Msg.NO_ARTICLE, article_id=article_id)
    return article


def library_counts(db: Database) -> dict[str, int]:
    """Articles per status, for the status bar."""
    with db.session() as session:
        return article_store.status_counts(session)


def sources(db: Database) -> list[str]:
    with db.session() as session:
        return article_store.sources(session)


def index_pending(db: Database, *, batch: int = 500) -> int:
    """Index one batch of articles for search (committed); returns how many; 0 when all are indexed."""
    from curator.storage import search

    with db.writing() as session:
        return search.index_pending(session, limit=batch)


def index_all(db: Database, *, progress: Progress = no_progress, cancel: Cancel = never_cancel) -> int:
    """Index every article not yet indexed (after an upgrade of the index, or restored by an undo),
    a committed batch at a time; returns how many. An import indexes its own articles."""
    from curator.storage import search

    with db.session() as session:
        waiting = search.count_to_index(session)
    total = 0
    if waiting:
        progress(0, waiting)
    while not cancel() and (done := index_pending(db)):
        total += done
        progress(min(total, waiting), waiting)
    return total


def _index_library(url: str) -> int:
    db = open_database(url)
    try:
        return index_all(db)
    finally:
        db.close()


def index_all_in_process(db: Database, *, progress: Progress = no_progress, cancel: Cancel = never_cancel,
                         poll_seconds: float = 0.1, report_seconds: float = 1.0) -> int:
    """`index_all` in a separate process, so a window stays responsive while the index is rebuilt
    (after an upgrade of the index, every article of the library waits for it).

    Indexing is Python work; on a thread it would hold the interpreter lock against the GUI.
    Progress is read from the library about once a second: how many of those that waited no longer
    do. Cancelling ends the process; its open batch rolls back. With nothing to index no process
    starts: every window asks at its start, and a pool costs ~1.8 s.
    """
    from curator.storage import search

    with db.session() as session:
        waiting = search.count_to_index(session)
    if not waiting:
        return 0
    progress(0, waiting)
    context = helper_context()
    with context.Pool(1, initializer=exit_with_parent, initargs=(os.getpid(),)) as pool:
        result = pool.apply_async(_index_library, (db.engine.url.render_as_string(hide_password=False),))
        reported = time.monotonic()
        while not result.ready():
            if cancel():
                pool.terminate()
                return 0
            result.wait(poll_seconds)
            if time.monotonic() - reported >= report_seconds:
                reported = time.monotonic()
                with db.session() as session:
                    progress(max(waiting - search.count_to_index(session), 0), waiting)
        progress(waiting, waiting)
        return result.get()
