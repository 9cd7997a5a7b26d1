"""Statistics of the library: articles per status, mentions per kind and status, the entities in
the most articles, and each user's work per day; as JSON-ready values or written for Excel."""

from dataclasses import asdict, dataclass
from datetime import date, timedelta
from pathlib import Path

from curator.core.clock import day_start
from curator.core.types import ArticleStatus, Kind, MentionStatus
from curator.export import stats_tables
from curator.export.atomic import replaced_when_done
from curator.export.csv_writer import CsvTableWriter
from curator.export.xlsx_writer import XlsxBookWriter
from curator.storage import stats as stats_store
from curator.storage.db import Database

TOP = 20  # entities listed per kind


@dataclass(frozen=True, slots=True)
class LibraryStats:
    articles: dict[str, int]  # status → articles, every status listed
    mentions: dict[str, dict[str, int]]  # kind → status → mentions
    top: dict[str, list[dict]]  # kind → [{"id", "name", "articles", "mentions"}], most articles first
    by_user: list[dict]  # [{"user", "day", "tagged", "reviewed", "settled"}] by day, then user

    def as_dict(self) -> dict:
        return asdict(self)


def library_stats(db: Database, *, since: date | None = None, until: date | None = None,
                  kind: Kind | str | None = None, source: str | None = None) -> LibraryStats:
    """The four tables. `since` and `until` (both days included) bound the articles' published dates
    for articles, mentions and top (undated articles fall outside), and the days of the events
    for by_user (days of this computer's calendar); `kind` narrows mentions and top to one kind, and
    `source` the first three to the articles of one source (the top entities per source)."""
    kind = str(Kind(kind)) if kind else None
    kinds = [kind] if kind else [str(k) for k in Kind]
    dates = {"since": since, "until": until, "source": source}  # the articles counted
    after_until = until + timedelta(days=1) if until else None
    with db.session() as session:  # one read transaction: the tables agree with each other
        articles = stats_store.article_counts(session, **dates)
        mentions = stats_store.mention_counts(session, **dates, kind=kind)
        top = stats_store.top_entities(session, **dates, kind=kind, limit=TOP)
        work = stats_store.work_by_user(session, start=day_start(since), end=day_start(after_until))
    by_kind = {k: {str(s): 0 for s in MentionStatus} for k in kinds}
    for mention_kind, status, count in mentions:
        by_kind.setdefault(mention_kind, {})[status] = count
    top_by_kind = {k: [] for k in kinds}
    for entity in top:
        top_by_kind.setdefault(entity.kind, []).append(
            {"id": entity.id, "name": entity.name, "articles": entity.articles, "mentions": entity.mentions})
    return LibraryStats(articles={str(s): 0 for s in ArticleStatus} | articles, mentions=by_kind, top=top_by_kind,
                        by_user=[day._asdict() for day in work])


def export_stats(stats: LibraryStats, out: str | Path) -> list[str]:
    """Write the four tables for Excel; returns the files written.

    FILE.xlsx holds a sheet per table. FILE.csv becomes one file per table beside it (FILE-articles.csv,
    FILE-mentions.csv, FILE-top.csv, FILE-by_user.csv), UTF-8 with the byte-order mark Excel needs: a CSV
    holds one table, and tables of other columns stacked in one file would not sort or filter in Excel.
    """
    path = Path(out)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise ValueError(f"unknown export format {suffix!r} (one of: .csv, .xlsx)")
    tables = stats_tables.tables(stats.as_dict())
    if suffix == ".xlsx":
        with replaced_when_done(path) as partial, XlsxBookWriter(partial) as book:
            for name, rows in tables.items():
                sheet = book.sheet(name, stats_tables.COLUMNS[name], stats_tables.WIDTHS[name])
                for row in rows:
                    sheet.write(row)
                sheet.finish()
        return [str(path)]
    written = []
    for name, rows in tables.items():
        table_path = path.with_name(f"{path.stem}-{name}{path.suffix}")
        with replaced_when_done(table_path) as partial, \
                CsvTableWriter(partial, stats_tables.COLUMNS[name], safe_columns=stats_tables.SAFE_COLUMNS) as writer:
            writer.write_all(rows)
        written.append(str(table_path))
    return written
