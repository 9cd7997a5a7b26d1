"""The scan that finds what the search index cannot: articles not yet indexed or too long to index,
and terms the index alone cannot answer (A股: a lone Han character beside others).

SQLite's LIKE finds a term in a simplified article as stored (ignoring the case of ASCII letters, as
the index does). `contains` reads an article folded as the index reads it (curator.core.fold): it
answers for traditional articles, and for simplified ones where LIKE did not find a term that holds
a letter or digit with a full-width form. Asking it of every article made a scan of 100,000 up to
20 times slower than LIKE (27 s for LPR, where LIKE took 1.4 s).
"""

import json
import sqlite3
from functools import lru_cache

from curator.core.fold import QueryForms, searchable, width_forms
from curator.core.types import Script

FUNCTION = "curator_contains"


def register(connection: sqlite3.Connection) -> None:
    """Let SQL call `curator_contains(title, text, script, key)` on this connection."""
    connection.create_function(FUNCTION, 4, contains, deterministic=True)


def scan_key(terms: list[QueryForms]) -> str:
    """The terms as `contains` takes them: each one's forms in a simplified and in a traditional
    article, lower-cased."""
    by_script = [[[form.lower() for form in term.for_article(traditional=flag)] for flag in (False, True)]
                 for term in terms]
    return json.dumps(by_script, ensure_ascii=False)


def wide_forms_of(forms: tuple[str, ...]) -> str:
    """The full-width and half-width characters that fold into a character of `forms` (Ｌ and ｌ for l)."""
    wanted = set("".join(forms).lower())
    return "".join(char for char, plain in width_forms().items() if plain.lower() in wanted)


def contains(title: str, body: str, script: str, key: str) -> bool:
    """Whether every term of `key` occurs in the article, folded and lower-cased.

    A simplified article is folded only when it holds a full-width or half-width form of one of the
    terms' characters: without one, folding cannot make a term that LIKE, asked first, did not find.
    """
    terms = _terms(key)
    traditional = script == Script.TRADITIONAL
    if not traditional and not any(char in title or char in body for char in terms.wide):
        return False
    folded = "\n".join(searchable(part, traditional=traditional) for part in (title, body)).lower()
    return all(any(form in folded for form in forms) for forms in terms.forms[traditional])


class _Terms:
    def __init__(self, key: str):
        by_term = json.loads(key)
        self.forms = ([term[0] for term in by_term], [term[1] for term in by_term])  # in simplified, traditional
        self.wide = wide_forms_of(tuple(form for forms in self.forms[0] for form in forms))


@lru_cache(maxsize=64)
def _terms(key: str) -> _Terms:
    return _Terms(key)
