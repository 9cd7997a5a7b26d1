"""What the search index (curator.core.search_tokens) and a query (curator.core.search_query) agree
on: the runs a text is cut into, their bigrams, the case a letter is held in, the characters the
`ends` column lists wherever they stand, and the mark that sets its tokens apart.

No numpy here: a search on the command line reads these and no more (issue 16).
"""

import re
import string
from functools import cache

from curator.core.resources import read_lines

# U+E001, a private-use character: unicode61 keeps it as a token character (category Co), and no
# run holds one.
MARK = "\ue001"
RUN_RANGES = (
    (0x30, 0x39), (0x41, 0x5A), (0x61, 0x7A), (0xC0, 0x24F),  # digits, letters, accented letters
    (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0x20000, 0x3134F),  # Han
)
_RUN = re.compile("[" + "".join(f"{chr(low)}-{chr(high)}" for low, high in RUN_RANGES) + "]+")
CASED_END = 0x250  # the letters of the runs that have a case: ASCII and the accented ones before U+0250


def runs(value: str) -> list[str]:
    """The runs of `value` (stretches of Han characters, letters and digits), in order."""
    return _RUN.findall(value)


def bigrams(run: str) -> list[str]:
    """The distinct bigrams of a run of two characters or more, in order."""
    return list(dict.fromkeys(run[i : i + 2] for i in range(len(run) - 1)))


def fold_case(text: str) -> str:
    """`text` with the letters of runs in lower case, as the index holds them (query terms)."""
    return text.translate(case_folds())


def lone_char_token(char: str) -> str:
    """How a character stands in the `ends` column."""
    return MARK + char


def is_common(char: str) -> bool:
    """Whether the `ends` column lists this character wherever it stands."""
    return len(char) == 1 and char in common_chars()


@cache
def case_folds() -> dict[int, int]:
    """Each letter of a run whose lower case is one other character (A → a, À → à; İ, whose lower
    case is two, stays as it is: a token's length is its code points)."""
    folds = {}
    for code in range(CASED_END):
        lower = chr(code).lower()
        if len(lower) == 1 and lower != chr(code) and _RUN.fullmatch(chr(code)):
            folds[code] = ord(lower)
    return folds


@cache
def common_chars() -> str:
    """The characters so common that a prefix query on them would read most of the index
    (resources/search), and ASCII letters and digits."""
    return "".join(read_lines("search", "common_chars.txt")).replace(" ", "") + string.ascii_letters + string.digits
