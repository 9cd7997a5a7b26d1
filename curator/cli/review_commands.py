"""Subcommands of tagging and review: tag, untag, mentions, review, approve-remaining, status, queue,
history, undo, redo.

An editor given an article to tag blind (agreement_commands) tags it with the same `tag`, `untag`,
`mentions` and `status … done`: they work on the editor's own layer while it is unsettled.

Roles: the window checks the role from the settings. Here `--role` opts into the same
check; without it a command acts with both roles, as a script must be able to (and
`--user` already lets it act under any name).

Each handler imports the services it calls: building the parser loads none of them (issue 16).
"""

from curator.cli.output import add_json_flag, add_version_flag, change_dict, database, emit, user_name, warn
from curator.core.settings import ROLES
from curator.core.types import ArticleStatus, Kind


def _role_flag(parser) -> None:
    """--role, and --expected-version: the flags of every command that changes an article."""
    parser.add_argument("--role", choices=ROLES,
                        help="check the action against this role (a reviewer's tag edits keep a done article under review)")
    add_version_flag(parser)


def register(commands) -> None:
    tag = commands.add_parser("tag", help="tag a span of an article")
    tag.add_argument("article_id", type=int, metavar="ARTICLE_ID")
    tag.add_argument("--start", type=int, required=True, metavar="S", help="first character (code points, from 0)")
    tag.add_argument("--end", type=int, required=True, metavar="E", help="one past the last character")
    tag.add_argument("--kind", required=True, choices=[k.value for k in Kind])
    _role_flag(tag)
    add_json_flag(tag)
    tag.set_defaults(handler=run_tag)

    untag = commands.add_parser("untag", help="remove a tag")
    untag.add_argument("mention_id", type=int, metavar="MENTION_ID")
    untag.add_argument("--article", type=int, metavar="ID",
                       help="the article of a blind tag (an article you were given to tag blind)")
    _role_flag(untag)
    add_json_flag(untag)
    untag.set_defaults(handler=run_untag)

    mentions = commands.add_parser("mentions", help="list an article's tags")
    mentions.add_argument("article_id", type=int, metavar="ARTICLE_ID")
    add_json_flag(mentions)
    mentions.set_defaults(handler=run_mentions)

    rev = commands.add_parser("review", help="approve or reject a tag")
    rev.add_argument("mention_id", type=int, metavar="MENTION_ID")
    verdict = rev.add_mutually_exclusive_group(required=True)
    verdict.add_argument("--approve", dest="verdict", action="store_const", const="approved")
    verdict.add_argument("--reject", dest="verdict", action="store_const", const="rejected")
    rev.add_argument("--comment", metavar="C")
    _role_flag(rev)
    add_json_flag(rev)
    rev.set_defaults(handler=run_review)

    remaining = commands.add_parser("approve-remaining", help="approve every tag of an article not yet reviewed")
    remaining.add_argument("article_id", type=int, metavar="ARTICLE_ID")
    _role_flag(remaining)
    add_json_flag(remaining)
    remaining.set_defaults(handler=run_approve_remaining)

    status = commands.add_parser("status", help="move an article along new → in_progress → done → approved")
    status.add_argument("article_id", type=int, metavar="ARTICLE_ID")
    status.add_argument("status", choices=[s.value for s in ArticleStatus], metavar="STATUS",
                        help=", ".join(s.value for s in ArticleStatus))
    status.add_argument("--note", metavar="N", help="the reviewer's note (approve, changes_requested, reopen)")
    _role_flag(status)
    add_json_flag(status)
    status.set_defaults(handler=run_status)

    queue = commands.add_parser("queue", help="articles waiting for review")
    add_json_flag(queue)
    queue.set_defaults(handler=run_queue)

    hist = commands.add_parser("history", help="an article's history, newest first")
    hist.add_argument("article_id", type=int, metavar="ARTICLE_ID")
    add_json_flag(hist)
    hist.set_defaults(handler=run_history)

    for name, handler in (("undo", run_undo), ("redo", run_redo)):
        step = commands.add_parser(name, help=f"{name} your last change")
        step.add_argument("--article", type=int, metavar="ID", help=f"{name} only within this article")
        add_json_flag(step)
        step.set_defaults(handler=handler)


def _mention_line(m: dict) -> str:
    verdict = m["status"] + (f" ({m['reviewer']})" if m["reviewer"] else "")
    note = f"  « {m['comment']} »" if m.get("comment") else ""
    return f"{m['id']:>6}  {m['start']:>5}-{m['end']:<5} {m['kind']:<11} {m['text']}  [{verdict}]{note}"


def _doubt_words(doubt) -> str:
    """The command line's words for a `NameDoubt`: a tag that does not look like a name is made, with a warning."""
    from curator.nlp.name_shape import NameDoubt  # loaded with the tagging service; building the parser loads no NLP

    return {
        NameDoubt.CLAUSE: "looks like a clause, not a name",
        NameDoubt.LENGTH: "is too short or too long for a name of this kind",
        NameDoubt.GENERIC: "is a generic word, not a name",
    }[doubt]


def _blind(db, args, article_id: int | None) -> bool:
    """Whether the user tags this article in a blind layer of their own."""
    from curator.services import blind_tagging

    return article_id is not None and blind_tagging.layer_open(db, article_id=article_id, user=user_name(args))


def _mentions(db, args, article_id: int) -> list:
    """The article's tags, or the user's blind tags of it."""
    from curator.services import blind_tagging, tagging

    if _blind(db, args, article_id):
        return blind_tagging.article_mentions(db, article_id=article_id, user=user_name(args))
    return tagging.article_mentions(db, article_id)


