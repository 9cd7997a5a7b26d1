"""Turning a rough selection into the span an editor meant: trimmed, and snapped to words.

Pure functions over code-point offsets; the GUI converts Qt positions before calling.
"""

import logging
import unicodedata
from collections.abc import Callable, Iterable
from functools import cache

Segmenter = Callable[[str], Iterable[str]]

# Enough context for the segmenter to see the words around a selection, small enough
# that snapping in a 20,000-character article stays instant.
_CONTEXT = 40


def _is_trimmed(ch: str) -> bool:
    """Blank or punctuation: never the first or last character of a name."""
    return ch.isspace() or unicodedata.category(ch)[0] in "PZC"


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink [start, end) past leading and trailing spaces and punctuation (may become empty)."""
    while start < end and _is_trimmed(text[start]):
        start += 1
    while end > start and _is_trimmed(text[end - 1]):
        end -= 1
    return start, end


@cache
def _jieba():
    import jieba

    jieba.setLogLevel(logging.WARNING)  # its "Building prefix dict" chatter is not for users
    return jieba


def warm_up() -> None:
    """Load jieba's dictionary now (about a second), so the first snapped tag does not wait for it."""
    _jieba().initialize()


def jieba_words(text: str) -> Iterable[str]:
    """The default segmenter: jieba in accurate mode."""
    return _jieba().cut(text)


def word_boundaries(text: str, start: int, end: int, *, segment: Segmenter = jieba_words) -> list[int]:
    """Word boundaries (code-point offsets into `text`) around [start, end), within its paragraph."""
    left = max(text.rfind("\n", 0, start) + 1, start - _CONTEXT)
    newline = text.find("\n", end)
    right = min(len(text) if newline < 0 else newline, end + _CONTEXT)
    boundaries = [left]
    for word in segment(text[left:right]):
        boundaries.append(boundaries[-1] + len(word))
    return boundaries


def snap_span(
    text: str, start: int, end: int, *, snap: bool = True, segment: Segmenter = jieba_words
) -> tuple[int, int] | None:
    """The span to tag for a selection [start, end): trimmed, widened to whole words when `snap`.

    None when nothing taggable is left (the selection was only spaces or punctuation).
    """
    start, end = max(0, min(start, end)), min(len(text), max(start, end))
    start, end = trim_span(text, start, end)
    if start >= end:
        return None
    if snap:
        boundaries = word_boundaries(text, start, end, segment=segment)
        start = max((b for b in boundaries if b <= start), default=start)
        end = min((b for b in boundaries if b >= end), default=end)
        start, end = trim_span(text, start, end)
    return (start, end) if start < end else None
