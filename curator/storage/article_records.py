"""The article records storage hands out, without SQLAlchemy: the quick reader (sqlite_reader.py)
returns the same records as the repositories (articles.py) do."""

from dataclasses import dataclass, fields
from datetime import datetime


@dataclass(frozen=True, slots=True)
class ArticleSummary:
    """A row of the article list: its fields are the columns read, in this order."""

    id: int
    title: str
    source: str | None
    url: str | None
    published: datetime | None
    script: str
    chars: int
    status: str
    file: str | None
    imported_at: datetime
    n_institutions: int
    n_figures: int


@dataclass(frozen=True, slots=True)
class ArticleFilter:
    """Which articles a list shows. Empty fields do not filter."""

    search: str = ""
    status: str | None = None
    source: str | None = None


@dataclass(frozen=True, slots=True)
class ArticleText:
    """One article as `curator show` prints it, body included (the full path reads the whole
    tables.Article, which has these fields and more)."""

    id: int
    title: str
    text: str
    source: str | None
    url: str | None
    author: str | None
    published: datetime | None
    script: str
    file: str | None
    status: str
    version: int


def field_names(record: type) -> tuple[str, ...]:
    """The fields of a record, in order: the columns a query reads for it."""
    return tuple(field.name for field in fields(record))
