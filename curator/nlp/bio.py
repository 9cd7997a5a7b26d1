"""Character BIO files (`char TAG` per line, blank line between sentences)."""

from collections.abc import Iterator
from pathlib import Path

from curator.core.types import Kind

# LOC and any other type is not tagged by the application and is dropped.
BIO_KINDS = {"PER": Kind.FIGURE, "ORG": Kind.INSTITUTION}

Span = tuple[int, int, Kind]


def _spans(tags: list[str]) -> list[Span]:
    spans: list[Span] = []
    start, label = -1, None
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, name = tag.partition("-")
        if label is not None and not (prefix in ("I", "E", "M") and name == label):
            if label in BIO_KINDS:
                spans.append((start, i, BIO_KINDS[label]))
            label = None
        if prefix in ("B", "S") or (prefix in ("I", "E", "M") and label is None and name):
            start, label = i, name
    return spans


def read_bio(path: Path | str) -> Iterator[tuple[str, list[Span]]]:
    """Sentences of a BIO file as `(text, [(start, end, kind)])`, PER→FIGURE, ORG→INSTITUTION."""
    chars: list[str] = []
    tags: list[str] = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\r\n")
            if not line.strip():
                if chars:
                    yield "".join(chars), _spans(tags)
                    chars, tags = [], []
                continue
            char, _, tag = line.rpartition(" ")
            # A line " O" carries a space character; "char" is everything before the last space.
            chars.append(char[:1] if char else " ")
            tags.append(tag)
    if chars:
        yield "".join(chars), _spans(tags)
