"""Full-text search over titles and bodies with a character-bigram FTS5 index.

The index is filled after import, in the background; articles not yet indexed, and the
rare ones too long to index, are still found, by a substring scan restricted to them
(curator.storage.scan). A term the index cannot answer alone (A股) is scanned for in the articles
the index finds its pieces in.

A lone Han character is found by the index too, through the `ends` column, which holds once each
the last character of every Han run and every common character (resources/search) the article
has. A common one (的, 行, 王) is then a single look-up there; a rarer one either begins a bigram
or a one-character run, or ends a run: the prefix query `"鑫" *` finds all three, cheaply since few
bigrams begin with it. A scan of 100,000 articles took 3.6 s; the prefix query for 的, 1.2 s.

Script and width are folded (curator.core.fold): the index holds each article as the search reads
it, traditional ones in simplified script, and each term is looked up in the forms it may take
there. The scan folds alike, through `curator_contains`, a function every connection registers.
"""

import re
import unicodedata
from collections.abc import Iterator
from functools import cache

from sqlalchemy import Boolean, and_, column, func, or_, select, table, text, update
from sqlmodel import Session

from curator.core.errors import Invalid, Msg
from curator.core.fold import QueryForms, query_forms, searchable
from curator.core.resources import read_lines
from curator.core.types import Script
from curator.storage import scan
from curator.storage.tables import Article

MAX_QUERY_CHARS = 200
MAX_QUERY_TERMS = 20
INDEX_BATCH = 65_536  # tokens joined at a time
# Longer texts (a 45 MB file on one line is 15 million characters) stay out of the index, which
# would need gigabytes to take them in one row: they are found by the scan that finds articles
# not yet indexed. News articles are a few thousand characters; a long report, a few hundred
# thousand.
INDEX_MAX_CHARS = 1_000_000
_TOKEN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]+|[A-Za-z0-9\u00c0-\u024f]+")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")
_FTS = table("article_fts", column("rowid"), column("article_fts"))
_FTS_INSERT = text("INSERT INTO article_fts(rowid, title, body, ends) VALUES (:id, :title, :body, :ends)")
# A contentless FTS5 table forgets a row only when given the tokens it indexed (SQLite 3.40 has
# no contentless_delete), and an article's text never changes, so they can be rebuilt.
_FTS_DELETE = text("INSERT INTO article_fts(article_fts, rowid, title, body, ends) VALUES ('delete', :id, :title, :body, :ends)")


def tokens(value: str) -> list[str]:
    """Index tokens: overlapping bigrams inside Han runs, whole words elsewhere."""
    return list(_token_stream(value))


def _token_stream(value: str) -> Iterator[str]:
    for match in _TOKEN.finditer(value):
        run = match.group()
        if _HAN.match(run) and len(run) > 1:
            yield from (run[i : i + 2] for i in range(len(run) - 1))
        else:
            yield run.lower()


def index_text(value: str) -> str:
    """`" ".join(tokens(value))`, built a batch at a time: a 15-million-character article turned
    into one list of two-character strings took 1.3 GB; a batch keeps only its own list alive."""
    pieces = [" ".join(batch) for batch in _batches(_token_stream(value), INDEX_BATCH)]
    return " ".join(pieces)


def _batches(stream: Iterator[str], size: int) -> Iterator[list[str]]:
    batch: list[str] = []
    for token in stream:
        batch.append(token)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


@cache
def _common_chars() -> frozenset[str]:
    return frozenset("".join(read_lines("search", "common_chars.txt")).replace(" ", ""))


def lone_char_tokens(*values: str) -> str:
    """The `ends` column: the last character of every Han run of two or more and every common
    character, once each, in a fixed order (a contentless index forgets a row only when given the
    very tokens it was given)."""
    runs = [run for value in values for run in _TOKEN.findall(value) if _HAN.match(run)]
    held = {run[-1] for run in runs if len(run) > 1} | (_common_chars() & set("".join(runs)))
    return " ".join(sorted(held))


def index_query(form: str) -> tuple[str | None, bool]:
    """An FTS5 query for one search term in one of its forms, and whether it answers the term alone;
    None when the index cannot narrow it at all (no letter, digit or Han character in it)."""
    runs = _TOKEN.findall(form)
    if not runs:
        return None, False
    if len(runs) == 1:
        return _run_query(runs[0]), True
    if not any(_lone_han(run) for run in runs):
        return _phrase(form), True
    # A lone Han character beside others (A股): each run narrows the articles down, the scan decides.
    return " AND ".join(f"({_run_query(run)})" for run in runs), False


def _lone_han(run: str) -> bool:
    return len(run) == 1 and _HAN.match(run) is not None


def _phrase(text: str) -> str:
    return '"' + " ".join(tokens(text)) + '"'


def _run_query(run: str) -> str:
    if not _lone_han(run):
        return _phrase(run)
    # Common: listed wherever it occurs. Rarer: the bigrams it begins, its one-character runs,
    # and the runs it ends (listed).
    return f'ends : "{run}"' if run in _common_chars() else f'"{run}" *'


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
    return Article.id.in_(select(_FTS.c.rowid).where(_FTS.c.article_fts.op("MATCH")(match)))


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


def matches(query: str):
    """A WHERE clause: every whitespace-separated term of `query` occurs in the title or body, in
    whatever script and width."""
    terms = [query_forms(term) for term in search_terms(query)]
    looked_up = [_looked_up(term) for term in terms]
    in_index = [clause for clause, _exact in looked_up if clause is not None]
    unanswered = [term for term, (_clause, exact) in zip(terms, looked_up) if not exact]
    if unanswered:
        in_index.append(_scanned(unanswered))
    return or_(
        and_(Article.indexed.is_(True), *in_index),
        and_(Article.indexed.is_(False), _scanned(terms)),
    )


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


def _indexed_row(article_id: int, title: str, body: str, script: str) -> dict:
    traditional = script == Script.TRADITIONAL
    title, body = searchable(title, traditional=traditional), searchable(body, traditional=traditional)
    return {"id": article_id, "title": index_text(title), "body": index_text(body), "ends": lone_char_tokens(title, body)}


def unindex(session: Session, article_id: int, title: str, body: str, script: str) -> None:
    """Drop an indexed article's tokens from the search index."""
    session.execute(_FTS_DELETE, [_indexed_row(article_id, title, body, script)])


def anything_to_index(session: Session) -> bool:
    """Whether any article waits for the index."""
    waiting = select(Article.id).where(Article.indexed.is_(False), Article.chars <= INDEX_MAX_CHARS).limit(1)
    return session.execute(waiting).first() is not None


def index_pending(session: Session, *, limit: int = 500) -> int:
    """Index up to `limit` articles not yet indexed; returns how many were indexed."""
    rows = session.execute(
        select(Article.id, Article.title, Article.text, Article.script)
        .where(Article.indexed.is_(False), Article.chars <= INDEX_MAX_CHARS).limit(limit)
    ).all()
    if not rows:
        return 0
    session.execute(
        _FTS_INSERT,
        [_indexed_row(*row) for row in rows],
    )
    session.execute(update(Article).where(Article.id.in_([row.id for row in rows])).values(indexed=True))
    return len(rows)
