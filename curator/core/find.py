"""Finding a query in one article, as the reader's find bar does: code-point spans into its text.

The text and the query are folded as the library search folds them (curator.core.fold) and
lower-cased as its scan does, so that an article the search lists shows its matches when opened.
"""

import unicodedata

from curator.core.fold import query_forms, searchable, width_forms
from curator.core.script import to_simplified


class FoldedText:
    """An article's text in the form the search reads it, caseless, remembering where each of its
    characters came from. Built once per article: the find bar searches it at every key."""

    def __init__(self, text: str, *, traditional: bool):
        self.traditional = traditional
        self.folded = searchable(text, traditional=traditional).lower()
        # Lower-cased, İ is two characters: only then does a folded position need a table.
        self._origins = None if len(self.folded) == len(text) else _origins(text, traditional)

    def origin(self, position: int) -> int:
        """The code point of the text that the folded text's `position` came from."""
        return position if self._origins is None else self._origins[position]

    def find(self, query: str) -> list[tuple[int, int]]:
        """Where `query` occurs: (start, end) code-point spans in text order, none overlapping."""
        query = unicodedata.normalize("NFC", query)  # the form import stores text in
        if not query.strip():
            return []
        forms = query_forms(query).for_article(traditional=self.traditional)
        found = sorted({span for form in forms for span in self._occurrences(form.lower())})
        spans, end = [], 0
        for span in found:  # two forms finding the same characters at different lengths: the first wins
            if span[0] >= end:
                spans.append(span)
                end = span[1]
        return spans

    def _occurrences(self, needle: str):
        at = self.folded.find(needle)
        while at >= 0:
            yield self.origin(at), self.origin(at + len(needle) - 1) + 1
            at = self.folded.find(needle, at + len(needle))


def _origins(text: str, traditional: bool) -> list[int]:
    """For each character of the folded text, the code point of `text` it came from; the same
    folding as FoldedText's, one character at a time."""
    forms = width_forms()
    base = to_simplified(text) if traditional else text  # the same length as text
    origins = []
    for index, char in enumerate(base):
        origins.extend([index] * len(forms.get(char, char).lower()))
    return origins


def find_spans(text: str, query: str, *, traditional: bool) -> list[tuple[int, int]]:
    """Where `query` occurs in `text`, whatever the script, width and case of either."""
    return FoldedText(text, traditional=traditional).find(query)


class Matches:
    """The matches in the open article and the current one, as the find bar steps through them."""

    def __init__(self, spans: list[tuple[int, int]] = ()):
        self.spans = list(spans)
        self.current: int | None = None  # index into spans; None before the first step

    def current_span(self) -> tuple[int, int] | None:
        return None if self.current is None else self.spans[self.current]

    def first_from(self, position: int) -> None:
        """Make the first match at or after `position` current, else the first of all."""
        if not self.spans:
            self.current = None
            return
        self.current = next((i for i, (start, _end) in enumerate(self.spans) if start >= position), 0)

    def step(self, delta: int) -> None:
        """Make the next (+1) or previous (-1) match current, wrapping around; from none, the first
        or the last."""
        if not self.spans:
            return
        if self.current is None:
            self.current = 0 if delta > 0 else len(self.spans) - 1
        else:
            self.current = (self.current + delta) % len(self.spans)
