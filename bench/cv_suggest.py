"""Cross-validation of the trained engine on dev.bio: the place to compare model changes.

    python bench/cv_suggest.py [--data DIR] [--folds 3] [--errors] [--second-opinion]

Trains on all folds of dev.bio but one and scores the held-out one, for each fold in turn;
prints F1 per kind per fold and their mean. test.bio stays unseen, so choices made here do
not tune the engine to the benchmark. Folds differ by about ±0.5 points of F1: a change
worth keeping moves the mean by more than that. `--errors` adds institution errors by type
(missed, wrong boundary, spurious) with examples. `--second-opinion` trains every fold's model
with LAC's second opinion (curator/nlp/second_opinion.py).
"""

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from curator.core.types import Kind  # noqa: E402
from curator.nlp.bio import read_bio  # noqa: E402
from curator.nlp.engine import Convention, SuggestionEngine  # noqa: E402
from curator.nlp.evaluate import score_spans  # noqa: E402
from tests.shared_data import SHARED  # noqa: E402

DEFAULT_DATA = SHARED / "bench" / "peoples_daily"
KINDS = ("figure", "institution")
MODES = {False: "default (no second opinion)", True: "with LAC's second opinion"}


def institution_errors(test, predicted, errors: Counter, examples: dict) -> None:
    """Count missed, cut or spurious institutions of one fold, keeping a few examples of each."""
    for (text, spans), found in zip(test, predicted, strict=True):
        gold = {(a, b) for a, b, kind in spans if kind == Kind.INSTITUTION}
        guessed = {(a, b) for a, b, kind in found if kind == Kind.INSTITUTION}
        for side, mine, theirs in (("missed", gold, guessed), ("spurious", guessed, gold)):
            for a, b in mine - theirs:
                overlap = [(x, y) for x, y in theirs if x < b and a < y]
                key = f"{side}, wrong boundary" if overlap else side
                errors[key] += 1
                shown = text[a:b] + (f" / {text[overlap[0][0]:overlap[0][1]]}" if overlap else "")
                examples.setdefault(key, []).append(shown)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--folds", type=int, default=3)
    parser.add_argument("--errors", action="store_true", help="list institution errors by type")
    parser.add_argument("--second-opinion", action="store_true", help="train with LAC's second opinion")
    args = parser.parse_args()
    print(f"mode: {MODES[args.second_opinion]}", flush=True)
    sentences = list(read_bio(args.data / "dev.bio"))
    f1 = {kind: [] for kind in KINDS}
    errors, examples = Counter(), {}
    for fold in range(args.folds):
        train = [s for i, s in enumerate(sentences) if i % args.folds != fold]
        test = [s for i, s in enumerate(sentences) if i % args.folds == fold]
        engine = SuggestionEngine(convention=Convention.PEOPLES_DAILY)
        t0 = time.perf_counter()
        engine.train(train, second_opinion=args.second_opinion)
        seconds = time.perf_counter() - t0
        predicted = [{(s.start, s.end, s.kind) for s in engine.suggest(text)} for text, _ in test]
        result = score_spans(({tuple(span) for span in spans} for _, spans in test), predicted)
        for kind in KINDS:
            f1[kind].append(result[kind]["f1"])
        print(f"fold {fold}: figure F1 {result['figure']['f1']:.4f}   institution F1 {result['institution']['f1']:.4f}"
              f"   trained in {seconds:.1f} s on {len(train)} sentences", flush=True)
        if args.errors:
            institution_errors(test, predicted, errors, examples)
    means = {kind: sum(values) / len(values) for kind, values in f1.items()}
    print(f"mean:   figure F1 {means['figure']:.4f}   institution F1 {means['institution']:.4f}")
    for key, count in errors.most_common():
        print(f"\n{key}: {count}\n  " + "，".join(examples[key][:60]))


if __name__ == "__main__":
    main()
