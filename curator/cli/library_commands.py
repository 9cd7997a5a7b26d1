"""Subcommands of the article library: import, articles, show, edit, delete, copy.

Each handler imports the services it calls: building the parser loads none of them (issue 16).
"""


from curator.cli.output import add_json_flag, add_version_flag, database, emit, index_waiting, progress_line, step_lines, user_name
from curator.core.types import ArticleStatus


def register(commands) -> None:
    imp = commands.add_parser("import", help="import files or folders (txt, md, html, pdf, docx)")
    imp.add_argument("paths", nargs="+", metavar="PATH")
    add_json_flag(imp)
    imp.set_defaults(handler=run_import)

    arts = commands.add_parser("articles", help="list articles")
    arts.add_argument("--search", default="", metavar="TEXT", help="words in the title or body")
    arts.add_argument("--status", choices=[s.value for s in ArticleStatus])
    arts.add_argument("--source", metavar="S")
    add_json_flag(arts)
    arts.set_defaults(handler=run_articles)

    show = commands.add_parser("show", help="show one article")
    show.add_argument("id", type=int, metavar="ID")
    add_json_flag(show)
    show.set_defaults(handler=run_show)

    edit = commands.add_parser("edit", help="change an article's title, source, author, date or URL (undo reverts it)")
    edit.add_argument("article_id", type=int, metavar="ARTICLE_ID")
    edit.add_argument("--title", metavar="T")
    edit.add_argument("--source", metavar="S", help='"" clears it, as for --author, --published and --url')
    edit.add_argument("--author", metavar="A")
    edit.add_argument("--published", metavar="DATE", help="YYYY-MM-DD or \"YYYY-MM-DD HH:MM\"")
    edit.add_argument("--url", metavar="U")
    add_version_flag(edit)
    add_json_flag(edit)
    edit.set_defaults(handler=run_edit)

    delete = commands.add_parser("delete", help="delete articles with their tags (undo brings them back)")
    delete.add_argument("ids", type=int, nargs="+", metavar="ID")
    add_json_flag(delete)
    delete.set_defaults(handler=run_delete)

    copy = commands.add_parser("copy", help="copy a whole library into a new or empty one, SQLite or PostgreSQL, "
                                            "checked by counts and checksums (--db is not used)")
    copy.add_argument("--from", dest="source", required=True, metavar="SRC", help="the library: a file or a URL")
    copy.add_argument("--to", dest="destination", required=True, metavar="DST",
                      help="a new or empty library: a file or a URL such as postgresql://user@host/dbname")
    add_json_flag(copy)
    copy.set_defaults(handler=run_copy)


def run_import(args) -> int:
    from curator.services.import_reading import Reading

    with Reading(args.paths) as reading:  # the workers read while this process opens the library
        from curator.services import importing

        db = database(args)
        with progress_line(args, "importing") as progress:
            report = importing.import_read(db, reading, user=user_name(args), progress=progress)
    index_waiting(args, db)
    emit(report.as_dict(), args.json, _import_text)
    return 0


def _import_text(report: dict) -> str:
    lines = [f"imported {report['imported']}, duplicates {report['duplicates']}, failed {len(report['failed'])}"]
    lines += [f"  {f['path']}: {f['error']}" for f in report["failed"]]
    return "\n".join(lines)


def run_articles(args) -> int:
    from curator.services import quick_reads  # sqlite3 alone: most lists need no more (issue 16)

    query = quick_reads.ArticleFilter(search=args.search, status=args.status, source=args.source)
    rows = quick_reads.article_summaries(args.db, query)
    if rows is None:
        from curator.services import library

        rows = [library.summary_dict(row) for row in library.list_articles(database(args), query)]
    emit(rows, args.json, _articles_text)
    return 0


def _articles_text(rows: list[dict]) -> str:
    return "\n".join(
        f"{r['id']:>6}  {r['status']:<17} {(r['published'] or '')[:10]:<10}  {r['source'] or '-'}  {r['title']}"
        for r in rows
    )


def run_show(args) -> int:
    from curator.services import quick_reads

    article = quick_reads.article(args.db, args.id)
    if article is None:
        from curator.services import library

        article = library.article_dict(library.get_article(database(args), args.id))
    emit(article, args.json, _show_text)
    return 0


def run_edit(args) -> int:
    from curator.services import article_details

    given = {name: getattr(args, name) for name in article_details.DETAIL_FIELDS if getattr(args, name) is not None}
    if not given:
        raise ValueError("nothing to change: give --title, --source, --author, --published or --url")
    if "published" in given:
        given["published"] = article_details.parse_published(given["published"])
    db = database(args)
    before = _details(db, args.article_id)
    article_details.edit_details(db, article_id=args.article_id, user=user_name(args),
                                 expected_version=args.expected_version, **given)
    result = _details(db, args.article_id)
    result["changed"] = [name for name in article_details.DETAIL_FIELDS if result[name] != before[name]]
    emit(result, args.json, _edit_text)
    return 0


def _details(db, article_id: int) -> dict:
    from curator.services import article_details, library

    article = library.article_dict(library.get_article(db, article_id))
    return {name: article[name] for name in ("id", *article_details.DETAIL_FIELDS)}


def _edit_text(d: dict) -> str:
    if not d["changed"]:
        return f"article {d['id']}: nothing changed"
    return f"article {d['id']}: changed {', '.join(d['changed'])}; `curator undo --article {d['id']}` reverts it"


def run_delete(args) -> int:
    from curator.services import deletion

    change = deletion.delete_articles(database(args), article_ids=args.ids, user=user_name(args))
    result = {"deleted": change.deleted_articles, "tags": len(change.removed)}
    emit(result, args.json, lambda r: f"deleted {len(r['deleted'])} article(s) with {r['tags']} tag(s); `curator undo` brings them back")
    return 0


def run_copy(args) -> int:
    from curator.services import copying, library

    source = library.open_database(args.source, create=False)
    destination = library.open_database(args.destination)
    with step_lines(args) as line:
        report = copying.copy_library(source=source, destination=destination,
                                      progress=lambda step, table, done, total: line(f"{step} {table}", done, total))
    index_waiting(args, destination)
    emit(report.as_dict(), args.json, _copy_text)
    return 0


def _copy_text(report: dict) -> str:
    lines = [f"copied {report['source']} to {report['destination']}; the same rows and checksums in both:"]
    lines += [f"  {t['table']:<20} {t['rows']:>11,} rows  sha256 {t['checksum']}" for t in report["tables"]]
    return "\n".join(lines)


def _show_text(a: dict) -> str:
    meta = " · ".join(str(v) for v in (a["source"], a["author"], a["published"], a["url"]) if v)
    return f"{a['title']}\n{meta}\n\n{a['text']}"
