"""The search index's tokens, computed for a whole text at once with numpy.

A run is a stretch of Han characters, letters and digits. The index holds the distinct bigrams of
every run (the approach of Lucene's CJK analyzer: 中国银行 is 中国 国银 银行, ABC12 is AB BC C1 12)
and every one-character run, and records only which articles hold each (FTS5 detail=none). A
two-character piece of text is then a single look-up that answers exactly; a longer one is looked
up as all its bigrams, which leaves the articles that may hold it, and the scan tells which do.
Positions, which would answer phrases alone, made the index twice the size of the text and twice
as slow to write; news searches are mostly two- to four-character words, and the scan of the few
articles left is quick.

A lone character is looked up in the `ends` column, which holds, marked (MARK + the character) so
that they are no bigram or one-character run, the last character of every run and every common
character (resources/search, and ASCII letters and digits) the text has.

Building the bigrams one Python string at a time cost about 1 ms an article, more than the rest
of the import; here each step is one array operation over the text's code points. Case is folded
here too, and FTS5's `ascii` tokenizer only splits the result at spaces: unicode61, which folds
case itself, spent half again as long on every token (migration 0012).
"""

from functools import cache

import numpy as np

from curator.core.fold import searchable
from curator.core.search_text import CASED_END, MARK, RUN_RANGES, case_folds, common_chars
from curator.core.types import Script

_SPACE, _MARK = ord(" "), ord(MARK)
_PAIR_SHIFT = 21  # a bigram packed in one integer: code points need 21 bits (16 in the BMP)
_OTHER, _IN_RUN, _COMMON = 0, 1, 2  # a character's class; a common one is in runs too
_BMP = 0x10000
# Longer texts (a 45 MB file on one line is 15 million characters) stay out of the index, which
# would need gigabytes to take them in one row: they are found by the scan that finds articles
# not yet indexed. News articles are a few thousand characters; a long report, a few hundred
# thousand.
INDEX_MAX_CHARS = 1_000_000


def index_text(value: str) -> str:
    """The text as the index takes it: its distinct tokens separated by spaces."""
    return _Text(value).tokens()


def tokens(value: str) -> list[str]:
    """The distinct index tokens of `value`."""
    return index_text(value).split()


def lone_char_tokens(*values: str) -> str:
    """The `ends` column: the last character of every run of two or more and every common
    character, marked, once each, in code-point order (a contentless index forgets a row only
    when given the very tokens it was given)."""
    return _Text("\n".join(values)).ends()


def index_columns(title: str, body: str, script: str) -> dict[str, str] | None:
    """What the index holds of an article (its title, body and `ends` columns) as the search reads
    it (curator.core.fold), or None for an article too long to index. Import workers make it
    beside the article. Title and body are classified as one text, joined by a newline (no run
    character, so no run goes on from one to the other): numpy calls on the short title cost
    more than its characters."""
    if len(body) > INDEX_MAX_CHARS:
        return None
    traditional = script == Script.TRADITIONAL
    title = searchable(title, traditional=traditional)
    text = _Text(title + "\n" + searchable(body, traditional=traditional))
    return {"title": text.tokens(0, len(title)), "body": text.tokens(len(title) + 1), "ends": text.ends()}


def _code_points(value: str) -> np.ndarray:
    return np.frombuffer(value.encode("utf-32-le"), dtype=np.uint32)


def _case_folded_code_points(value: str) -> np.ndarray:
    codes = _code_points(value).copy()
    cased = codes < CASED_END
    codes[cased] = _case_table()[codes[cased]]
    return codes


@cache
def _case_table() -> np.ndarray:
    table = np.arange(CASED_END, dtype=np.uint32)
    for code, lower in case_folds().items():
        table[code] = lower
    return table


