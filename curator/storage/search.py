"""Full-text search over titles and bodies with a character-bigram FTS5 index.

The tokens are made by curator.core.search_tokens: the distinct bigrams of every run of Han
characters, letters and digits, and in the `ends` column the lone characters; the index records
which articles hold each (no positions). A term of one or two characters is answered by the index
alone; a longer one, or one with punctuation (ABC-123), is scanned for in the articles the index
finds all its bigrams in. An import writes its articles into the index as it stores them;
articles not yet indexed (after an upgrade of the index, or restored by an undo) and the rare ones
too long to index are found by a substring scan restricted to them (curator.storage.scan).

Script and width are folded (curator.core.fold): the index holds each article as the search reads
it, traditional ones in simplified script, and each term is looked up in the forms it may take
there. The scan folds alike, through `curator_contains`, a function every connection registers.
"""

import unicodedata

from sqlalchemy import Boolean, and_, column, func, or_, select, table, text, update
from sqlmodel import Session

from curator.core.errors import Invalid, Msg
from curator.core.fold import QueryForms, query_forms
from curator.core import search_tokens
from curator.core.search_tokens import bigrams, index_columns, is_common, lone_char_token, runs
from curator.core.types import Script
from curator.storage import scan
from curator.storage.tables import Article

MAX_QUERY_CHARS = 200
MAX_QUERY_TERMS = 20
_FTS = table("article_fts", column("rowid"), column("article_fts"))
_FTS_INSERT = text("INSERT INTO article_fts(rowid, title, body, ends) VALUES (:id, :title, :body, :ends)")
# A contentless FTS5 table forgets a row only when given the tokens it indexed (SQLite 3.40 has
# no contentless_delete), and an article's text never changes, so they can be rebuilt.
_FTS_DELETE = text("INSERT INTO article_fts(article_fts, rowid, title, body, ends) VALUES ('delete', :id, :title, :body, :ends)")


def index_query(form: str) -> tuple[str | None, bool]:
    """An FTS5 query for one search term in one of its forms, and whether it answers the term alone;
    None when the index cannot narrow it at all (no letter, digit or Han character in it).

    A run of one or two characters, and nothing else, is answered; a longer run, or runs with
    punctuation (ABC-123, 元，), leave the articles holding every bigram and lone character of
    the term, for the scan to tell which hold the term itself."""
    pieces = runs(form)
    if not pieces:
        return None, False
    return " AND ".join(_run_query(piece) for piece in pieces), pieces == [form] and len(form) <= 2


def _run_query(run: str) -> str:
    if len(run) > 1:
        return " AND ".join(f'"{bigram}"' for bigram in bigrams(run))
    # A lone character. Common: listed in `ends` wherever it occurs. Rarer: it ends a run (listed),
    # or it begins a bigram or is a run of its own: the prefix query `"鑫" *` finds both.
    listed = f'"{lone_char_token(run)}"'
    return listed if is_common(run) else f'({listed} OR "{run}" *)'


def _looked_up(term: QueryForms):
    """A clause for the indexed articles that may hold the term, or None when the index cannot tell;
    and whether every article it lets through holds the term."""
    queries = {form: index_query(form) for form in term.for_article(traditional=True)}
    if any(query is None for query, _exact in queries.values()):
        return None, False
    everywhere = term.for_article(traditional=False)
    clause = _in_index([queries[form][0] for form in everywhere])
    if len(queries) > len(everywhere):  # the simplified form of 於: looked for in traditional articles only
        only_traditional = [query for form, (query, _exact) in queries.items() if form not in everywhere]
        clause = or_(clause, and_(Article.script == Script.TRADITIONAL, _in_index(only_traditional)))
    return clause, all(exact for _query, exact in queries.values())


def _in_index(queries: list[str]):
    match = " OR ".join(f"({query})" for query in queries)
    return Article.id.in_(select(_FTS.c.rowid).where(_matched(match)))


def _scanned(terms: list[QueryForms]):
    """The articles holding every term, by the scan (curator.storage.scan): traditional ones by
    `curator_contains`; simplified ones by LIKE, or by `curator_contains` where a full-width letter
    or digit may make the term."""
    return or_(
        and_(Article.script == Script.TRADITIONAL, _contains(terms)),
        and_(Article.script != Script.TRADITIONAL, *(_scanned_simplified(term) for term in terms)),
    )


