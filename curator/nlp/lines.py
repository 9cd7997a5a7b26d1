"""Texts cut into lines: no name spans a line break, and the CRF learned on single sentences."""

import re
from collections.abc import Iterable, Iterator

from curator.core.types import Kind

_LINE = re.compile(r"[^\n]+")

Span = tuple[int, int, Kind]


def split_lines(text: str) -> Iterator[tuple[int, str]]:
    """`(offset, line)` for each non-blank line of `text`."""
    for m in _LINE.finditer(text):
        if m.group().strip():
            yield m.start(), m.group()


def split_examples(examples: Iterable[tuple[str, list[Span]]]) -> Iterator[tuple[str, list[Span]]]:
    """Training examples cut at line breaks, spans shifted into their line (spans across a break are dropped)."""
    for text, spans in examples:
        for offset, line in split_lines(text):
            end = offset + len(line)
            yield line, [(s - offset, e - offset, k) for s, e, k in spans if offset <= s < e <= end]
