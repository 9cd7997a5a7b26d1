"""Answers to the read-only commands scripts call most, read with sqlite3 alone where the library
allows it (storage/sqlite_reader.py): `curator articles` answers in a fraction of the time it
takes SQLAlchemy to load (issue 16).

Each function returns None when only the full path (services/library.py) can answer; the caller
then takes it, and gets the same output or the same error as it always did.
"""

from pathlib import Path

from curator.services.article_shapes import article_dict, summary_dict
from curator.storage import sqlite_reader
from curator.storage.article_records import ArticleFilter

__all__ = ["ArticleFilter", "article", "article_summaries"]


def article_summaries(location: str | Path | None, query: ArticleFilter) -> list[dict] | None:
    """The article list `query` gives, as `summary_dict`s in id order; None: ask the full path."""
    rows = sqlite_reader.article_summaries(location, query)
    return None if rows is None else [summary_dict(row) for row in rows]


def article(location: str | Path | None, article_id: int) -> dict | None:
    """One article as `article_dict`; None: ask the full path (which also says when there is none)."""
    found = sqlite_reader.article_text(location, article_id)
    return None if found is None else article_dict(found)
