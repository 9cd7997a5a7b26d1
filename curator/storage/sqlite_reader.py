"""Reading an up-to-date SQLite library with Python's sqlite3 alone, for the read-only commands
scripts call most (`curator articles`, a search the index answers alone, `curator show`).

Loading SQLAlchemy and SQLModel takes most of a second, many times what these commands' queries
take (issue 16). A library that the full path (storage/db.py) would open without changing it, an
existing file on the newest schema, is read here instead; for anything else each function returns
None and the caller takes the full path, which creates, upgrades or refuses the library with its
own messages. Its queries are the repositories' (articles.py) in their simplest cases, written a
second time in SQL; tests/storage/test_sqlite_reader.py checks that both read the same.
"""

import sqlite3
from collections.abc import Callable
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

from curator.storage.article_records import ArticleFilter, ArticleSummary, ArticleText, field_names
from curator.storage.library_file import StoreError, is_up_to_date, library_path


def article_summaries(location: str | Path | None, query: ArticleFilter) -> list[ArticleSummary] | None:
    """The articles `query` lets through, in id order, as `articles.list_articles` lists them
    without paging; None when the full path must answer (a search the index cannot answer alone,
    or a library this module does not read)."""
    if query.search.strip():
        return _searched(location, query)
    conditions = {name: value for name, value in (("status", query.status), ("source", query.source)) if value}
    where = f" WHERE {' AND '.join(f'{name} = ?' for name in conditions)}" if conditions else ""
    return _read(location, lambda connection: _records(connection, ArticleSummary, f"{where} ORDER BY id",
                                                       tuple(conditions.values())))


def article_count(location: str | Path | None) -> int | None:
    """How many articles the library holds; None when the full path must answer."""
    found = _read(location, lambda connection: connection.execute("SELECT COUNT(*) FROM article").fetchall())
    return found[0][0] if found is not None else None


def article_page(location: str | Path | None, *, order_by: str, descending: bool, offset: int,
                 limit: int) -> list[ArticleSummary] | None:
    """One page of the unfiltered list, sorted as `articles.list_articles` sorts it (by `order_by`,
    ties by id the same way); None when the full path must answer."""
    column = order_by if order_by in field_names(ArticleSummary) else "id"
    direction = "DESC" if descending else "ASC"
    return _read(location, lambda connection: _records(
        connection, ArticleSummary, f" ORDER BY {column} {direction}, id {direction} LIMIT ? OFFSET ?", (limit, offset)))


def article_text(location: str | Path | None, article_id: int) -> ArticleText | None:
    """One article, body included; None when there is no such article (the full path says so) or
    the full path must answer."""
    found = _read(location, lambda connection: _records(connection, ArticleText, " WHERE id = ?", (article_id,)))
    return found[0] if found else None


def _searched(location: str | Path | None, query: ArticleFilter) -> list[ArticleSummary] | None:
    """A search the index answers by itself (storage/search.match_alone: every article indexed,
    each term one or two characters with a single form), as the full path reads its page: the
    articles whose ids the index's match gives. A filtered search is the full path's."""
    if query.status or query.source:
        return None

    from curator.core.search_query import exact_match  # OpenCC: a plain list needs none of it

    def read(connection: sqlite3.Connection) -> list[ArticleSummary] | None:
        # A query the core refuses (Invalid, a ValueError) comes to None: the full path refuses it in its words.
        match = exact_match(query.search)
        waiting = connection.execute('SELECT 1 FROM article WHERE "indexed" = 0 LIMIT 1').fetchone()
        if match is None or waiting:
            return None
        return _records(connection, ArticleSummary,
                        " WHERE id IN (SELECT rowid FROM article_fts WHERE article_fts MATCH ?) ORDER BY id", (match,))

    return _read(location, read)


# How SQLAlchemy reads the text SQLite holds for a time (tables.py): DATETIME parses it with
# datetime.fromisoformat; a time Curator records (a `datetime` field, SQLModel's UTCDateTime) is then
# made aware in UTC, an article's printed date (NaiveDatetime) stays without a zone. The tests check
# these names against the tables.
NAIVE_TIMES = frozenset({"published"})
UTC_TIMES = frozenset({"imported_at", "updated_at", "reviewed_at"})


def _read(location: str | Path | None, read: Callable[[sqlite3.Connection], list | None]) -> list | None:
    """What `read` makes of a connection to the library at `location`, or None when that is not a
    library this module reads."""
    path = library_path(location)
    try:
        if path is None or not is_up_to_date(path):
            return None
        # Opened for reading and writing, but kept to queries by SQLite itself (query_only): a
        # connection opened read-only could not remove the -wal and -shm files when it closes, as
        # the last connection of every other Curator process does.
        with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=rw", uri=True)) as connection:
            connection.execute("PRAGMA query_only = ON")
            return read(connection)
    except (StoreError, sqlite3.Error, OSError, ValueError):
        return None  # the full path meets the same trouble and tells it in its own words


def _records(connection: sqlite3.Connection, record: type, rest: str, parameters: tuple) -> list:
    """Records of `record`'s columns from `SELECT … FROM article{rest}`."""
    names = field_names(record)
    times = [(i, name in UTC_TIMES) for i, name in enumerate(names) if name in NAIVE_TIMES | UTC_TIMES]
    rows = connection.execute(f"SELECT {', '.join(names)} FROM article{rest}", parameters).fetchall()
    return [record(*_with_times(row, times)) for row in rows]


def _with_times(row: tuple, times: list[tuple[int, bool]]) -> list:
    values = list(row)
    for i, utc in times:
        if values[i] is not None:
            values[i] = _time(values[i], utc=utc)
    return values


def _time(text: str, *, utc: bool) -> datetime:
    value = datetime.fromisoformat(text)
    if not utc:
        return value
    return value.replace(tzinfo=UTC) if value.utcoffset() is None else value.astimezone(UTC)
