"""Reading the library for exports: filtered articles in keyset pages, their mentions, entity totals.

Everything here streams. Exports walk 100,000 articles and a million mentions, so no
function returns the whole library: articles come a page at a time (keyset on id,
which stays fast however deep the page, unlike OFFSET), and entity totals come off a
cursor with `yield_per`.
"""

from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import NamedTuple
from datetime import date, datetime

from sqlalchemy import and_, func, literal, or_, select
from sqlmodel import Session

from curator.storage.articles import published_between
from curator.storage.sql_functions import stamp_text
from curator.storage.tables import Article, Entity, Mention

PAGE = 1000


@dataclass(frozen=True, slots=True)
class ExportFilter:
    """Which articles an export covers. Empty fields do not filter; `until` is inclusive.

    Date bounds leave out articles without a date unless `include_undated`; many real ones
    have none, so `undated_left_out` says how many.
    """

    status: str | None = None
    since: date | None = None
    until: date | None = None
    source: str | None = None
    include_undated: bool = False


@dataclass(frozen=True, slots=True)
class ArticleRecord:
    """An article as the exports see it; `text` is "" when the caller did not ask for bodies."""

    id: int
    title: str
    source: str | None
    url: str | None
    published: datetime | None
    status: str
    reviewer: str | None
    text: str


def _where(query: ExportFilter) -> list:
    conditions = []
    if query.status:
        conditions.append(Article.status == query.status)
    if query.source:
        conditions.append(Article.source == query.source)
    bounds = published_between(query.since, query.until)
    if bounds:
        dated = and_(*bounds)
        conditions.append(or_(dated, Article.published.is_(None)) if query.include_undated else dated)
    return conditions


def count_articles(session: Session, query: ExportFilter) -> int:
    return session.execute(select(func.count(Article.id)).where(*_where(query))).scalar_one()


def undated_left_out(session: Session, query: ExportFilter) -> int:
    """How many articles the date bounds leave out for having no date (the other filters apply)."""
    if not (query.since or query.until) or query.include_undated:
        return 0
    others = _where(replace(query, since=None, until=None))
    return session.execute(select(func.count(Article.id)).where(*others, Article.published.is_(None))).scalar_one()


def article_pages(session: Session, query: ExportFilter, *, with_text: bool = True,
                  page: int = PAGE) -> Iterator[list[ArticleRecord]]:
    """Filtered articles in id order, `page` at a time."""
    body = Article.text if with_text else literal("")
    columns = (Article.id, Article.title, Article.source, Article.url, Article.published, Article.status,
               Article.reviewer, body)
    last = 0
    while True:
        statement = select(*columns).where(*_where(query), Article.id > last).order_by(Article.id).limit(page)
        # Core execution (session.connection()), not the ORM result machinery: a third of the time at 1M rows.
        rows = [ArticleRecord(*row) for row in session.connection().execute(statement)]
        if not rows:
            return
        yield rows
        last = rows[-1].id


def _stamp(column):
    """A recorded time as "YYYY-MM-DD HH:MM:SS" UTC text, made in SQL: parsing two of them into
    datetime objects per row and formatting them back cost more than the rest of the export."""
    return stamp_text(column)


_MENTION_COLUMNS = (
    Mention.id, Mention.article_id, Entity.kind, Entity.name.label("entity"), Mention.start, Mention.end,
    Mention.surface, Mention.origin, Mention.status, Mention.annotator,
    _stamp(Mention.annotated_at).label("annotated_at"), Mention.reviewer, _stamp(Mention.reviewed_at).label("reviewed_at"), Mention.comment,
)


class ExportMention(NamedTuple):
    """A mention as exports read it: MentionView's fields but score, the times as UTC text.

    A NamedTuple because a million of them are read per export: attribute access on
    SQLAlchemy rows cost more than building these.
    """

    id: int
    article_id: int
    kind: str
    entity: str
    start: int
    end: int
    surface: str
    origin: str
    status: str
    annotator: str
    annotated_at: str | None
    reviewer: str | None
    reviewed_at: str | None
    comment: str | None


