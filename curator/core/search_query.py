"""How a search is put to the index (curator.storage.search): its terms, each term's FTS5 query,
and the query that answers a search alone. Without SQLAlchemy or numpy, so that the command line's
quick reader (curator.storage.sqlite_reader) asks the index as the full path does (issue 16).
"""

import unicodedata

from curator.core.errors import Invalid, Msg
from curator.core.fold import query_forms
from curator.core.search_limits import MAX_QUERY_CHARS, MAX_QUERY_TERMS
from curator.core.search_text import bigrams, fold_case, is_common, lone_char_token, runs


def search_terms(query: str) -> list[str]:
    """The query's terms, in the articles' own normal form (NFC, as import stores text: a decomposed
    é then matches é, and only é); a query past MAX_QUERY_CHARS or MAX_QUERY_TERMS is refused at
    once (1,000 words used to run for 27 s)."""
    query = unicodedata.normalize("NFC", query).strip()
    if len(query) > MAX_QUERY_CHARS:
        raise Invalid(Msg.SEARCH_TOO_LONG, chars=len(query), limit=MAX_QUERY_CHARS)
    terms = query.split()
    if len(terms) > MAX_QUERY_TERMS:
        raise Invalid(Msg.TOO_MANY_SEARCH_WORDS, words=len(terms), limit=MAX_QUERY_TERMS)
    return terms


def index_query(form: str) -> tuple[str | None, bool]:
    """An FTS5 query for one search term in one of its forms, and whether it answers the term alone;
    None when the index cannot narrow it at all (no letter, digit or Han character in it).

    A run of one or two characters, and nothing else, is answered; a longer run, or runs with
    punctuation (ABC-123, 元，), leave the articles holding every bigram and lone character of
    the term, for the scan to tell which hold the term itself."""
    folded = fold_case(form)  # as the index holds its tokens
    pieces = runs(folded)
    if not pieces:
        return None, False
    return " AND ".join(_run_query(piece) for piece in pieces), pieces == [folded] and len(folded) <= 2


def _run_query(run: str) -> str:
    if len(run) > 1:
        return " AND ".join(f'"{bigram}"' for bigram in bigrams(run))
    # A lone character. Common: listed in `ends` wherever it occurs. Rarer: it ends a run (listed),
    # or it begins a bigram or is a run of its own: the prefix query `"鑫" *` finds both.
    listed = f'"{lone_char_token(run)}"'
    return listed if is_common(run) else f'({listed} OR "{run}" *)'


def exact_match(query: str) -> str | None:
    """The index's query that finds exactly the articles holding every term of `query`, when every
    article is indexed; None when the index cannot tell alone: a term needs the scan (a longer
    word, punctuation) or has a second form (銀行 is looked for as 银行 too)."""
    queries = []
    for term in search_terms(query):
        forms = query_forms(term).for_article(traditional=True)
        match, exact = index_query(forms[0])
        if len(forms) > 1 or not exact:
            return None
        queries.append(f"({match})")
    return " AND ".join(queries)
