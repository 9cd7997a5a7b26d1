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
there. The scan folds alike, through `curator_contains`, a function every SQLite connection
registers.

On PostgreSQL (a team's library) the same tokens are kept in a tsvector under a GIN index
(migration 0009) and the same queries are asked in tsquery's syntax, so both engines find the same
articles. PostgreSQL cannot call Python, so the folding scan reads the few candidate articles that
need folding (traditional ones, or ones holding a full-width letter) and tells which hold the terms
here, with the very function SQLite calls.
"""

import re

from sqlalchemy import Boolean, Integer, and_, any_, cast, column, false, func, literal, or_, select, table, text, update
from sqlalchemy.dialects.postgresql import ARRAY, TSQUERY
from sqlmodel import Session

from curator.core.fold import QueryForms, query_forms, width_forms
from curator.core import search_tokens
from curator.core.search_query import exact_match, index_query, search_terms
from curator.core.search_tokens import index_columns
from curator.core.types import Script
from curator.storage import scan
from curator.storage.db import in_lists
from curator.storage.tables import Article



class _Fts5Index:
    """SQLite's index: a contentless FTS5 table (migrations 0002-0008), queried in FTS5's syntax."""

    table = table("article_fts", column("rowid"), column("article_fts"))
    article_id = table.c.rowid
    _insert = text("INSERT INTO article_fts(rowid, title, body, ends) VALUES (:id, :title, :body, :ends)")
    # A contentless FTS5 table forgets a row only when given the tokens it indexed (SQLite 3.40 has
    # no contentless_delete), and an article's text never changes, so they can be rebuilt.
    _delete = text("INSERT INTO article_fts(article_fts, rowid, title, body, ends) VALUES ('delete', :id, :title, :body, :ends)")

    def matched(self, match: str):
        return self.table.c.article_fts.op("MATCH")(match)

    @property
    def max_chars(self) -> int:
        return search_tokens.INDEX_MAX_CHARS

    def add(self, session: Session, columns: list[tuple[int, dict[str, str]]]) -> None:
        session.execute(self._insert, [{"id": article_id, **values} for article_id, values in columns])

    _empty = text("INSERT INTO article_fts(article_fts) VALUES ('delete-all')")

    def remove(self, session: Session, articles: list[tuple[int, str, str, str]]) -> None:
        session.execute(self._delete, [{"id": article_id, **index_columns(title, body, script)}
                                       for article_id, title, body, script in articles])

    def forget(self, session: Session, article_ids: list[int]) -> None:
        """Drop these articles from the index. Handing it each one's tokens again costs as much as
        indexing it: when they are most of what it holds (an import undone, a library emptied),
        emptying the index and putting back the articles that stay costs less."""
        going = [i for ids in in_lists(article_ids) for i in _indexed_among(session, ids)]
        staying = session.execute(select(func.count()).where(Article.indexed.is_(True))).scalar_one() - len(going)
        if staying >= len(going):
            for ids in in_lists(going):
                self.remove(session, _texts(session, ids))
            return
        session.execute(self._empty)
        leaving = set(going)
        kept = [i for i in session.execute(select(Article.id).where(Article.indexed.is_(True))).scalars() if i not in leaving]
        for ids in in_lists(kept):
            self.add(session, [(article_id, index_columns(title, body, script))
                               for article_id, title, body, script in _texts(session, ids)])


def _indexed_among(session: Session, article_ids: list[int]) -> list[int]:
    return list(session.execute(select(Article.id).where(Article.id.in_(article_ids), Article.indexed.is_(True))).scalars())


def _texts(session: Session, article_ids: list[int]) -> list[tuple[int, str, str, str]]:
    """(id, title, text, script) of these articles, what their index tokens are made of."""
    rows = session.execute(select(Article.id, Article.title, Article.text, Article.script).where(Article.id.in_(article_ids)))
    return [tuple(row) for row in rows]


class _TsvectorIndex:
    """PostgreSQL's index: each article's distinct tokens in a tsvector (migration 0009), stored as
    made and lower-cased (FTS5 folds case itself), queried by the FTS5 query translated to tsquery."""

    table = table("article_search", column("article_id"), column("tokens"))
    article_id = table.c.article_id
    # The columns go as one string each, split and deduplicated by the server: adapting a list of
    # 2,500 tokens an article cost the client three times what the server spends storing them.
    _insert = text("INSERT INTO article_search(article_id, tokens)"
                   " VALUES (:id, array_to_tsvector(string_to_array(lower(:tokens), ' ')))")
    _delete = text("DELETE FROM article_search WHERE article_id = :id")
    # A tsvector holds at most 1 MB: 40,000 characters make at most 40,000 distinct bigrams and as
    # many lone characters, some 920 KB even in the supplementary planes. Longer articles stay out
    # of the index and are found by the scan, as the rare ones too long for SQLite's index are.
    TSVECTOR_MAX_CHARS = 40_000

    @property
    def max_chars(self) -> int:
        return min(self.TSVECTOR_MAX_CHARS, search_tokens.INDEX_MAX_CHARS)
    _TOKEN = re.compile(r'"([^"]*)"( \*)?')

    def matched(self, match: str):
        return self.table.c.tokens.op("@@")(cast(literal(self.tsquery(match)), TSQUERY))

    def tsquery(self, match: str) -> str:
        """An FTS5 query of search_query.index_query's making ("银行" AND ("鑫" OR "鑫" *)) in tsquery's syntax."""
        quoted = self._TOKEN.sub(lambda m: f"'{m.group(1).lower()}'" + (":*" if m.group(2) else ""), match)
        return quoted.replace(" AND ", " & ").replace(" OR ", " | ")

    def add(self, session: Session, columns: list[tuple[int, dict[str, str]]]) -> None:
        """Index the articles; those past `max_chars` are left to the scan (an import stored them
        as indexed, before it knew the engine)."""
        lengths = dict(session.execute(select(Article.id, Article.chars).where(Article.id.in_([i for i, _ in columns]))).all())
        fitting = [(article_id, values) for article_id, values in columns if lengths[article_id] <= self.max_chars]
        if fitting:
            session.execute(self._insert, [
                {"id": article_id, "tokens": " ".join(value for value in values.values() if value)}
                for article_id, values in fitting])
        if len(fitting) < len(columns):
            too_long = [article_id for article_id, _values in columns if lengths[article_id] > self.max_chars]
            session.execute(update(Article).where(Article.id.in_(too_long)).values(indexed=False))

    def remove(self, session: Session, articles: list[tuple[int, str, str, str]]) -> None:
        self.forget(session, [article_id for article_id, *_ in articles])

    def forget(self, session: Session, article_ids: list[int]) -> None:
        """Drop these articles from the index: by id, whose tokens PostgreSQL does not need."""
        if article_ids:
            session.execute(self._delete, [{"id": article_id} for article_id in article_ids])


_INDEXES = {"sqlite": _Fts5Index(), "postgresql": _TsvectorIndex()}


def _index(session: Session) -> _Fts5Index | _TsvectorIndex:
    return _INDEXES[session.get_bind().dialect.name]




def _looked_up(index, term: QueryForms):
    """A clause for the indexed articles that may hold the term, or None when the index cannot tell;
    and whether every article it lets through holds the term."""
    queries = {form: index_query(form) for form in term.for_article(traditional=True)}
    if any(query is None for query, _exact in queries.values()):
        return None, False
    everywhere = term.for_article(traditional=False)
    clause = _in_index(index, [queries[form][0] for form in everywhere])
    if len(queries) > len(everywhere):  # the simplified form of 於: looked for in traditional articles only
        only_traditional = [query for form, (query, _exact) in queries.items() if form not in everywhere]
        clause = or_(clause, and_(Article.script == Script.TRADITIONAL, _in_index(index, only_traditional)))
    return clause, all(exact for _query, exact in queries.values())


def _in_index(index, queries: list[str]):
    match = " OR ".join(f"({query})" for query in queries)
    return Article.id.in_(select(index.article_id).where(index.matched(match)))


def _scanned(session: Session, terms: list[QueryForms], among):
    """The articles holding every term, by the scan (curator.storage.scan): traditional ones by
    `curator_contains`; simplified ones by LIKE, or by `curator_contains` where a full-width letter
    or digit may make the term. `among` is a clause the result is narrowed by anyway."""
    return or_(
        and_(Article.script == Script.TRADITIONAL, _contains(session, terms, among)),
        and_(Article.script != Script.TRADITIONAL, *(_scanned_simplified(session, term, among) for term in terms)),
    )


def _scanned_simplified(session: Session, term: QueryForms, among):
    forms = term.for_article(traditional=False)
    wide = scan.wide_forms_of(forms)
    if wide and session.get_bind().dialect.name == "postgresql":
        # Folding a simplified text is width alone: translate() makes the full-width and half-width
        # forms of the term's letters and digits theirs, which is all the folding a match can need,
        # so the server checks the row where it reads it. translate() costs three times ILIKE
        # (723 ms against 195 for LPR's 2,795 candidates in 20,000 articles): only a text that
        # holds such a form and not the term as stored gets it.
        plain = "".join(width_forms()[char] for char in wide)
        return or_(*(or_(_like(session, column, form), and_(column.regexp_match(f"[{wide}]"),
                                                            _like(session, func.translate(column, wide, plain), form)))
                     for form in forms for column in (Article.title, Article.text)))
    found = or_(*(_like(session, column, form) for form in forms for column in (Article.title, Article.text)))
    return or_(found, _contains(session, [term], among)) if wide else found


def _like(session: Session, column, form: str):
    """`column` holds `form`, ignoring the case of letters: SQLite's LIKE ignores it (of ASCII
    letters), PostgreSQL's ILIKE does so, at the cost of lower-casing every text it reads, which
    a form without letters (中国银行) is spared."""
    pattern = _like_pattern(form)
    if session.get_bind().dialect.name == "sqlite" or form.lower() == form.upper():
        return column.like(pattern, escape="\\")
    return column.ilike(pattern, escape="\\")


def _like_pattern(form: str) -> str:
    return "%" + form.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _contains(session: Session, terms: list[QueryForms], among):
    """The articles `scan.contains` finds every term in: SQLite calls it on each row; PostgreSQL,
    which cannot call Python, has the traditional articles among `among` read here (OpenCC reads
    them in simplified script; a simplified one is folded in SQL, by `_scanned_simplified`)."""
    key = scan.scan_key(terms)
    if session.get_bind().dialect.name == "sqlite":
        return getattr(func, scan.FUNCTION)(Article.title, Article.text, Article.script, key, type_=Boolean)
    candidates = session.execute(select(Article.id, Article.title, Article.text, Article.script)
                                 .where(among, Article.script == Script.TRADITIONAL))
    found = [row.id for row in candidates if scan.contains(row.title, row.text, row.script, key)]
    return Article.id == any_(cast(found, ARRAY(Integer))) if found else false()


def matches(session: Session, query: str, *, all_indexed: bool = False):
    """A WHERE clause: every whitespace-separated term of `query` occurs in the title or body, in
    whatever script and width.

    With `all_indexed` (see `all_indexed`) the clause leaves out the scan of articles not yet
    indexed: SQLite then reads the index's candidates in id order and stops at a page's end, where
    the alternative of the two made it gather and sort every match first (2.6 s for the first page
    of 普惠金融 in 100,000 articles)."""
    index = _index(session)
    terms = [query_forms(term) for term in search_terms(query)]
    looked_up = [_looked_up(index, term) for term in terms]
    in_index = [clause for clause, _exact in looked_up if clause is not None]
    unanswered = [term for term, (_clause, exact) in zip(terms, looked_up) if not exact]
    if unanswered:
        in_index.append(_scanned(session, unanswered, and_(Article.indexed.is_(True), *in_index)))
    if all_indexed:
        return and_(*in_index)
    return or_(
        and_(Article.indexed.is_(True), *in_index),
        and_(Article.indexed.is_(False), _scanned(session, terms, Article.indexed.is_(False))),
    )


def steer_to_index(session: Session) -> None:
    """Make this transaction's searches read the index. PostgreSQL's planner takes reading every
    article's tokens for cheaper than its index when a word is in most articles, not counting that
    each tsvector must be fetched from TOAST and decompressed: counting 银行 in 20,000 articles
    took 478 ms so, and 7.6 ms from the index. SQLite plans FTS5 by itself."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SET LOCAL enable_seqscan = off"))


