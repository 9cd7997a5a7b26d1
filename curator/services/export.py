"""Exporting: mentions, articles, entities and affiliations as CSV or XLSX; articles with spans as JSONL or CoNLL.

Exports stream: storage hands over a page of articles with their mentions, the
writer writes it and lets it go, so memory stays flat however large the library. The
file is written beside its destination and renamed into place when complete, so a
cancelled or failed export never leaves a half file under the name the user chose.
"""

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from sqlmodel import Session

from curator.core.errors import CuratorError, FolderNotFound, Msg
from curator.core.progress import Cancel, Progress, never_cancel, no_progress
from curator.core.script import name_key
from curator.export import FORMATS
from curator.export import rows as table
from curator.export.atomic import replaced_when_done
from curator.export.csv_writer import CsvTableWriter
from curator.export.rows import TABLES
from curator.export.spans import conll_lines, jsonl_line
from curator.export.xlsx_writer import XlsxBookWriter
from curator.nlp.affiliations import TaggedSpan, affiliations
from curator.storage import exports as export_store
from curator.storage.db import Database
from curator.storage.exports import ExportFilter

__all__ = ["ExportFilter", "FolderNotFound"]  # the export dialog and `curator export` build a filter


class ExportCancelled(CuratorError):
    """The user stopped the export; nothing was written."""


@dataclass(slots=True)
class ExportReport:
    """Where the export went, how many rows each table got, and how many articles without a date
    its date bounds left out."""

    path: str
    format: str
    rows: dict[str, int] = field(default_factory=dict)
    undated_left_out: int = 0

    def as_dict(self) -> dict:
        return {"path": self.path, "format": self.format, "rows": self.rows, "undated_left_out": self.undated_left_out}


class _Pacer:
    """Progress and cancel between pages; `total` counts article pages over every pass."""

    def __init__(self, total: int, progress: Progress, cancel: Cancel):
        self.total, self.done, self.progress, self.cancel = total, 0, progress, cancel
        progress(0, total)

    def step(self, articles: int) -> None:
        if self.cancel():
            raise ExportCancelled(Msg.EXPORT_CANCELLED)
        self.done += articles
        self.progress(self.done, self.total)


def _articles(session: Session, query: ExportFilter, pacer: _Pacer, *, with_text: bool = True) -> Iterator:
    """(article, its mentions in text order) for every filtered article, a page at a time."""
    for page in export_store.article_pages(session, query, with_text=with_text):
        grouped = export_store.mentions_by_article(session, [a.id for a in page])
        for article in page:
            yield article, grouped[article.id]
        pacer.step(len(page))


def _tagged_as(session: Session, names: dict[int, tuple[str, str]]) -> Callable[[int, str], str]:
    """The entity's name a surface was tagged as: its alias of the same spelling, else its name
    (`names`: every entity's (kind, name), as the mentions table already read them)."""
    aliases = export_store.alias_names(session)
    key = lru_cache(maxsize=65536)(name_key)  # a million mentions, a few thousand distinct surfaces
    return lambda entity_id, surface: aliases.get((entity_id, key(surface))) or names[entity_id][1]


def _affiliation_rows(session: Session, query: ExportFilter, pacer: _Pacer) -> Iterator[tuple]:
    names = export_store.entity_names(session)
    for articles, mentions in export_store.mention_table_pages(session, query):
        spans: dict[int, list[TaggedSpan]] = {}
        for article_id, entity_id, _surface, start, end, *_rest in mentions:
            spans.setdefault(article_id, []).append(TaggedSpan(start, end, entity_id, names[entity_id][0]))
        for article in articles:
            for found in affiliations(article.text, spans.get(article.id, [])):
                yield table.affiliation_row(article, found, names)
        pacer.step(len(articles))


def _table_rows(session: Session, what: str, query: ExportFilter, pacer: _Pacer) -> Iterator[tuple]:
    if what == "mentions":
        entities = export_store.entity_names(session)
        tagged_as = _tagged_as(session, entities)
        for articles, mentions in export_store.mention_table_pages(session, query):
            yield from table.mention_rows(articles, mentions, entities, tagged_as)
            pacer.step(len(articles))
    elif what == "affiliations":
        yield from _affiliation_rows(session, query, pacer)
    elif what == "articles":
        for article, mentions in _articles(session, query, pacer, with_text=False):
            yield table.article_row(article, mentions)
    else:
        for total in export_store.entity_totals(session, query):
            yield table.entity_row(total)


_COLUMNS = {"mentions": table.MENTION_COLUMNS, "articles": table.ARTICLE_COLUMNS, "entities": table.ENTITY_COLUMNS,
            "affiliations": table.AFFILIATION_COLUMNS}
_WIDTHS = {"mentions": table.MENTION_WIDTHS, "articles": table.ARTICLE_WIDTHS, "entities": table.ENTITY_WIDTHS,
           "affiliations": table.AFFILIATION_WIDTHS}


def _write_csv(session, path, what, query, pacer, bom: bool) -> dict[str, int]:
    with CsvTableWriter(path, _COLUMNS[what], bom=bom, safe_columns=table.SAFE_COLUMNS) as writer:
        writer.write_all(_table_rows(session, what, query, pacer))
        return {what: writer.rows}


def _write_xlsx(session, path, query, pacer) -> dict[str, int]:
    counts = {}
    with XlsxBookWriter(path) as book:
        for what in TABLES:  # constant_memory fills sheets one after the other
            sheet = book.sheet(what, _COLUMNS[what], _WIDTHS[what])
            for row in _table_rows(session, what, query, pacer):
                sheet.write(row)
            sheet.finish()
            counts[what] = sheet.rows
    return counts


def _write_spans(session, path, fmt, query, pacer) -> dict[str, int]:
    articles = 0
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        for article, mentions in _articles(session, query, pacer):
            if fmt == "jsonl":
                out.write(jsonl_line(article, mentions, table.published_text(article.published)))
            else:
                out.writelines(conll_lines(article, mentions))
            articles += 1
    return {"articles": articles}


def export(db: Database, *, out: str | Path, what: str = "mentions", fmt: str = "csv",
           query: ExportFilter = ExportFilter(), bom: bool = True,
           progress: Progress = no_progress, cancel: Cancel = never_cancel) -> ExportReport:
    """Write one export file. xlsx holds all three tables; jsonl and conll hold articles with spans.

    `bom` (CSV only) puts a UTF-8 byte-order mark first, which Excel needs to read UTF-8.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r} (one of: {', '.join(FORMATS)})")
    if what not in TABLES:
        raise ValueError(f"unknown table {what!r} (one of: {', '.join(TABLES)})")
    path = Path(out)
    # One read transaction: a consistent snapshot while others write.
    with replaced_when_done(path) as partial, db.session() as session:
        passes = 3 if fmt == "xlsx" else 1
        pacer = _Pacer(export_store.count_articles(session, query) * passes, progress, cancel)
        if fmt == "csv":
            counts = _write_csv(session, partial, what, query, pacer, bom)
        elif fmt == "xlsx":
            counts = _write_xlsx(session, partial, query, pacer)
        else:
            counts = _write_spans(session, partial, fmt, query, pacer)
        undated = export_store.undated_left_out(session, query)
    return ExportReport(path=str(path), format=fmt, rows=counts, undated_left_out=undated)
