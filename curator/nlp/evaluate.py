"""Exact-span, entity-level scoring of the engine on a BIO file."""

import time
from collections.abc import Iterable
from pathlib import Path

from curator.core.types import Kind
from curator.nlp.bio import Span, read_bio

KIND_KEYS = {Kind.FIGURE: "figure", Kind.INSTITUTION: "institution"}


def score_spans(gold: Iterable[set[Span]], predicted: Iterable[set[Span]]) -> dict[str, dict[str, float]]:
    """Per kind: precision, recall, F1 and counts, over aligned per-sentence span sets."""
    tp = {k: 0 for k in KIND_KEYS}
    n_gold = {k: 0 for k in KIND_KEYS}
    n_pred = {k: 0 for k in KIND_KEYS}
    for g, p in zip(gold, predicted, strict=True):
        for span in g:
            n_gold[span[2]] += 1
        for span in p:
            n_pred[span[2]] += 1
            tp[span[2]] += span in g
    out: dict[str, dict[str, float]] = {}
    for kind, key in KIND_KEYS.items():
        prec = tp[kind] / n_pred[kind] if n_pred[kind] else 0.0
        rec = tp[kind] / n_gold[kind] if n_gold[kind] else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        out[key] = {"precision": prec, "recall": rec, "f1": f1, "gold": n_gold[kind], "predicted": n_pred[kind]}
    return out


def evaluate(engine, test_path: Path | str, train_path: Path | str | None = None, *, second_opinion: bool = False) -> dict:
    """Score `engine` on `test_path`; with `train_path`, train on it first (as an editor's tags),
    with LAC's second opinion if `second_opinion`."""
    train_seconds = 0.0
    if train_path is not None:
        t0 = time.perf_counter()
        engine.train(read_bio(train_path), second_opinion=second_opinion)
        train_seconds = time.perf_counter() - t0
    sentences = list(read_bio(test_path))
    engine.suggest("预热：北京市人民政府")  # one-off lazy loading (jieba, OpenCC) is not throughput
    predicted: list[set[Span]] = []
    t0 = time.perf_counter()
    for text, _ in sentences:
        predicted.append({(s.start, s.end, s.kind) for s in engine.suggest(text)})
    elapsed = time.perf_counter() - t0
    chars = sum(len(text) for text, _ in sentences)
    result = score_spans(({tuple(s) for s in spans} for _, spans in sentences), predicted)
    result["chars_per_second"] = round(chars / elapsed) if elapsed else 0
    result["train_seconds"] = round(train_seconds, 2)
    result["second_opinion"] = engine.is_trained and engine.second_opinion  # the mode measured
    return result