def mentions_by_article(session: Session, article_ids: list[int]) -> dict[int, list[ExportMention]]:
    """The mentions of a page of articles, grouped by article, each list in text order."""
    grouped: dict[int, list[ExportMention]] = {article_id: [] for article_id in article_ids}
    statement = (
        select(*_MENTION_COLUMNS).join(Entity, Entity.id == Mention.entity_id)
        .where(Mention.article_id.in_(article_ids)).order_by(Mention.article_id, Mention.start, Mention.end)
    )
    for mention in map(ExportMention._make, session.connection().execute(statement).all()):
        grouped[mention.article_id].append(mention)
    return grouped


def entity_names(session: Session) -> dict[int, tuple[str, str]]:
    """Every entity's (kind, name) by id: exports look names up here instead of joining per mention."""
    return {id_: (kind, name) for id_, kind, name in session.connection().execute(select(Entity.id, Entity.kind, Entity.name))}


def alias_names(session: Session) -> dict[tuple[int, str], str]:
    """(entity id, folded name) → the alias of that entity with that key: how a mention was tagged."""
    rows = select(Entity.merged_into, Entity.key, Entity.name).where(Entity.merged_into.is_not(None)).order_by(Entity.id)
    found: dict[tuple[int, str], str] = {}
    for entity, key, name in session.connection().execute(rows):
        found.setdefault((entity, key), name)
    return found


_RAW_MENTION_COLUMNS = (
    Mention.article_id, Mention.entity_id, Mention.surface, Mention.start, Mention.end, Mention.status,
    Mention.annotator, _stamp(Mention.annotated_at), Mention.reviewer, _stamp(Mention.reviewed_at), Mention.comment,
)


def mention_table_pages(session: Session, query: ExportFilter, *,
                        page: int = PAGE) -> Iterator[tuple[list[ArticleRecord], list[tuple]]]:
    """(a page of articles with their text, their mentions as plain tuples in text order).

    A million mentions go through here. Each tuple holds the mention's own columns only
    (article_id, entity_id, surface, start, end, status, annotator, annotated_at,
    reviewer, reviewed_at, comment): article and entity fields are joined in Python from
    the page and from `entity_names`, because reading an article row per mention made
    SQLite load the whole article text a million times.
    """
    connection = session.connection()
    for articles in article_pages(session, query, with_text=True, page=page):
        statement = (
            select(*_RAW_MENTION_COLUMNS).where(Mention.article_id.in_([a.id for a in articles]))
            .order_by(Mention.article_id, Mention.start, Mention.end)
        )
        yield articles, connection.execute(statement).all()


def entity_totals(session: Session, query: ExportFilter, *, page: int = PAGE) -> Iterator[tuple]:
    """(entity_id, kind, name, aliases joined by "；", articles, mentions, parent_id, parent) over the
    filtered articles.

    Entities without a mention in those articles are left out: they are leftovers of
    removed tags, not part of the annotated data.
    """
    alias = Entity.__table__.alias("alias")
    aliases = (
        select(func.aggregate_strings(alias.c.name, "；")).where(alias.c.merged_into == Entity.id)
        .correlate(Entity).scalar_subquery()
    )
    parent = Entity.__table__.alias("parent")
    parent_name = select(parent.c.name).where(parent.c.id == Entity.parent_id).correlate(Entity).scalar_subquery()
    statement = (
        select(Entity.id, Entity.kind, Entity.name, aliases,
               func.count(func.distinct(Mention.article_id)), func.count(Mention.id), Entity.parent_id, parent_name)
        .join(Mention, Mention.entity_id == Entity.id)
        .join(Article, Article.id == Mention.article_id)
        .where(*_where(query))
        .group_by(Entity.id)
        .order_by(Entity.id)
    )
    yield from session.execute(statement, execution_options={"yield_per": page})