def all_indexed(session: Session) -> bool:
    """Whether every article is in the index (none waits, none is too long for it)."""
    return session.execute(select(Article.id).where(Article.indexed.is_(False)).limit(1)).first() is None


def match_alone(session: Session, query: str) -> str | None:
    """The index's match that answers `query` by itself, or None when it cannot: when a term needs the
    scan (a longer word, punctuation), has a second form (銀行 is looked for as 银行 too), or an
    article is not in the index. Then a count is the index's own (4 ms for 银行 in 100,000 articles,
    where counting the matching rows of the article table took 90 ms), and a page by id reads its
    rows only."""
    return exact_match(query) if all_indexed(session) else None


def candidate_ids(session: Session, query: str, *, descending: bool = False) -> list[int] | None:
    """On PostgreSQL, when some term of `query` needs the scan and the index can narrow every term:
    the ids the index lets through for all of them, in id order, for a page to check in that order
    (articles._checked_page). None otherwise, and on SQLite, whose plan reads FTS5's candidates in
    id order and stops at a page's end by itself (14 ms for the first page of 普惠金融 in 20,000
    articles, against 180 ms checked from here)."""
    if session.get_bind().dialect.name == "sqlite":
        return None
    terms = [[index_query(form) for form in query_forms(term).for_article(traditional=True)]
             for term in search_terms(query)]
    looked_up = [query for term in terms for query in term]
    if any(match is None for match, _exact in looked_up) or all(exact for _match, exact in looked_up):
        return None
    # Every form of a term in any article: more than `matches` lets through, which the check narrows.
    index = _index(session)
    match = " AND ".join("(" + " OR ".join(f"({match})" for match, _exact in term) + ")" for term in terms)
    # One array, sorted here. Asked to sort, PostgreSQL walked the index table in id order and read
    # every article's tokens (270 ms for 普惠金融 in 20,000 articles, against 7 ms from its GIN
    # index); and one array of 14,809 ids comes three times faster than as many rows (7 ms, 20 ms).
    found = session.execute(select(func.array_agg(index.article_id)).where(index.matched(match))).scalar()
    return sorted(found or [], reverse=descending)