@cache
def _class_table() -> np.ndarray:
    """The class of every character of the Basic Multilingual Plane: one look-up a character."""
    table = np.zeros(_BMP, dtype=np.uint8)
    for low, high in RUN_RANGES:
        table[low : min(high, _BMP - 1) + 1] = _IN_RUN
    table[_code_points(common_chars())] = _COMMON
    return table


def _classes(codes: np.ndarray) -> np.ndarray:
    classes = _class_table().take(codes, mode="clip")  # twice as fast as indexing; beyond the plane, U+FFFF
    astral = codes >= _BMP
    if astral.any():  # the CJK extensions B to G, where rare names and places are written
        low, high = RUN_RANGES[-1]
        classes[astral] = np.where((codes[astral] >= low) & (codes[astral] <= high), _IN_RUN, _OTHER)
    return classes


def _distinct(values: np.ndarray) -> np.ndarray:
    """The distinct values in ascending order, as np.unique gives them: a sort and a comparison of
    neighbours, where numpy 2's np.unique (a hash table, then a sort) took eight times as long on
    an article's 2,000 bigrams."""
    ordered = np.sort(values)
    first = np.empty(len(ordered), dtype=bool)
    first[:1] = True
    np.not_equal(ordered[1:], ordered[:-1], out=first[1:])
    return ordered[first]


class _Text:
    """A text's code points and where its runs are."""

    def __init__(self, value: str):
        self.codes = _case_folded_code_points(value)
        self.classes = _classes(self.codes)
        self.in_run = in_run = self.classes != _OTHER
        # linked[i]: characters i - 1 and i stand in one run (False at either end), so that
        # linked[1:] says a character's run goes on after it and linked[:-1] that it began before.
        linked = np.zeros(len(in_run) + 1, dtype=bool)
        np.logical_and(in_run[:-1], in_run[1:], out=linked[1:-1])
        self.goes_on, self.went_on = linked[1:], linked[:-1]

    def tokens(self, start: int = 0, stop: int | None = None) -> str:
        """The distinct bigrams (packed in one integer each to be told apart at once) and the
        distinct one-character runs of text[start:stop] (which no run crosses), each followed by a space."""
        codes, goes_on, went_on = self.codes[start:stop], self.goes_on[start:stop], self.went_on[start:stop]
        starts = np.flatnonzero(goes_on)
        # Two characters of the Basic Multilingual Plane (all a text has, nearly always) pack in
        # 32 bits, which sort in two thirds of the time 64 bits take.
        shift, kind = (_PAIR_SHIFT, np.uint64) if len(codes) and codes.max() >= _BMP else (16, np.uint32)
        pairs = _distinct((codes[starts].astype(kind, copy=False) << shift) | codes[starts + 1])
        lone = _distinct(codes[self.in_run[start:stop] & ~went_on & ~goes_on])
        out = np.full(3 * len(pairs) + 2 * len(lone), _SPACE, dtype=np.uint32)
        out[0 : 3 * len(pairs) : 3] = pairs >> shift
        out[1 : 3 * len(pairs) : 3] = pairs & ((1 << shift) - 1)
        out[3 * len(pairs) :: 2] = lone
        return _text(out)

    def ends(self) -> str:
        """The `ends` column of the text (see lone_char_tokens)."""
        run_end = self.went_on & ~self.goes_on
        distinct = _distinct(self.codes[run_end | (self.classes == _COMMON)])
        out = np.full((len(distinct), 3), _SPACE, dtype=np.uint32)  # MARK, the character, a space
        out[:, 0] = _MARK
        out[:, 1] = distinct
        return _text(out.ravel())


def _text(codes: np.ndarray) -> str:
    """The tokens these code points spell, without the space after the last one.

    Read as one numpy string, which Python takes as it is: a quarter of the time of the UTF-32
    decoder on an article's tokens. A numpy string drops trailing NULs; tokens hold none.
    """
    if not len(codes):
        return ""
    return codes.view(f"<U{len(codes)}").item().rstrip(" ")
