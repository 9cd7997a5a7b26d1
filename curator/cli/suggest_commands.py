"""Subcommands of the suggestion engine: suggest, accept, train, evaluate.

Each handler imports the engine and services it calls: building the parser loads none of them,
and the engine's model and word lists are the heaviest of all (issue 16).
"""

import tempfile
from pathlib import Path

from curator.cli.output import add_json_flag, database, emit, user_name


def register(commands) -> None:
    suggest = commands.add_parser("suggest", help="suggest institutions and figures in an article")
    suggest.add_argument("id", type=int, metavar="ID")
    add_json_flag(suggest)
    suggest.set_defaults(handler=run_suggest)

    accept = commands.add_parser("accept", help="accept an article's suggestions as mentions")
    accept.add_argument("id", type=int, metavar="ARTICLE_ID")
    accept.add_argument("--min-score", type=float, default=0.0, metavar="X")
    add_json_flag(accept)
    accept.set_defaults(handler=run_accept)

    train = commands.add_parser("train", help="retrain the suggestion model on the library's tags")
    train.add_argument("--second-opinion", action="store_true",
                       help="learn from Baidu's LAC analyser too: more accurate, about 2.5x slower suggestions")
    add_json_flag(train)
    train.set_defaults(handler=run_train)

    score = commands.add_parser("evaluate", help="score the engine on a character BIO file")
    score.add_argument("--test", required=True, type=Path, metavar="FILE.bio")
    score.add_argument("--train", type=Path, metavar="FILE.bio", help="learn from this file first")
    score.add_argument("--second-opinion", action="store_true",
                       help="learn with LAC's second opinion (needs --train: the untrained engine has none)")
    add_json_flag(score)
    score.set_defaults(handler=run_evaluate)


def run_suggest(args) -> int:
    from curator.services.suggestions import SuggestionService, suggestion_dict

    found = [suggestion_dict(s) for s in SuggestionService(database(args)).suggest(args.id)]
    emit(found, args.json, lambda rows: "\n".join(
        f"{r['start']:>6}-{r['end']:<6} {r['kind']:<11} {r['score']:.2f} {r['source']:<8} {r['text']}" for r in rows
    ))
    return 0


def run_accept(args) -> int:
    from curator.services.suggestions import SuggestionService

    change = SuggestionService(database(args)).accept_all(args.id, min_score=args.min_score, user=user_name(args))
    emit({"accepted": len(change.added), "mentions": change.added}, args.json,
         lambda r: f"accepted {r['accepted']} suggestions")
    return 0


def run_train(args) -> int:
    from curator.services.suggestions import SuggestionService

    report = SuggestionService(database(args)).train(second_opinion=args.second_opinion)
    emit(_report_dict(report), args.json, lambda r: " ".join(f"{k}={v}" for k, v in r.items()))
    return 0


def _report_dict(report) -> dict:
    fields = getattr(report, "__dataclass_fields__", {})
    return {name: getattr(report, name) for name in fields}


def run_evaluate(args) -> int:
    from curator.nlp.engine import Convention, SuggestionEngine
    from curator.nlp.evaluate import evaluate

    if args.second_opinion and args.train is None:
        raise ValueError("--second-opinion needs --train: only a trained model asks LAC")
    for path in filter(None, (args.test, args.train)):
        if not path.is_file():
            raise FileNotFoundError(f"no such file: {path}")
    # Evaluation never touches a library's model: it learns into a scratch file.
    with tempfile.TemporaryDirectory() as scratch:
        engine = SuggestionEngine(model_path=Path(scratch) / "model.crfsuite", convention=Convention.PEOPLES_DAILY)
        result = evaluate(engine, args.test, args.train, second_opinion=args.second_opinion)
    emit(result, args.json, _evaluation_text)
    return 0


def _evaluation_text(result: dict) -> str:
    lines = [f"{'':<12} {'precision':>9} {'recall':>7} {'f1':>6} {'gold':>6} {'predicted':>9}"]
    for kind in ("figure", "institution"):
        r = result[kind]
        lines.append(f"{kind:<12} {r['precision']:>9.3f} {r['recall']:>7.3f} {r['f1']:>6.3f} "
                     f"{r['gold']:>6} {r['predicted']:>9}")
    mode = "with LAC's second opinion" if result["second_opinion"] else "default (no second opinion)"
    lines.append(f"{result['chars_per_second']:,} characters/s, training {result['train_seconds']} s, {mode}")
    return "\n".join(lines)
