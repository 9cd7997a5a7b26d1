"""The stats subcommand: counts of the library as JSON, a readable table, or files for Excel.

The handler imports the stats service when it runs: building the parser does not load it (issue 16).
"""


from curator.cli.export_commands import parse_day
from curator.cli.output import add_json_flag, cell, columns, database, emit
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


def _row(cells: list, widths: list[int]) -> str:
    return "  ".join(cell(value, width) for value, width in zip(cells, widths)).rstrip()


def _table(title: str, header: list[str], rows: list[list]) -> str:
    widths = [max(columns(str(value)) for value in column) for column in zip(header, *rows)]
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
        _table("Work by user and day", ["day", "user", "tagged", "reviewed", "settled"],
               [[w["day"], w["user"], w["tagged"], w["reviewed"], w["settled"]] for w in d["by_user"]]),
    ]
    return "\n\n".join(sections)
