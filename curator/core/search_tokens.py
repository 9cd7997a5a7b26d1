"""The search index's tokens, computed for a whole text at once with numpy.

A run is a stretch of Han characters, letters and digits. The index reads every run as overlapping
character bigrams (the approach of Lucene's CJK analyzer): 中国银行 is 中国 国银 银行, and ABC12 is
AB BC C1 12, so any piece of two characters or more is a phrase of bigrams and a two-character word
is a single look-up. A one-character run is kept as it is. Between two runs that something
separates (punctuation, a space) stands a gap token, so that a phrase never spans them: without it
银行，行长 read as 银行 行长, the phrase of 银行长, which the text does not hold.

A lone character is found through the `ends` column, which holds once each the last character of
every run and every common character (resources/search, and ASCII letters and digits) the text has.

Building the bigrams one Python string at a time cost about 1 ms an article, more than the rest
of the import; here each step is one array operation over the text's code points. The FTS5
unicode61 tokenizer splits the result at spaces and folds case itself.
"""

import re
import string
from functools import cache

import numpy as np

from curator.core.fold import searchable
from curator.core.resources import read_lines
from curator.core.types import Script

# U+E000, a private-use character: unicode61 keeps it as a token character (category Co), and no
# run holds one.
GAP = "\ue000"
_RUN_RANGES = (
    (0x30, 0x39), (0x41, 0x5A), (0x61, 0x7A), (0xC0, 0x24F),  # digits, letters, accented letters
    (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0x20000, 0x3134F),  # Han
)
_RUN = re.compile("[" + "".join(f"{chr(low)}-{chr(high)}" for low, high in _RUN_RANGES) + "]+")
_SPACE, _GAP = ord(" "), ord(GAP)
_OTHER, _IN_RUN, _COMMON = 0, 1, 2  # a character's class; a common one is in runs too
_BMP = 0x10000
# Longer texts (a 45 MB file on one line is 15 million characters) stay out of the index, which
# would need gigabytes to take them in one row: they are found by the scan that finds articles
# not yet indexed. News articles are a few thousand characters; a long report, a few hundred
# thousand.
INDEX_MAX_CHARS = 1_000_000


def runs(value: str) -> list[str]:
    """The runs of `value`, in order."""
    return _RUN.findall(value)


def index_text(value: str) -> str:
    """The text as the index takes it: its tokens separated by spaces."""
    return _Text(value).tokens()


def tokens(value: str) -> list[str]:
    """The index tokens of `value`, in order, gaps included."""
    return index_text(value).split()


def lone_char_tokens(*values: str) -> str:
    """The `ends` column: the last character of every run of two or more and every common
    character, once each, in code-point order (a contentless index forgets a row only when given
    the very tokens it was given)."""
    return _ends([_Text(value) for value in values])


def index_columns(title: str, body: str, script: str) -> dict[str, str] | None:
    """What the index holds of an article (its title, body and `ends` columns) as the search reads
    it (curator.core.fold), or None for an article too long to index. Import workers make it
    beside the article; each text is classified once."""
    if len(body) > INDEX_MAX_CHARS:
        return None
    traditional = script == Script.TRADITIONAL
    texts = _Text(searchable(title, traditional=traditional)), _Text(searchable(body, traditional=traditional))
    return {"title": texts[0].tokens(), "body": texts[1].tokens(), "ends": _ends(texts)}


def is_common(char: str) -> bool:
    """Whether the `ends` column lists this character wherever it stands."""
    return len(char) == 1 and ord(char) < _BMP and _class_table()[ord(char)] == _COMMON


def _code_points(value: str) -> np.ndarray:
    return np.frombuffer(value.encode("utf-32-le"), dtype=np.uint32)


@cache
def _class_table() -> np.ndarray:
    """The class of every character of the Basic Multilingual Plane: one look-up a character."""
    table = np.zeros(_BMP, dtype=np.uint8)
    for low, high in _RUN_RANGES:
        table[low : min(high, _BMP - 1) + 1] = _IN_RUN
    common = "".join(read_lines("search", "common_chars.txt")).replace(" ", "") + string.ascii_letters + string.digits
    table[_code_points(common)] = _COMMON
    return table


def _classes(codes: np.ndarray) -> np.ndarray:
    classes = _class_table()[np.minimum(codes, _BMP - 1)]
    astral = codes >= _BMP
    if astral.any():  # the CJK extensions B to G, where rare names and places are written
        low, high = _RUN_RANGES[-1]
        classes[astral] = np.where((codes[astral] >= low) & (codes[astral] <= high), _IN_RUN, _OTHER)
    return classes


def _shifted(flags: np.ndarray, step: int) -> np.ndarray:
    """flags[i - step] at i (step 1: the one before; -1: the one after), False past either end."""
    out = np.zeros_like(flags)
    if step > 0:
        out[step:] = flags[:-step]
    else:
        out[:step] = flags[-step:]
    return out


class _Text:
    """A text's code points and where its runs are."""

    def __init__(self, value: str):
        self.codes = _code_points(value)
        self.classes = _classes(self.codes)
        self.in_run = self.classes != _OTHER

    def tokens(self) -> str:
        """Each position writes its part: a bigram's two characters and a space where a run goes
        on after it, a lone character and a space, and before a run that follows another, a gap
        and a space."""
        codes, in_run = self.codes, self.in_run
        if not codes.size:
            return ""
        before, after = _shifted(in_run, 1), _shifted(in_run, -1)
        bigram = in_run & after
        lone = in_run & ~before & ~after
        gap = in_run & ~before & (np.cumsum(in_run) > 1)  # a run's start, with a run earlier
        sizes = 3 * bigram.astype(np.int32) + 2 * lone + 2 * gap
        ends = np.cumsum(sizes)
        out = np.full(int(ends[-1]), _SPACE, dtype=np.uint32)
        starts = ends - sizes
        out[starts[gap]] = _GAP
        first = starts + 2 * gap  # where a position's own characters begin
        out[first[bigram]] = codes[bigram]
        out[first[bigram] + 1] = codes[_shifted(bigram, 1)]
        out[first[lone]] = codes[lone]
        return out.tobytes().decode("utf-32-le").rstrip(" ")

    def ends_and_common(self) -> np.ndarray:
        in_run = self.in_run
        run_end = in_run & _shifted(in_run, 1) & ~_shifted(in_run, -1)
        return self.codes[run_end | (self.classes == _COMMON)]


def _ends(texts) -> str:
    held = np.concatenate([text.ends_and_common() for text in texts])
    marked = np.zeros(_BMP, dtype=bool)  # marking and reading back: 20 µs, where np.unique took 80
    marked[held[held < _BMP]] = True
    distinct = np.flatnonzero(marked).tolist() + sorted(set(held[held >= _BMP].tolist()))
    return " ".join(map(chr, distinct))
