"""Answers to the read-only commands scripts call most, read with sqlite3 alone where the library
allows it (storage/sqlite_reader.py): `curator articles` answers in a fraction of the time it
takes SQLAlchemy to load (issue 16).

Each function returns None when only the full path (services/library.py) can answer; the caller
then takes it, and gets the same output or the same error as it always did.
"""

from pathlib import Path

from curator.services.article_shapes import article_dict, summary_dict
from curator.storage import sqlite_reader
from curator.storage.article_records import ArticleFilter, ArticleSummary
from curator.storage.library_file import library_path

__all__ = ["ArticleFilter", "ArticleSummary", "QuickArticleList", "article", "article_summaries", "quick_article_list"]


def article_summaries(location: str | Path | None, query: ArticleFilter) -> list[dict] | None:
    """The article list `query` gives, as `summary_dict`s in id order; None: ask the full path."""
    rows = sqlite_reader.article_summaries(location, query)
    return None if rows is None else [summary_dict(row) for row in rows]


def article(location: str | Path | None, article_id: int) -> dict | None:
    """One article as `article_dict`; None: ask the full path (which also says when there is none)."""
    found = sqlite_reader.article_text(location, article_id)
    return None if found is None else article_dict(found)


class QuickArticleList:
    """The window's article list read with sqlite3 alone, what it shows before its services load
    (issue 16); the same reads as services.library.LibraryArticleList, for the unfiltered list only:
    the window offers no filter before then."""

    def __init__(self, path: Path):
        self.path = path

    def count(self, _query: ArticleFilter) -> int:
        return sqlite_reader.article_count(self.path) or 0

    def page(self, _query: ArticleFilter, *, order_by: str, descending: bool, offset: int,
             limit: int) -> list[ArticleSummary]:
        rows = sqlite_reader.article_page(self.path, order_by=order_by, descending=descending, offset=offset,
                                          limit=limit)
        return rows or []

    def position(self, _query: ArticleFilter, _article_id: int, **_order) -> None:
        return None  # only the rows read so far are known; the services answer once they load


def quick_article_list(location: str | Path | None) -> QuickArticleList | None:
    """The quick list of the library at `location`; None when only the full path can open it (it
    is missing, needs an upgrade, or lives on a server)."""
    path = library_path(location)
    return None if sqlite_reader.article_count(path) is None else QuickArticleList(path)
