"""From overlapping candidates of several sources to one non-overlapping list."""

import re
from collections.abc import Iterable

from curator.core.types import Kind
from curator.nlp.suggestion import Candidate, Suggestion

_HAN = re.compile(r"[\u3400-\u9fff\U00020000-\U0003134f]")

# Higher wins an overlap. An editor's accepted names beat everything; learned and rule
# spans beat jieba's bare tags.
SOURCE_RANK = {"lexicon": 3, "crf": 2, "rule": 2, "jieba": 1}


def resolve(
    text: str,
    candidates: Iterable[Candidate],
    *,
    rejected_spans: frozenset[tuple[int, int, Kind]] | set = frozenset(),
    blocked_names: frozenset[tuple[str, Kind]] | set = frozenset(),
) -> list[Suggestion]:
    """Drop rejected and blocked candidates, then keep the best of each overlap, sorted by start."""
    ranked = sorted(
        candidates,
        key=lambda c: (SOURCE_RANK[c.source], c.score, c.end - c.start),
        reverse=True,
    )
    taken = bytearray(len(text))
    kept: list[Suggestion] = []
    for c in ranked:
        if c.end <= c.start or (c.start, c.end, c.kind) in rejected_spans:
            continue
        name = text[c.start : c.end]
        if (name, c.kind) in blocked_names or not _HAN.search(name):
            continue  # a Latin run is not worth an editor's look
        if any(taken[c.start : c.end]):
            continue
        taken[c.start : c.end] = b"\x01" * (c.end - c.start)
        kept.append(Suggestion(c.start, c.end, name, c.kind, round(c.score, 3), c.source))
    kept.sort(key=lambda s: s.start)
    return kept
