"""Suggestions scored on the finance development set (tests/data/finance/), untrained and learned.

    python bench/eval_finance.py [--folds 5] [--errors] [--no-learned] [--second-opinion]
    python bench/eval_finance.py --data tests/data/finance_holdout --learn-from tests/data/finance

Prints precision and recall per kind, by mention (exact span and kind) and by distinct name per
article, for the engine as a new library has it (rules, jieba, word lists) and after learning from
the other folds as a team's library would: their gold names as the library's lexicon and a model
trained on their articles. Then the calibration: how often suggestions are right per score band,
and above the accept-all threshold. The articles are real regional finance news tagged under
docs/tagging.md; the People's Daily figures are `curator evaluate`'s. `--second-opinion` trains the
learned engines with LAC's second opinion (the untrained engine has none either way).
`--learn-from DIR` learns from every article of another set instead of the other folds: a team's
first tagged articles, then suggestions on articles none of them is.
"""

import argparse
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.bench_suggest import jieba_spans  # noqa: E402
from curator.core.types import Kind  # noqa: E402
from curator.nlp.engine import SuggestionEngine  # noqa: E402
from curator.nlp.evaluate import score_spans  # noqa: E402
from curator.nlp.gold import GoldArticle, read_gold_dir  # noqa: E402
from curator.nlp.suggestion import Suggestion  # noqa: E402

DATA = Path(__file__).resolve().parents[1] / "tests" / "data" / "finance"
KINDS = ("institution", "figure")
BANDS = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01)
ACCEPT_ALL = 0.8  # the window's default threshold for Shift+A

Predict = Callable[[GoldArticle], list[Suggestion]]


def folds(articles: list[GoldArticle], k: int) -> list[tuple[list[GoldArticle], list[GoldArticle]]]:
    """(train, test) pairs, articles dealt in turn so every fold mixes the set's sources."""
    return [([a for i, a in enumerate(articles) if i % k != f], [a for i, a in enumerate(articles) if i % k == f])
            for f in range(k)]


def learned_engine(train: list[GoldArticle], *, second_opinion: bool = False) -> tuple[SuggestionEngine, list[tuple[str, Kind]]]:
    """An engine trained on `train`'s gold tags, and their names as the library's lexicon."""
    engine = SuggestionEngine()
    engine.train([(a.text, a.spans) for a in train], second_opinion=second_opinion)
    lexicon = sorted({(a.text[s:e], k) for a in train for s, e, k in a.spans})
    return engine, lexicon


def score(articles: list[GoldArticle], predicted: list[list[Suggestion]]) -> dict:
    """Precision and recall per kind, by mention and by distinct name per article."""
    by_mention = score_spans(
        ({(s, e, k) for s, e, k in a.spans} for a in articles),
        ({(p.start, p.end, p.kind) for p in found} for found in predicted),
    )
    by_name = score_spans(
        ({(a.text[s:e], "", k) for s, e, k in a.spans} for a in articles),
        ({(p.text, "", p.kind) for p in found} for found in predicted),
    )
    return {"mention": by_mention, "name": by_name}


def calibration(articles: list[GoldArticle], predicted: list[list[Suggestion]]) -> list[tuple[float, float, int, int]]:
    """Per score band: (low, high, suggestions, right)."""
    rows = []
    for low, high in zip(BANDS, BANDS[1:]):
        right = total = 0
        for article, found in zip(articles, predicted, strict=True):
            gold = {(s, e, k) for s, e, k in article.spans}
            for p in found:
                if low <= p.score < high:
                    total += 1
                    right += (p.start, p.end, p.kind) in gold
        rows.append((low, high, total, right))
    return rows


def errors(articles: list[GoldArticle], predicted: list[list[Suggestion]]) -> Counter:
    """Missed and spurious names, with the article they come from."""
    found = Counter()
    for article, suggestions in zip(articles, predicted, strict=True):
        gold = {(s, e, k) for s, e, k in article.spans}
        guessed = {(p.start, p.end, p.kind) for p in suggestions}
        for side, mine, theirs in (("missed", gold, guessed), ("spurious", guessed, gold)):
            for s, e, k in mine - theirs:
                near = [article.text[a:b] for a, b, _ in theirs if a < e and s < b]
                found[(side, k.value, article.text[s:e], near[0] if near else "", article.name)] += 1
    return found


