"""Suggestion speed and quality on the People's Daily sample, beside their floors.

    python bench/bench_suggest.py [--data DIR] [--model PATH] [--second-opinion]

Prints: the floor (jieba posseg alone: its speed, and its P/R/F1 with nr→figure,
nt→institution), then this engine untrained and trained on dev.bio, scored on test.bio.
`--second-opinion` trains with LAC's second opinion, the editors' opt-in: the speed floor is the
default mode's, and the second opinion is known to miss it (about 2.5× slower).
"""

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from curator.core.types import Kind  # noqa: E402
from curator.nlp.bio import read_bio  # noqa: E402
from curator.nlp.engine import Convention, SuggestionEngine  # noqa: E402
from curator.nlp.evaluate import evaluate, score_spans  # noqa: E402
from tests.shared_data import SHARED  # noqa: E402

DEFAULT_DATA = SHARED / "bench" / "peoples_daily"
TARGETS = {"untrained": (0.60, 0.55), "trained": (0.82, 0.75)}
SPEED_TARGET = 30_000
TRAIN_LIMIT = 90


def jieba_spans(text: str) -> set[tuple[int, int, Kind]]:
    """jieba posseg alone, as the app would use it without this engine: nr → figure, nt → institution."""
    import jieba.posseg as pseg

    spans, pos = set(), 0
    for word, flag in pseg.cut(text):
        kind = Kind.FIGURE if flag == "nr" else Kind.INSTITUTION if flag == "nt" else None
        if kind is not None:
            spans.add((pos, pos + len(word), kind))
        pos += len(word)
    return spans


def jieba_floor(test: Path) -> dict:
    """jieba posseg alone on a BIO file: P/R/F1 and speed."""
    import jieba

    jieba.setLogLevel(60)
    jieba.initialize()
    sentences = list(read_bio(test))
    t0 = time.perf_counter()
    predicted = [jieba_spans(text) for text, _ in sentences]
    elapsed = time.perf_counter() - t0
    result = score_spans([set(s) for _, s in sentences], predicted)
    result["chars_per_second"] = round(sum(len(t) for t, _ in sentences) / elapsed)
    return result


def line(name: str, r: dict, target: tuple[float, float] | None = None) -> str:
    f, i = r["figure"], r["institution"]
    text = (
        # F1 to four places: 0.7497 printed as 0.750 would hide a missed 0.75 target.
        f"{name:<22} figure P/R/F1 {f['precision']:.3f}/{f['recall']:.3f}/{f['f1']:.4f}   "
        f"institution P/R/F1 {i['precision']:.3f}/{i['recall']:.3f}/{i['f1']:.4f}   "
        f"{r['chars_per_second']:>7,} chars/s"
    )
    if r.get("train_seconds"):
        text += f"   trained in {r['train_seconds']:.1f} s (limit {TRAIN_LIMIT} s)"
    if target:
        ok = f["f1"] >= target[0] and i["f1"] >= target[1] and r["chars_per_second"] >= SPEED_TARGET
        text += f"   target ≥{target[0]:.2f}/≥{target[1]:.2f}, ≥{SPEED_TARGET:,} chars/s: {'met' if ok else 'NOT met'}"
    return text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--model", type=Path, default=None, help="where to write the trained model")
    parser.add_argument("--json", action="store_true", help="print the raw results as JSON too")
    parser.add_argument("--second-opinion", action="store_true", help="train with LAC's second opinion")
    args = parser.parse_args()
    print("mode: " + ("trained with LAC's second opinion" if args.second_opinion else "default (no second opinion)"))
    test, dev = args.data / "test.bio", args.data / "dev.bio"
    results = {"floor": jieba_floor(test)}
    print(line("jieba posseg (floor)", results["floor"]))
    results["untrained"] = evaluate(SuggestionEngine(convention=Convention.PEOPLES_DAILY), test)
    print(line("engine, untrained", results["untrained"], TARGETS["untrained"]))
    with tempfile.TemporaryDirectory() as tmp:
        model = args.model or Path(tmp) / "model.crfsuite"
        engine = SuggestionEngine(model_path=model, convention=Convention.PEOPLES_DAILY)
        results["trained"] = evaluate(engine, test, train_path=dev, second_opinion=args.second_opinion)
    name = "trained + LAC" if args.second_opinion else "trained on dev"
    print(line(f"engine, {name}", results["trained"], TARGETS["trained"]))
    if args.json:
        print(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
