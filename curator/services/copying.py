"""Moving a library: every article, tag, entity and event copied into a new or empty library, from
SQLite to PostgreSQL or back, and checked before it is kept (`curator copy`)."""

from collections.abc import Callable
from dataclasses import dataclass

from sqlmodel import Session

from curator.core.errors import CuratorError, Msg
from curator.storage import copying
from curator.storage.db import Database

# Called with the step ("copying" or "checking"), the table, and its rows done of its total.
CopyProgress = Callable[[str, str, int, int], None]


def no_copy_progress(_step: str, _table: str, _done: int, _total: int) -> None:
    """A copy's progress callback that ignores the report."""


class CopyRefused(CuratorError):
    """The copy would overwrite a library, or did not read back the same: nothing was copied."""


@dataclass(frozen=True, slots=True)
class TableCopied:
    """One table of a copy: its rows and their checksum, the same in the source and the copy."""

    table: str
    rows: int
    checksum: str


@dataclass(frozen=True, slots=True)
class CopyReport:
    source: str
    destination: str
    tables: list[TableCopied]

    def as_dict(self) -> dict:
        return {"source": self.source, "destination": self.destination,
                "tables": [{"table": t.table, "rows": t.rows, "checksum": t.checksum} for t in self.tables]}


def copy_library(*, source: Database, destination: Database, progress: CopyProgress = no_copy_progress) -> CopyReport:
    """Copy the whole of `source` into `destination`, a new or empty library on either engine,
    every id kept, and check it: each table of the copy, read back before it is committed, has the
    source's rows and checksum. A copy is whole and the same, or nothing of it is kept.

    The source is read in one snapshot, so it may be in use meanwhile. The copy's articles wait
    for its search index, which `library.index_all` makes (each engine has its own).
    """
    with source.reading() as reading, destination.writing() as writing:
        if not copying.is_empty(writing):
            raise CopyRefused(Msg.COPY_INTO_LIBRARY, location=destination.location)
        copied = {name: _sum_table(reading, name, "copying", progress, into=writing) for name in copying.TABLES}
        copying.link_entities(reading, writing)
        copying.set_next_ids(writing, copying.next_ids(reading))
        differing = [name for name, sums in copied.items() if _sum_table(writing, name, "checking", progress) != sums]
        if differing:
            raise CopyRefused(Msg.COPY_DIFFERS, tables=", ".join(differing))
    return CopyReport(source=source.location, destination=destination.location,
                      tables=[TableCopied(name, rows, checksum) for name, (rows, checksum) in copied.items()])


def _sum_table(session: Session, table: str, step: str, progress: CopyProgress, *,
               into: Session | None = None) -> tuple[int, str]:
    """(rows, checksum) of one table as `session` reads it; each page is written `into` the copy too, if given."""
    total = copying.count_rows(session, table)
    checksum = copying.Checksum(table)
    progress(step, table, 0, total)
    for rows in copying.read_pages(session, table):
        if into is not None:
            copying.write_page(into, table, rows)
        checksum.add(rows)
        progress(step, table, checksum.rows, total)
    return checksum.rows, checksum.hexdigest()