def print_scores(title: str, result: dict, chars: int, seconds: float) -> None:
    print(f"\n{title}  ({chars / seconds:,.0f} chars/s)")
    print(f"{'':14}{'institution P':>14}{'R':>7}{'figure P':>11}{'R':>7}   gold (inst/fig)")
    for unit in ("mention", "name"):
        r = result[unit]
        print(f"  by {unit:<10}{r['institution']['precision']:>14.3f}{r['institution']['recall']:>7.3f}"
              f"{r['figure']['precision']:>11.3f}{r['figure']['recall']:>7.3f}"
              f"   {r['institution']['gold']}/{r['figure']['gold']}")


def print_calibration(rows) -> None:
    print("  score band     suggestions  right")
    for low, high, total, right in rows:
        share = f"{right / total:.3f}" if total else "  -  "
        print(f"  {low:.1f}–{min(high, 1.0):.1f}      {total:>9}  {share}")
    above = [(t, r) for low, _, t, r in rows if low >= ACCEPT_ALL]
    total, right = sum(t for t, _ in above), sum(r for _, r in above)
    print(f"  ≥ {ACCEPT_ALL}: {right}/{total} right = {right / total if total else 0:.3f} (target ≥ 0.90)")


def run(articles: list[GoldArticle], prepare: Callable[[list[GoldArticle]], Predict],
        k: int) -> tuple[list[GoldArticle], list[list[Suggestion]], float]:
    """Predictions for every article, each by an engine that did not learn from it; suggestion seconds."""
    tested, predicted, seconds = [], [], 0.0
    for train, test in folds(articles, k):
        predict = prepare(train)
        t0 = time.perf_counter()
        predicted += [predict(a) for a in test]
        seconds += time.perf_counter() - t0
        tested += test
    return tested, predicted, seconds


def jieba_alone(_train: list[GoldArticle]) -> Predict:
    """The floor: jieba's own tags, as a score-less suggestion list."""
    jieba_spans("预热")  # loading jieba's dictionary is not throughput
    return lambda article: [Suggestion(s, e, article.text[s:e], k, 0.0, "jieba") for s, e, k in jieba_spans(article.text)]


def untrained(engine: SuggestionEngine) -> Callable[[list[GoldArticle]], Predict]:
    return lambda _train: lambda article: engine.suggest(article.text)


def learned(*, second_opinion: bool) -> Callable[[list[GoldArticle]], Predict]:
    def prepare(train: list[GoldArticle]) -> Predict:
        engine, lexicon = learned_engine(train, second_opinion=second_opinion)
        engine.suggest("预热", lexicon=lexicon)  # the lexicon's matcher is built once (and LAC loaded), as in the app
        return lambda article: engine.suggest(article.text, lexicon=lexicon)

    return prepare


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--errors", action="store_true", help="list missed and spurious names")
    parser.add_argument("--no-learned", action="store_true", help="score the untrained engine only")
    parser.add_argument("--second-opinion", action="store_true", help="train the learned engines with LAC's second opinion")
    parser.add_argument("--learn-from", type=Path, help="learn from this set's articles instead of the other folds")
    args = parser.parse_args()
    print("mode: " + ("learned engines with LAC's second opinion" if args.second_opinion else "default (no second opinion)"))
    articles = list(read_gold_dir(args.data))
    if not articles:
        sys.exit(f"no gold articles in {args.data}")
    chars = sum(len(a.text) for a in articles)
    print(f"{len(articles)} articles, {chars:,} characters, {sum(len(a.spans) for a in articles)} gold mentions")
    engine = SuggestionEngine()
    engine.suggest("预热：北京市人民政府")  # one-off loading (jieba, OpenCC) is not throughput
    runs = [("jieba posseg alone (floor)", jieba_alone), ("untrained engine", untrained(engine))]
    if args.learn_from:
        taught = list(read_gold_dir(args.learn_from))
        learn = learned(second_opinion=args.second_opinion)
        runs.append((f"after learning from {args.learn_from} ({len(taught)} articles)", lambda _train: learn(taught)))
    elif not args.no_learned:
        runs.append((f"after learning from the other folds ({args.folds}-fold)", learned(second_opinion=args.second_opinion)))
    k = 1 if args.learn_from else args.folds  # one engine learns from the other set, once
    for title, predict in runs:
        tested, predicted, seconds = run(articles, predict, k)
        print_scores(title, score(tested, predicted), chars, seconds)
        if predict is jieba_alone:
            continue  # the floor: no scores to calibrate, its errors are not ours
        print_calibration(calibration(tested, predicted))
        if args.errors:
            for (side, kind, name, near, where), count in sorted(errors(tested, predicted).items()):
                print(f"    {side:<8} {kind:<11} {name}{' / ' + near if near else ''}  ×{count}  {where}")


if __name__ == "__main__":
    main()
