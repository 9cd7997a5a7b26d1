"""Subcommands of tagging blind: assign, unassign, agreement, settle.

An editor given an article tags it with the usual `tag`, `untag`, `mentions` and `status … done`,
which work on their own layer while it is unsettled (review_commands).

Each handler imports the services it calls: building the parser loads none of them (issue 16).
"""

from curator.cli.export_commands import parse_day
from curator.cli.output import add_json_flag, add_version_flag, cell, change_dict, database, emit, user_name
from curator.core.settings import ROLES

NOBODY = "none"  # --prefer none, --choose 2=none: no tag in that disagreement


def register(commands) -> None:
    _editors_command(commands, "assign", "give articles to two editors or more to tag blind (reviewers)",
                     "--to", "an editor to tag them; give --to once per editor", run_assign)
    _editors_command(commands, "unassign", "take articles back from editors, with their blind tags (reviewers)",
                     "--from", "an editor to take them from; give --from once per editor", run_unassign)

    report = commands.add_parser("agreement", help="how editors who tagged the same articles blind agree")
    report.add_argument("--since", metavar="DATE", help="articles assigned on or after YYYY-MM-DD")
    add_json_flag(report)
    report.set_defaults(handler=run_agreement)

    settle = commands.add_parser("settle", help="make an article's tags from its editors' blind layers (reviewers)")
    settle.add_argument("article_id", type=int, metavar="ARTICLE_ID")
    settle.add_argument("--prefer", metavar="USER", help=f"in every disagreement, keep USER's tags ({NOBODY}: none)")
    settle.add_argument("--choose", action="append", default=[], metavar="N=USER",
                        help=f"in disagreement N (as `curator agreement` numbers them), keep USER's tags ({NOBODY}: none)")
    settle.add_argument("--role", choices=ROLES, help="check the action against this role")
    add_version_flag(settle)
    add_json_flag(settle)
    settle.set_defaults(handler=run_settle)


def _editors_command(commands, name: str, summary: str, flag: str, flag_help: str, handler) -> None:
    """assign and unassign: articles, and the editors given once each by `flag`."""
    command = commands.add_parser(name, help=summary)
    command.add_argument("article_ids", type=int, nargs="+", metavar="ARTICLE_ID")
    command.add_argument(flag, dest="annotators", action="append", required=True, metavar="USER", help=flag_help)
    command.add_argument("--role", choices=ROLES, help="check the action against this role")
    add_json_flag(command)
    command.set_defaults(handler=handler)


def run_assign(args) -> int:
    from curator.services import blind_tagging

    change = blind_tagging.assign(database(args), article_ids=args.article_ids, annotators=args.annotators,
                                  user=user_name(args), role=args.role)
    emit(change_dict(change), args.json,
         lambda d: f"{len(args.article_ids)} article(s) to be tagged blind by {', '.join(args.annotators)}")
    return 0


def run_unassign(args) -> int:
    from curator.services import blind_tagging

    change = blind_tagging.unassign(database(args), article_ids=args.article_ids, annotators=args.annotators,
                                    user=user_name(args), role=args.role)
    emit(change_dict(change), args.json,
         lambda d: f"{len(args.article_ids)} article(s) taken back from {', '.join(args.annotators)}"
                   f" ({len(d['removed'])} blind tag(s) removed)")
    return 0


def _score(value: float | None) -> str:
    return "—" if value is None else f"{value:.3f}"


def _pair_dict(row) -> dict:
    return {"annotators": [row.first, row.second], "kind": row.kind, "articles": row.articles,
            "tags": [row.tags_first, row.tags_second], "agreed": row.agreed, "f1": row.f1, "kappa": row.kappa}


def _tag_text(tags) -> str:
    return "；".join(f"{t.surface} ({t.kind}, {t.start}-{t.end})" for t in tags) or "(no tag)"


def _article_dict(article) -> dict:
    return {"article_id": article.article_id, "title": article.title, "annotators": list(article.annotators),
            "agreed": article.agreed, "disagreements": [
                {"number": number, "start": d.start, "end": d.end,
                 "versions": {name: [{"start": t.start, "end": t.end, "kind": t.kind, "text": t.surface} for t in tags]
                              for name, tags in d.versions.items()}}
                for number, d in enumerate(article.disagreements, 1)]}


def _report_text(report) -> str:
    lines = [f"{report.articles} article(s) tagged blind, {report.finished} finished by all their editors"]
    if report.pairs:
        lines.append(f"{cell('editors', 24)} {cell('kind', 12)} {cell('articles', 8)} {cell('tags', 11)} "
                     f"{cell('agreed', 6)} {cell('F1', 6)} kappa")
        for row in report.pairs:
            lines.append(f"{cell(row.first + ' × ' + row.second, 24)} {cell(row.kind, 12)} {cell(row.articles, 8)} "
                         f"{cell(f'{row.tags_first}/{row.tags_second}', 11)} {cell(row.agreed, 6)} "
                         f"{cell(_score(row.f1), 6)} {_score(row.kappa)}")
    for article in report.to_settle:
        lines.append(f"\narticle {article.article_id} {article.title}: {article.agreed} tag(s) agreed, "
                     f"{len(article.disagreements)} disagreement(s) to settle")
        for number, d in enumerate(article.disagreements, 1):
            lines.append(f"  {number}. {d.start}-{d.end}")
            lines += [f"     {cell(name, 12)} {_tag_text(tags)}" for name, tags in d.versions.items()]
    return "\n".join(lines)


def run_agreement(args) -> int:
    from curator.services import agreement

    report = agreement.report(database(args), since=parse_day(args.since, "--since"))
    data = {"since": report.since, "articles": report.articles, "finished": report.finished,
            "pairs": [_pair_dict(row) for row in report.pairs],
            "to_settle": [_article_dict(article) for article in report.to_settle]}
    emit(data if args.json else report, args.json, _report_text)
    return 0


def _choices(args, count: int) -> dict[int, str | None]:
    """Whose tags to keep in each of `count` disagreements: --prefer for all, --choose N=USER for one."""
    def who(name: str) -> str | None:
        return None if name == NOBODY else name

    choices = {number: who(args.prefer) for number in range(1, count + 1)} if args.prefer else {}
    for choice in args.choose:
        number, _, name = choice.partition("=")
        if not number.strip().isdigit() or not name.strip():
            raise ValueError(f"--choose {choice!r} is not N=USER")
        choices[int(number)] = who(name.strip())
    return choices


def run_settle(args) -> int:
    from curator.services import agreement, blind_tagging

    db = database(args)
    article = agreement.article_disagreements(db, args.article_id)
    count = len(article.disagreements) if article is not None else 0
    change = blind_tagging.settle(db, article_id=args.article_id, choices=_choices(args, count), user=user_name(args),
                                  role=args.role, expected_version=args.expected_version)
    emit(change_dict(change), args.json, lambda d: f"article {args.article_id} settled: {len(d['added'])} tag(s) made")
    return 0