def run_tag(args) -> int:
    from curator.services import blind_tagging, review, tagging

    db = database(args)
    span = {"article_id": args.article_id, "start": args.start, "end": args.end, "kind": Kind(args.kind),
            "user": user_name(args)}
    if _blind(db, args, args.article_id):
        blind_tagging.tag_mention(db, **span)
    else:
        tagging.tag_mention(db, **span, role=args.role, expected_version=args.expected_version)
    # A re-tag of the same span changes its kind rather than adding: find the mention by its span.
    (mention,) = [m for m in _mentions(db, args, args.article_id) if (m.start, m.end) == (args.start, args.end)]
    doubt = tagging.name_doubt(mention.surface, Kind(mention.kind))
    if doubt is not None:
        warn(f"“{mention.surface}” {_doubt_words(doubt)}; tagged, but it will not be suggested in other articles")
    emit(review.mention_dict(mention), args.json, _mention_line)
    return 0


def run_untag(args) -> int:
    from curator.services import blind_tagging, review, tagging

    db = database(args)
    if _blind(db, args, args.article):
        tags = {m.id: m for m in _mentions(db, args, args.article)}
        mention = review.mention_dict(tags.get(args.mention_id) or review.get_mention(db, args.mention_id))
        blind_tagging.untag_mentions(db, article_id=args.article, tag_ids=[args.mention_id], user=user_name(args))
    else:
        mention = review.mention_dict(review.get_mention(db, args.mention_id))
        tagging.untag_mention(db, mention_id=args.mention_id, user=user_name(args), role=args.role,
                              expected_version=args.expected_version)
    emit({"removed": mention}, args.json, lambda d: "removed " + _mention_line(d["removed"]).strip())
    return 0


def run_mentions(args) -> int:
    from curator.services import library, review

    db = database(args)
    library.get_article(db, args.article_id)  # an unknown id is an error, not an empty list
    rows = [review.mention_dict(m) for m in _mentions(db, args, args.article_id)]
    emit(rows, args.json, lambda rows: "\n".join(map(_mention_line, rows)))
    return 0


def run_review(args) -> int:
    from curator.services import review

    db = database(args)
    review.review_mention(db, mention_id=args.mention_id, verdict=args.verdict, user=user_name(args),
                          comment=args.comment, role=args.role, expected_version=args.expected_version)
    emit(review.mention_dict(review.get_mention(db, args.mention_id)), args.json, _mention_line)
    return 0


def run_approve_remaining(args) -> int:
    from curator.services import review

    db = database(args)
    change = review.approve_remaining(db, article_id=args.article_id, user=user_name(args), role=args.role,
                                      expected_version=args.expected_version)
    emit({"approved": change.updated}, args.json, lambda d: f"approved {len(d['approved'])} tag(s)")
    return 0


def _article_status(db, article_id: int) -> dict:
    from curator.services import history, library

    a = library.get_article(db, article_id)
    return {"id": a.id, "status": a.status, "reviewer": a.reviewer, "reviewed_at": history.utc_iso(a.reviewed_at),
            "review_note": a.review_note}


def run_status(args) -> int:
    from curator.services import blind_tagging, review

    db = database(args)
    if args.status == ArticleStatus.DONE and _blind(db, args, args.article_id):
        blind_tagging.mark_done(db, article_id=args.article_id, user=user_name(args))
        emit(_article_status(db, args.article_id), args.json,
             lambda d: f"article {d['id']}: your blind tags are done; the article is {d['status']}")
        return 0
    review.set_article_status(db, article_id=args.article_id, status=args.status, user=user_name(args),
                              note=args.note, role=args.role, expected_version=args.expected_version)
    emit(_article_status(db, args.article_id), args.json, lambda d: f"article {d['id']}: {d['status']}")
    return 0


def run_queue(args) -> int:
    from curator.services import library, review

    rows = [library.summary_dict(row) for row in review.review_queue(database(args))]
    emit(rows, args.json, lambda rows: "\n".join(f"{r['id']:>6}  {r['source'] or '-'}  {r['title']}" for r in rows))
    return 0


def _history_value(value) -> str:
    """A detail as one line shows it; an edited field is its value before → after."""
    if isinstance(value, dict) and value.keys() == {"from", "to"}:
        return f"{value['from'] or '-'} → {value['to'] or '-'}"
    return str(value)


def _history_line(e: dict) -> str:
    undone = " (undone)" if e["undone"] else ""
    details = ", ".join(f"{k}={_history_value(v)}" for k, v in e["details"].items() if v not in (None, ""))
    return f"{e['at']}  {e['user']:<10} {e['action']}{undone}  {details}"


def run_history(args) -> int:
    from curator.services import history, library

    db = database(args)
    library.get_article(db, args.article_id)
    events = history.article_history(db, args.article_id, viewer=user_name(args))
    emit(events, args.json, lambda events: "\n".join(map(_history_line, events)))
    return 0


def _step_text(name: str, d: dict) -> str:
    text = f"{name}: {len(d['added'])} added, {len(d['removed'])} removed, {len(d['updated'])} updated"
    for key, verb in (("deleted_articles", "removed"), ("restored_articles", "brought back"),
                      ("edited_articles", "with details changed")):
        if d[key]:
            text += f"; {len(d[key])} article(s) {verb}"  # an import or a deletion undone or redone
    return text


def _step(args, step, name: str) -> int:
    change = step(database(args), user=user_name(args), article_id=args.article)
    if change is None:
        raise ValueError(f"nothing to {name}")
    emit(change_dict(change), args.json, lambda d: _step_text(name, d))
    return 0


def run_undo(args) -> int:
    from curator.services import changes

    return _step(args, changes.undo, "undo")


def run_redo(args) -> int:
    from curator.services import changes

    return _step(args, changes.redo, "redo")
