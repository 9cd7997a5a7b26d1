"""What the engine proposes to an editor."""

from dataclasses import dataclass

from curator.core.types import Kind

SOURCES = ("lexicon", "rule", "crf", "jieba")


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A proposed mention: code-point offsets `[start, end)` into the text given to the engine."""

    start: int
    end: int
    text: str
    kind: Kind
    score: float
    source: str  # one of SOURCES


@dataclass(frozen=True, slots=True)
class Candidate:
    """A span proposed by one source before the engine resolves overlaps."""

    start: int
    end: int
    kind: Kind
    score: float
    source: str