def scanned_among(session: Session, query: str, article_ids: list[int]):
    """A WHERE clause: the articles among `article_ids` that hold every term of `query`, by the scan
    alone. A page checks the index's candidates so (articles._checked_page): asking the index again
    in each round cost PostgreSQL a look-up of every candidate."""
    among = Article.id.in_(article_ids)
    return and_(among, _scanned(session, [query_forms(term) for term in search_terms(query)], among))


def count_matching(session: Session, match: str) -> int:
    index = _index(session)
    return session.execute(select(func.count()).select_from(index.table).where(index.matched(match))).scalar_one()


def matching_ids(session: Session, match: str, *, descending: bool, offset: int, limit: int | None):
    """A subquery: the ids of one page of the articles `match` finds, in id order."""
    index = _index(session)
    order = index.article_id.desc() if descending else index.article_id
    return select(index.article_id).where(index.matched(match)).order_by(order).offset(offset).limit(limit)



def add_to_index(session: Session, columns: list[tuple[int, dict[str, str]]]) -> None:
    """Put articles into the index, each by its id and the columns `index_columns` made of it."""
    if columns:
        _index(session).add(session, columns)


def unindex(session: Session, articles: list[tuple[int, str, str, str]]) -> None:
    """Drop indexed articles' tokens from the search index, each given as (id, title, text, script)."""
    if articles:
        _index(session).remove(session, articles)


def unindex_articles(session: Session, article_ids: list[int]) -> None:
    """Drop these articles (those of them indexed) from the search index, before they are deleted."""
    if article_ids:
        _index(session).forget(session, article_ids)


def _waiting(session: Session):
    return and_(Article.indexed.is_(False), Article.chars <= _index(session).max_chars)


def anything_to_index(session: Session) -> bool:
    """Whether any article waits for the index."""
    return session.execute(select(Article.id).where(_waiting(session)).limit(1)).first() is not None


def count_to_index(session: Session) -> int:
    """How many articles wait for the index."""
    return session.execute(select(func.count()).where(_waiting(session))).scalar_one()


def index_pending(session: Session, *, limit: int = 500) -> int:
    """Index up to `limit` articles not yet indexed; returns how many were indexed."""
    rows = session.execute(
        select(Article.id, Article.title, Article.text, Article.script)
        .where(_waiting(session)).limit(limit)
    ).all()
    if not rows:
        return 0
    add_to_index(session, [(row.id, index_columns(row.title, row.text, row.script)) for row in rows])
    session.execute(update(Article).where(Article.id.in_([row.id for row in rows])).values(indexed=True))
    return len(rows)
