"""Well-known organisations by name (known_institutions.txt, and CC-CEDICT's while untrained),
proposed where they start and end on jieba's word boundaries."""

from functools import cache

from curator.core.types import Kind
from curator.nlp.lexicon import LexiconMatcher
from curator.nlp.segment import Token
from curator.nlp.suggestion import Candidate
from curator.nlp.vocab import vocab

KNOWN_SCORE = 0.85  # a well-known organisation (known_institutions.txt) on word boundaries


@cache
def _known_matcher(with_dictionary: bool) -> LexiconMatcher:
    v = vocab()
    names = v.known_institutions | v.dictionary_organisations if with_dictionary else v.known_institutions
    return LexiconMatcher((name, Kind.INSTITUTION) for name in names)


def find_known(text: str, tokens: list[Token], *, with_dictionary: bool = False) -> list[Candidate]:
    """Well-known organisations that start and end on jieba word boundaries (北大, not 北大荒).

    `with_dictionary` adds CC-CEDICT's organisations. They lift untrained institution F1 on
    test.bio by half a point, but cost as much in 3-fold cross-validation once a model is
    trained (its conventions differ), so the engine asks for them only while untrained.
    """
    ends_by_start = {t.start: t.end for t in tokens}
    ends = set(ends_by_start.values())
    return [
        Candidate(c.start, c.end, Kind.INSTITUTION, KNOWN_SCORE, "rule")
        for c in _known_matcher(with_dictionary).find(text)
        if c.start in ends_by_start and c.end in ends and not _single_characters(ends_by_start, c.start, c.end)
    ]


def _single_characters(ends_by_start: dict[int, int], start: int, end: int) -> bool:
    """Whether jieba cut start..end into single characters: 南|大|西街支行 holds no 南大."""
    pos = start
    while pos < end:
        nxt = ends_by_start[pos]
        if nxt - pos > 1:
            return False
        pos = nxt
    return True
