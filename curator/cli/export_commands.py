"""Subcommands of exporting and of importing tagged files: export, import-tagged.

Tagged files have their own command rather than riding on `import`: `import` cleans
and normalizes text, which would shift the offsets a tagged file's spans point at.

Each handler imports the services it calls: building the parser loads none of them (issue 16).
"""

from datetime import date
from pathlib import Path

from curator.cli.output import add_json_flag, database, emit, index_waiting, progress_line, user_name
from curator.core.types import ArticleStatus
from curator.export import FORMATS
from curator.export.rows import TABLES

_SUFFIX_FORMATS = {".csv": "csv", ".xlsx": "xlsx", ".jsonl": "jsonl", ".conll": "conll"}


def register(commands) -> None:
    exp = commands.add_parser("export", help="export tags for Excel (csv, xlsx) or for training (jsonl, conll)")
    exp.add_argument("--what", choices=TABLES, default="mentions",
                     help="the table (csv); xlsx holds all three, jsonl and conll hold articles with their spans")
    exp.add_argument("--format", choices=FORMATS, help="default: from the --out suffix, else csv")
    exp.add_argument("--out", required=True, metavar="PATH")
    exp.add_argument("--status", choices=[s.value for s in ArticleStatus])
    exp.add_argument("--since", metavar="DATE", help="published on or after YYYY-MM-DD")
    exp.add_argument("--until", metavar="DATE", help="published on or before YYYY-MM-DD")
    exp.add_argument("--include-undated", action="store_true",
                     help="with --since or --until, keep the articles that have no date")
    exp.add_argument("--source", metavar="S")
    exp.add_argument("--plain-utf8", action="store_true", help="CSV without the byte-order mark Excel needs")
    add_json_flag(exp)
    exp.set_defaults(handler=run_export)

    imp = commands.add_parser("import-tagged", help="import pre-tagged articles (.jsonl doccano, .conll BIO)")
    imp.add_argument("path", metavar="PATH")
    imp.add_argument("--format", choices=("jsonl", "conll"), help="default: from the suffix")
    add_json_flag(imp)
    imp.set_defaults(handler=run_import_tagged)


def parse_day(value: str | None, option: str) -> date | None:
    """A day given on the command line (YYYY-MM-DD), or None when not given."""
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{option} {value!r} is not a date (YYYY-MM-DD)") from None


def run_export(args) -> int:
    from curator.services import export

    query = export.ExportFilter(status=args.status, since=parse_day(args.since, "--since"),
                                until=parse_day(args.until, "--until"), source=args.source,
                                include_undated=args.include_undated)
    fmt = args.format or _SUFFIX_FORMATS.get(Path(args.out).suffix.lower(), "csv")
    with progress_line(args, "exporting") as progress:
        report = export.export(database(args), out=args.out, what=args.what, fmt=fmt, query=query,
                               bom=not args.plain_utf8, progress=progress)
    emit(report.as_dict(), args.json, _export_text)
    return 0


def _export_text(d: dict) -> str:
    counts = ", ".join(f"{n} {table}" for table, n in d["rows"].items())
    lines = [f"wrote {counts} to {d['path']}"]
    if d["undated_left_out"]:
        lines.append(f"left out {d['undated_left_out']} article(s) without a date; --include-undated keeps them")
    return "\n".join(lines)


def run_import_tagged(args) -> int:
    from curator.services.import_tagged import import_tagged

    db = database(args)
    with progress_line(args, "importing") as progress:
        report = import_tagged(db, args.path, user=user_name(args), fmt=args.format, progress=progress)
    index_waiting(args, db)
    emit(report.as_dict(), args.json, _import_text)
    return 0


def _import_text(d: dict) -> str:
    lines = [f"imported {d['imported']} article(s) with {d['mentions']} tag(s), duplicates {d['duplicates']}, "
             f"skipped spans {d['skipped_spans']}"]
    return "\n".join(lines + [f"  {p}" for p in d["problems"]])
