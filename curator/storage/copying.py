"""A whole library copied into another, on the same engine or the other one, every id kept: each
table read in id order a page at a time, written in big executemany batches, and summed up by a
checksum that reads the same on SQLite and PostgreSQL for the same rows.

Rows travel as dicts of the values the tables' types read, alike on both engines: a time the
library keeps in UTC comes aware, in UTC; an article's date comes without a zone, as printed.
"""

import hashlib
import json
from collections.abc import Iterator
from contextlib import nullcontext
from datetime import datetime

from sqlalchemy import Table, bindparam, exists, func, insert, or_, select, text, update
from sqlmodel import Session

from curator.storage import mentions
from curator.storage.tables import (
    AliasProposal, Article, Assignment, BlindTag, Entity, Event, Member, Mention, RejectedSuggestion,
)

# Every table of a library, each after the tables it refers to. The search index is not one of
# them: each engine has its own, made again on the copy (its articles arrive not indexed).
TABLES: dict[str, Table] = {model.__tablename__: model.__table__ for model in (
    Article, Entity, AliasProposal, Mention, Event, RejectedSuggestion, Member, Assignment, BlindTag)}

# Rows read and written at a time: big enough that a page costs the drivers little per row, small
# enough to hold in memory. An article carries its whole text, so its pages are smaller.
PAGE_ROWS = 10_000
ARTICLE_PAGE_ROWS = 1_000

# Left out of the checksum: the search index's state, which a copy starts again (see TABLES).
UNCHECKED = {("article", "indexed")}

_ARTICLE, _ENTITY, _MENTION = Article.__table__, Entity.__table__, Mention.__table__
_ENTITY_LINKS = ("merged_into", "parent_id")


def is_empty(session: Session) -> bool:
    """Whether the library holds no row at all (a new one, or every table emptied)."""
    return not any(session.execute(select(exists().select_from(table))).scalar() for table in TABLES.values())


def count_rows(session: Session, name: str) -> int:
    return session.execute(select(func.count()).select_from(TABLES[name])).scalar_one()


def read_pages(session: Session, name: str) -> Iterator[list[dict]]:
    """Every row of the table `name` in id order, a page at a time, streamed (PostgreSQL's
    server-side cursor, SQLite's own): a library larger than memory is read through."""
    table = TABLES[name]
    page = ARTICLE_PAGE_ROWS if table is _ARTICLE else PAGE_ROWS
    result = session.execute(select(table).order_by(table.c.id), execution_options={"yield_per": page})
    names = list(result.keys())
    for rows in result.partitions():
        yield [dict(zip(names, row)) for row in rows]


def write_page(session: Session, name: str, rows: list[dict]) -> None:
    """Insert rows read by `read_pages`, ids and all, in one statement.

    An article arrives not indexed for search (the index is the engine's own). An entity arrives
    without its references to other entities, which may come in a later page: `link_entities`
    adds them once every entity is there. A mention is not counted on its entity again: the
    entity's counts, copied with it, hold it already.
    """
    table = TABLES[name]
    if table is _ARTICLE:
        rows = [{**row, "indexed": False} for row in rows]
    elif table is _ENTITY:
        rows = [{**row, **dict.fromkeys(_ENTITY_LINKS)} for row in rows]
    with mentions.not_counted(session) if table is _MENTION else nullcontext():
        if session.get_bind().dialect.name == "postgresql":
            _copy_in(session, table, rows)
        else:
            session.execute(insert(table), rows)


def _copy_in(session: Session, table: Table, rows: list[dict]) -> None:
    """PostgreSQL's COPY, five times as fast as psycopg's pipelined executemany for a copy's rows.

    psycopg writes the values as text, as they are: a time in UTC with its offset, which a column
    without a zone (an entity's first and last dates) takes as written, whatever the session's zone.
    """
    names = [column.name for column in table.c]
    columns = ", ".join(f'"{name}"' for name in names)  # "end" and "user" are keywords
    with session.connection().connection.driver_connection.cursor() as cursor:
        with cursor.copy(f"COPY {table.name} ({columns}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row([row[name] for name in names])


def link_entities(source: Session, destination: Session) -> None:
    """Give the copied entities their merges and parents, as the source has them."""
    linked = source.execute(
        select(_ENTITY.c.id.label("entity"), *(_ENTITY.c[name] for name in _ENTITY_LINKS))
        .where(or_(*(_ENTITY.c[name].is_not(None) for name in _ENTITY_LINKS))).order_by(_ENTITY.c.id))
    rows = [row._asdict() for row in linked]
    if rows:
        destination.execute(
            update(_ENTITY).where(_ENTITY.c.id == bindparam("entity"))
            .values({name: bindparam(name) for name in _ENTITY_LINKS}), rows)


def next_ids(session: Session) -> dict[str, int]:
    """Per table, the highest id handed out so far; the library gives a new row a higher one.

    It can be above the highest id there is: SQLite never hands out a mention's id again
    (AUTOINCREMENT), nor PostgreSQL any id (sequences), so undoing the removal of a tag that was
    the newest one puts it back under its own id. A copy keeps these marks.
    """
    highest = {name: session.execute(select(func.coalesce(func.max(table.c.id), 0))).scalar_one()
               for name, table in TABLES.items()}
    if session.get_bind().dialect.name == "sqlite":
        handed_out = dict(session.execute(text("SELECT name, seq FROM sqlite_sequence")).all())
    else:
        handed_out = {name: session.execute(text("SELECT pg_sequence_last_value(pg_get_serial_sequence(:name, 'id'))"),
                                            {"name": name}).scalar() or 0 for name in highest}
    return {name: max(mark, handed_out.get(name, 0)) for name, mark in highest.items()}


def set_next_ids(session: Session, marks: dict[str, int]) -> None:
    """Make the library hand out ids above `marks` (from `next_ids`), where its engine keeps such
    a mark: every PostgreSQL sequence; on SQLite, the AUTOINCREMENT tables (the others give the
    highest id there is plus one)."""
    if session.get_bind().dialect.name == "postgresql":
        for name, mark in marks.items():
            if mark:  # a sequence starts at 1 and cannot be set below it
                session.execute(text("SELECT setval(pg_get_serial_sequence(:name, 'id'), :mark)"),
                                {"name": name, "mark": mark})
        return
    for name, table in TABLES.items():
        if table.dialect_options["sqlite"]["autoincrement"] and marks[name]:
            session.execute(text("DELETE FROM sqlite_sequence WHERE name = :name"), {"name": name})
            session.execute(text("INSERT INTO sqlite_sequence (name, seq) VALUES (:name, :mark)"),
                            {"name": name, "mark": marks[name]})


class Checksum:
    """A SHA-256 of a table's rows in id order, as `read_pages` gives them: a JSON array of the
    rows, each an array of its values, times in ISO 8601, so that the same rows sum up the same on
    both engines."""

    def __init__(self, name: str):
        self.columns = [column.name for column in TABLES[name].c if (name, column.name) not in UNCHECKED]
        self.rows = 0
        self._sha = hashlib.sha256()

    def add(self, rows: list[dict]) -> None:
        # One JSON text for the page, its brackets cut: the rows follow each other as in one array
        # of every row, each followed by ", ", whatever the pages.
        page = json.dumps([[row[name] for name in self.columns] for row in rows], ensure_ascii=False,
                          default=datetime.isoformat)
        self._sha.update(page[1:-1].encode() + b", ")
        self.rows += len(rows)

    def hexdigest(self) -> str:
        return self._sha.hexdigest()
