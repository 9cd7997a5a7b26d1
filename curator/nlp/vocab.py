"""The word lists behind the rules, read once from `resources/nlp/`."""

from dataclasses import dataclass
from functools import cache, lru_cache

from curator.core.resources import read_lines


@dataclass(frozen=True, slots=True)
class Vocab:
    surnames: frozenset[str]
    compound_surnames: frozenset[str]
    institution_suffixes: tuple[str, ...]  # longest first, so the longest ending wins
    institution_short_forms: frozenset[str]
    institution_heads: frozenset[str]  # generic words that still open a name: 国家统计局, 中国银行
    place_suffixes: tuple[str, ...]
    titles: frozenset[str]
    byline_markers: frozenset[str]
    speech_verbs: frozenset[str]
    not_names: frozenset[str]
    transliteration_chars: frozenset[str]


def _list(name: str) -> list[str]:
    return read_lines("nlp", name)


@cache
def vocab() -> Vocab:
    """The shared, immutable vocabulary (loaded on first use)."""
    return Vocab(
        surnames=frozenset(_list("surnames.txt")),
        compound_surnames=frozenset(_list("compound_surnames.txt")),
        institution_suffixes=tuple(sorted(set(_list("institution_suffixes.txt")), key=len, reverse=True)),
        institution_short_forms=frozenset(_list("institution_short_forms.txt")),
        institution_heads=frozenset(_list("institution_heads.txt")),
        place_suffixes=tuple(sorted(set(_list("place_suffixes.txt")), key=len, reverse=True)),
        titles=frozenset(_list("titles.txt")),
        byline_markers=frozenset(_list("byline_markers.txt")),
        speech_verbs=frozenset(_list("speech_verbs.txt")),
        not_names=frozenset(_list("not_names.txt")),
        transliteration_chars=frozenset(_list("transliteration_chars.txt")),
    )


def _ending_in(words: tuple[str, ...]):
    """A cached test "does a word end with one of `words`", checking one slice per length."""
    table = frozenset(words)
    lengths = sorted({len(w) for w in words}, reverse=True)

    @lru_cache(maxsize=200_000)
    def test(word: str) -> bool:
        return any(word[-n:] in table for n in lengths if n <= len(word))

    return test


@cache
def ends_with_institution_suffix():
    return _ending_in(vocab().institution_suffixes)


@cache
def ends_with_place_suffix():
    return _ending_in(vocab().place_suffixes)
