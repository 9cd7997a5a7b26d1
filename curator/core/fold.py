"""One form to find text in, whatever its script and width: 银行 finds 銀行 and ABC123 finds ＡＢＣ１２３,
and the other way round. The search index, the scan of articles not yet indexed and the reader's
find bar all compare a folded query with text folded alike.

- Width: full-width and half-width letters and digits (Ａ, １, ｶ) become their usual forms, as NFKC
  makes them. Punctuation keeps its width: the index skips it anyway. Other compatibility forms
  (①, ﬁ, the Kangxi radical ⼈) are left alone: folding them would make the scan fold text for
  every Han or Latin term, where now it folds only the rare article holding a full-width letter or digit.
- Script: traditional text is read in simplified script (`to_simplified`, phrase by phrase); text
  whose script is simplified is left as it is, which spares it OpenCC (0.6 ms an article).

A query is tried in two forms: as typed and in simplified script. In a simplified article the
simplified form is tried only when the query holds a character simplified script never uses (銀):
乾, 於 and 著 are simplified characters too, and whoever types them in a simplified article means them.
"""

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from curator.core.script import to_simplified


@cache
def width_forms() -> dict[str, str]:
    """Full-width or half-width letter or digit -> its usual form (Unicode's <wide> and <narrow>
    forms, all in U+FF00-U+FFEF)."""
    forms = {}
    for code in range(0xFF00, 0xFFF0):
        char = chr(code)
        plain = unicodedata.normalize("NFKC", char)
        if unicodedata.decomposition(char).startswith(("<wide>", "<narrow>")) and plain.isalnum():
            forms[char] = plain
    return forms


@cache
def _wide_runs() -> re.Pattern:
    # "[forms][forms]*" rather than "[forms]+": a pattern that opens with a set lets the regex
    # engine scan for its characters, twice as fast through an article that holds none (most).
    forms = "[" + "".join(width_forms()) + "]"
    return re.compile(forms + forms + "*")


def fold_width(text: str) -> str:
    """`text` with every full-width or half-width letter and digit in its usual form."""
    forms = width_forms()
    return _wide_runs().sub(lambda run: "".join(forms[char] for char in run.group()), text)


def searchable(text: str, *, traditional: bool) -> str:
    """The form the search reads an article's text in: width folded, and simplified when the
    article is traditional. Case is left alone (the index folds it itself)."""
    return fold_width(to_simplified(text) if traditional else text)


@dataclass(frozen=True, slots=True)
class QueryForms:
    """A query (or one search term) in the forms it is looked for in."""

    typed: str  # as typed, width folded
    simplified: str  # in simplified script, width folded
    traditional: bool  # it holds a character simplified script never uses

    def for_article(self, *, traditional: bool) -> tuple[str, ...]:
        """The forms to look for in an article of that script, as typed first."""
        if self.simplified == self.typed or not (traditional or self.traditional):
            return (self.typed,)
        return (self.typed, self.simplified)


def query_forms(query: str) -> QueryForms:
    """The forms a query (or one search term) is looked for in."""
    simplified = to_simplified(query)  # the same length as query, character for character
    traditional = any(a != b and not _simplified_script_uses(a) for a, b in zip(query, simplified))
    return QueryForms(fold_width(query), fold_width(simplified), traditional)


def _simplified_script_uses(char: str) -> bool:
    """Whether the character is in GB 2312, the character set of simplified script."""
    try:
        char.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True
