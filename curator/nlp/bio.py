"""Evaluation files in character BIO, read through the one codec in `curator.core.bio`."""

from collections.abc import Iterator
from pathlib import Path

from curator.core.bio import read_records
from curator.core.types import Kind

# LOC and any other type is not tagged by the application and is dropped.
BIO_KINDS = {"PER": Kind.FIGURE, "ORG": Kind.INSTITUTION}

Span = tuple[int, int, Kind]


def read_bio(path: Path | str) -> Iterator[tuple[str, list[Span]]]:
    """Sentences of a BIO file as `(text, [(start, end, kind)])`, PER→FIGURE, ORG→INSTITUTION."""
    with open(path, encoding="utf-8") as f:
        for record in read_records(f):
            yield record.text, [(s, e, BIO_KINDS[label]) for s, e, label in record.spans if label in BIO_KINDS]
