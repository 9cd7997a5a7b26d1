"""Accepted names (and aliases) found again wherever they occur: longest match wins."""

from collections.abc import Iterable

from curator.core.script import to_simplified
from curator.core.types import Kind
from curator.nlp.suggestion import Candidate

LEXICON_SCORE = 0.95


class LexiconMatcher:
    """Multi-pattern matching keyed by first character.

    For each first character we keep the distinct lengths of names starting with it, longest
    first; a scan tries only those lengths. This is linear in the text times the (small)
    number of distinct lengths, and builds in time linear in the lexicon.
    """

    def __init__(self, entries: Iterable[tuple[str, Kind]]):
        self._kinds: dict[str, Kind] = {}
        lengths: dict[str, set[int]] = {}
        for name, kind in entries:
            # Matching runs on Simplified text, so a name accepted in either script matches both.
            key = to_simplified(name.strip())
            if len(key) < 2 or key in self._kinds:
                continue  # single characters would flood the text with false matches
            self._kinds[key] = Kind(kind)
            lengths.setdefault(key[0], set()).add(len(key))
        self._lengths = {c: sorted(ls, reverse=True) for c, ls in lengths.items()}

    def __len__(self) -> int:
        return len(self._kinds)

    def find(self, simplified: str) -> list[Candidate]:
        """Non-overlapping matches, scanning left to right, longest first at each position."""
        if not self._kinds:
            return []
        found: list[Candidate] = []
        lengths, kinds = self._lengths, self._kinds
        i, n = 0, len(simplified)
        while i < n:
            for length in lengths.get(simplified[i], ()):
                if i + length > n:
                    continue  # a shorter slice at the end of the text could equal another name
                kind = kinds.get(simplified[i : i + length])
                if kind is not None:
                    found.append(Candidate(i, i + length, kind, LEXICON_SCORE, "lexicon"))
                    i += length
                    break
            else:
                i += 1
        return found