def _scanned_simplified(term: QueryForms):
    forms = term.for_article(traditional=False)
    found = or_(*(column.like(_like_pattern(form), escape="\\") for form in forms
                  for column in (Article.title, Article.text)))
    return or_(found, _contains([term])) if scan.wide_forms_of(forms) else found


def _like_pattern(form: str) -> str:
    return "%" + form.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _contains(terms: list[QueryForms]):
    return getattr(func, scan.FUNCTION)(Article.title, Article.text, Article.script, scan.scan_key(terms),
                                        type_=Boolean)


def matches(query: str, *, all_indexed: bool = False):
    """A WHERE clause: every whitespace-separated term of `query` occurs in the title or body, in
    whatever script and width.

    With `all_indexed` (see `all_indexed`) the clause leaves out the scan of articles not yet
    indexed: SQLite then reads the index's candidates in id order and stops at a page's end, where
    the alternative of the two made it gather and sort every match first (2.6 s for the first page
    of 普惠金融 in 100,000 articles)."""
    terms = [query_forms(term) for term in search_terms(query)]
    looked_up = [_looked_up(term) for term in terms]
    in_index = [clause for clause, _exact in looked_up if clause is not None]
    unanswered = [term for term, (_clause, exact) in zip(terms, looked_up) if not exact]
    if unanswered:
        in_index.append(_scanned(unanswered))
    if all_indexed:
        return and_(*in_index)
    return or_(
        and_(Article.indexed.is_(True), *in_index),
        and_(Article.indexed.is_(False), _scanned(terms)),
    )


def all_indexed(session: Session) -> bool:
    """Whether every article is in the index (none waits, none is too long for it)."""
    return session.execute(select(Article.id).where(Article.indexed.is_(False)).limit(1)).first() is None


def match_alone(session: Session, query: str) -> str | None:
    """The FTS5 match that answers `query` by itself, or None when it cannot: when a term needs the
    scan (a longer word, punctuation), has a second form (銀行 is looked for as 银行 too), or an
    article is not in the index. Then a count is the index's own (4 ms for 银行 in 100,000 articles,
    where counting the matching rows of the article table took 90 ms), and a page by id reads its
    rows only."""
    if not all_indexed(session):
        return None
    queries = []
    for term in search_terms(query):
        forms = query_forms(term).for_article(traditional=True)
        match, exact = index_query(forms[0])
        if len(forms) > 1 or not exact:
            return None
        queries.append(f"({match})")
    return " AND ".join(queries)


def count_matching(session: Session, match: str) -> int:
    return session.execute(select(func.count()).select_from(_FTS).where(_matched(match))).scalar_one()


def matching_ids(match: str, *, descending: bool, offset: int, limit: int | None):
    """A subquery: the ids of one page of the articles `match` finds, in id order."""
    rowid = _FTS.c.rowid.desc() if descending else _FTS.c.rowid
    return select(_FTS.c.rowid).where(_matched(match)).order_by(rowid).offset(offset).limit(limit)


def _matched(match: str):
    return _FTS.c.article_fts.op("MATCH")(match)


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


def add_to_index(session: Session, columns: list[tuple[int, dict[str, str]]]) -> None:
    """Put articles into the index, each by its id and the columns `index_columns` made of it."""
    if columns:
        session.execute(_FTS_INSERT, [{"id": article_id, **values} for article_id, values in columns])


def unindex(session: Session, article_id: int, title: str, body: str, script: str) -> None:
    """Drop an indexed article's tokens from the search index."""
    session.execute(_FTS_DELETE, [{"id": article_id, **index_columns(title, body, script)}])


def _waiting():
    return and_(Article.indexed.is_(False), Article.chars <= search_tokens.INDEX_MAX_CHARS)


def anything_to_index(session: Session) -> bool:
    """Whether any article waits for the index."""
    return session.execute(select(Article.id).where(_waiting()).limit(1)).first() is not None


def count_to_index(session: Session) -> int:
    """How many articles wait for the index."""
    return session.execute(select(func.count()).where(_waiting())).scalar_one()


def index_pending(session: Session, *, limit: int = 500) -> int:
    """Index up to `limit` articles not yet indexed; returns how many were indexed."""
    rows = session.execute(
        select(Article.id, Article.title, Article.text, Article.script)
        .where(_waiting()).limit(limit)
    ).all()
    if not rows:
        return 0
    add_to_index(session, [(row.id, index_columns(row.title, row.text, row.script)) for row in rows])
    session.execute(update(Article).where(Article.id.in_([row.id for row in rows])).values(indexed=True))
    return len(rows)
