"""The stats subcommand: counts of the library as JSON, a readable table, or files for Excel.

The handler imports the stats service when it runs: building the parser does not load it (issue 16).
"""

import unicodedata

from curator.cli.export_commands import parse_day
from curator.cli.output import add_json_flag, database, emit
from curator.core.types import Kind


def register(commands) -> None:
    st = commands.add_parser("stats", help="articles per status, tags per kind and status, top entities, work per user")
    st.add_argument("--since", metavar="DATE", help="articles published, and work done, on or after YYYY-MM-DD")
    st.add_argument("--until", metavar="DATE", help="… on or before YYYY-MM-DD")
    st.add_argument("--kind", choices=[k.value for k in Kind], help="tags and top entities of this kind only")
    st.add_argument("--source", metavar="S", help="articles, tags and top entities of this source only")
    st.add_argument("--export", metavar="FILE", help="write the tables to FILE.xlsx, or FILE-<table>.csv for FILE.csv")
    add_json_flag(st)
    st.set_defaults(handler=run_stats)


def run_stats(args) -> int:
    from curator.services import stats

    since, until = parse_day(args.since, "--since"), parse_day(args.until, "--until")
    result = stats.library_stats(database(args), since=since, until=until, kind=args.kind, source=args.source)
    if args.export:
        written = stats.export_stats(result, args.export)
        emit({"files": written}, args.json, lambda d: "wrote " + ", ".join(d["files"]))
    else:
        emit(result.as_dict(), args.json, _stats_text)
    return 0


def _width(text: str) -> int:
    """Columns a terminal gives `text`: Chinese characters take two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _cell(value, width: int) -> str:
    """Numbers right-aligned in their column, text left-aligned."""
    gap = " " * (width - _width(str(value)))
    return gap + str(value) if isinstance(value, int) else str(value) + gap


def _row(cells: list, widths: list[int]) -> str:
    return "  ".join(_cell(cell, width) for cell, width in zip(cells, widths)).rstrip()


def _table(title: str, header: list[str], rows: list[list]) -> str:
    widths = [max(_width(str(cell)) for cell in column) for column in zip(header, *rows)]
    lines = [title, _row(header, widths), *(_row(row, widths) for row in rows)]
    return "\n".join(lines) if rows else f"{title}\n(none)"


def _stats_text(d: dict) -> str:
    statuses = next(iter(d["mentions"].values()), {}).keys()
    sections = [
        _table("Articles", ["status", "articles"], [[s, n] for s, n in d["articles"].items()]),
        _table("Tags", ["kind", *statuses, "total"],
               [[kind, *counts.values(), sum(counts.values())] for kind, counts in d["mentions"].items()]),
        *(_table(f"Top {kind} (by articles)", ["#", "name", "articles", "tags"],
                 [[rank, e["name"], e["articles"], e["mentions"]] for rank, e in enumerate(top, 1)])
          for kind, top in d["top"].items()),
        _table("Work by user and day", ["day", "user", "tagged", "reviewed"],
               [[w["day"], w["user"], w["tagged"], w["reviewed"]] for w in d["by_user"]]),
    ]
    return "\n\n".join(sections)
