"""Mention rows, read together with their entity's kind and name."""

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import and_, case, delete, func, insert, or_, select, text, update
from sqlmodel import Session

from curator.storage.bulk import insert_many
from curator.storage.db import IN_LIST, in_lists
from curator.storage.tables import Article, Entity, Mention

MENTION_FIELDS = (
    "id", "article_id", "entity_id", "start", "end", "surface", "origin", "score", "status",
    "annotator", "annotated_at", "reviewer", "reviewed_at", "comment",
)


@dataclass(frozen=True, slots=True)
class MentionView:
    """A mention as the reader, the side panel and the exports see it."""

    id: int
    article_id: int
    entity_id: int
    kind: str
    entity: str
    start: int
    end: int
    surface: str
    origin: str
    score: float | None
    status: str
    annotator: str
    annotated_at: datetime
    reviewer: str | None
    reviewed_at: datetime | None
    comment: str | None


_VIEW_COLUMNS = (
    Mention.id, Mention.article_id, Mention.entity_id, Entity.kind, Entity.name, Mention.start, Mention.end,
    Mention.surface, Mention.origin, Mention.score, Mention.status, Mention.annotator, Mention.annotated_at,
    Mention.reviewer, Mention.reviewed_at, Mention.comment,
)


def _views(session: Session, *conditions) -> list[MentionView]:
    statement = (
        select(*_VIEW_COLUMNS).join(Entity, Entity.id == Mention.entity_id).where(*conditions)
        .order_by(Mention.article_id, Mention.start, Mention.end)
    )
    return [MentionView(*row) for row in session.execute(statement)]


def article_mentions(session: Session, article_id: int) -> list[MentionView]:
    return _views(session, Mention.article_id == article_id)


def mention_views(session: Session, mention_ids: list[int]) -> list[MentionView]:
    """The given mentions (those that exist), in text order."""
    return _views(session, Mention.id.in_(mention_ids)) if mention_ids else []


def mention_view(session: Session, mention_id: int) -> MentionView | None:
    found = _views(session, Mention.id == mention_id)
    return found[0] if found else None


def mention_row(session: Session, mention_id: int) -> dict | None:
    """Every column of one mention, as undo needs to restore it."""
    mention = session.get(Mention, mention_id)
    return None if mention is None else {name: getattr(mention, name) for name in MENTION_FIELDS}


def overlapping(session: Session, article_id: int, start: int, end: int) -> list[MentionView]:
    return _views(session, Mention.article_id == article_id, Mention.start < end, Mention.end > start)


def article_and_overlaps(session: Session, article_id: int, start: int, end: int) -> tuple[Article | None, list[MentionView]]:
    """An article and its mentions overlapping [start, end): all that tagging one span reads, in one query."""
    overlapping_mention = and_(Mention.article_id == Article.id, Mention.start < end, Mention.end > start)
    statement = (
        select(Article, *_VIEW_COLUMNS).select_from(Article).outerjoin(Mention, overlapping_mention)
        .outerjoin(Entity, Entity.id == Mention.entity_id).where(Article.id == article_id)
    )
    rows = session.execute(statement).all()
    if not rows:
        return None, []
    return rows[0][0], [MentionView(*row[1:]) for row in rows if row[1] is not None]


def insert_mention(session: Session, row: dict) -> dict:
    """Insert a mention and return every column of it, as undo keeps it; a row with an `id` (an
    undone removal) gets that id back."""
    table = Mention.__table__
    inserted = session.execute(insert(table).values(row).returning(*(table.c[name] for name in MENTION_FIELDS)))
    return dict(inserted.mappings().one())


def delete_mention(session: Session, mention_id: int) -> None:
    session.execute(delete(Mention).where(Mention.id == mention_id))


def update_mention(session: Session, mention_id: int, **values) -> None:
    session.execute(update(Mention).where(Mention.id == mention_id).values(**values))


def pending_mention_ids(session: Session, article_id: int) -> list[int]:
    """Mentions of one article a reviewer has not judged yet, in text order."""
    statement = (
        select(Mention.id).where(Mention.article_id == article_id, Mention.status == "pending")
        .order_by(Mention.start, Mention.end)
    )
    return list(session.execute(statement).scalars())


def reviewed_article_ids(session: Session, article_ids: list[int]) -> set[int]:
    """Those of the articles that have a mention a reviewer judged (approved or rejected)."""
    found: set[int] = set()
    for ids in in_lists(article_ids):
        statement = select(Mention.article_id).where(Mention.article_id.in_(ids), Mention.status != "pending").distinct()
        found.update(session.execute(statement).scalars())
    return found


def insert_first_mentions(session: Session, rows: list[dict]) -> None:
    """Insert the mentions of articles that had none (an import's, an undone deletion's) and count
    them on their entities, a few statements whatever their number.

    On SQLite, a Core executemany and one grouped statement: migration 0005's trigger would count
    them one row at a time, at twice the cost of the insert itself (and even a WHEN that skips its
    body costs SQLite as much as the insert).
    """
    if not rows:
        return
    if _counts_statements(session):
        per_statement = _VALUES_PARAMETERS // len(rows[0])
        for i in range(0, len(rows), per_statement):
            session.execute(insert(Mention.__table__).values(rows[i : i + per_statement]))
        return
    with not_counted(session):
        insert_many(session, Mention.__table__, rows)
    article_ids = sorted({row["article_id"] for row in rows})
    for i in range(0, len(article_ids), IN_LIST):
        session.execute(_count_first_mentions(article_ids[i : i + IN_LIST]))


# Values in one multi-row INSERT on PostgreSQL, whose trigger then counts its rows once, as one set
# (the driver's executemany runs a statement, and the trigger, for each row): below the 65,535
# parameters a statement takes.
_VALUES_PARAMETERS = 60_000


def _counts_statements(session: Session) -> bool:
    """Whether the library's triggers count each statement's mentions as a set: PostgreSQL's do
    (migration 0005), and only the tables' owner may switch one off, which a member's own login
    is not (an editor's tagged import was refused so)."""
    return session.get_bind().dialect.name == "postgresql"


@contextmanager
def not_counted(session: Session) -> Iterator[None]:
    """Mentions inserted in the block are not added to their entities' counts and dates: the
    caller counts them itself, or copies entities whose counts hold them already (curator copy,
    which the owner of a PostgreSQL library runs).

    The counting trigger is off for the block only, in the same transaction: DDL is transactional
    on both engines, so no other connection ever sees it missing, and every other path (tagging,
    undo, merge) keeps counting in the statement that changes a mention.
    """
    if session.get_bind().dialect.name == "postgresql":
        # PostgreSQL switches a trigger off in place (the ALTER holds the table's lock until commit).
        session.execute(text("ALTER TABLE mention DISABLE TRIGGER mention_counted"))
        yield
        session.execute(text("ALTER TABLE mention ENABLE TRIGGER mention_counted"))
        return
    with _sqlite_trigger_off(session, "mention_counted"):
        yield


def delete_article_mentions(session: Session, article_ids: list[int]) -> None:
    """Remove every mention of these articles (at most IN_LIST), taken off their entities' counts
    and dates as one set.

    SQLite's trigger (migration 0005) takes them off one row at a time and, for each mention of an
    undated article, dates its entity again from all its mentions: quadratic in a big tagged
    import's undo. It is off here, and grouped statements do its work.
    """
    in_articles = Mention.article_id.in_(article_ids)
    if _counts_statements(session):
        session.execute(delete(Mention).where(in_articles))
        return
    entity_ids = list(session.execute(select(Mention.entity_id).where(in_articles).distinct()).scalars())
    if not entity_ids:
        return
    with _sqlite_trigger_off(session, "mention_uncounted"):
        session.execute(_uncount_article_mentions(article_ids))
        session.execute(delete(Mention).where(in_articles))
        for ids in in_lists(entity_ids):
            session.execute(_date_again(ids))


@contextmanager
def _sqlite_trigger_off(session: Session, name: str) -> Iterator[None]:
    """SQLite's trigger `name` on the mention table off for the block, in its transaction: SQLite
    cannot switch one off, so it is dropped and made again from its own definition."""
    definition = session.execute(
        text("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = :name"), {"name": name}).scalar()
    if definition is None:
        yield
        return
    session.execute(text(f"DROP TRIGGER {name}"))
    yield
    session.execute(text(definition))


def _uncount_article_mentions(article_ids: list[int]):
    """Take the mentions of these articles off their entities' counts, as the trigger takes one."""
    entity = Entity.__table__
    removed = (
        select(Mention.entity_id, func.count().label("mentions"), func.count(Mention.article_id.distinct()).label("articles"))
        .where(Mention.article_id.in_(article_ids)).group_by(Mention.entity_id).subquery()
    )
    return update(entity).where(entity.c.id == removed.c.entity_id).values(
        n_mentions=entity.c.n_mentions - removed.c.mentions, n_articles=entity.c.n_articles - removed.c.articles)


def _date_again(entity_ids: list[int]):
    """The first and last dates of these entities from the articles of the mentions they keep."""
    entity, article = Entity.__table__, Article.__table__

    def dated(aggregate):
        return (select(aggregate(article.c.published)).select_from(Mention.__table__)
                .join(article, article.c.id == Mention.article_id).where(Mention.entity_id == entity.c.id).scalar_subquery())

    return update(entity).where(entity.c.id.in_(entity_ids)).values(first_seen=dated(func.min), last_seen=dated(func.max))


def mention_rows(session: Session, article_ids: list[int]) -> dict[int, list[dict]]:
    """Every column of the mentions of these articles (at most IN_LIST), by article in text order,
    as undo restores them."""
    columns = [getattr(Mention, name) for name in MENTION_FIELDS]
    statement = select(*columns).where(Mention.article_id.in_(article_ids)).order_by(Mention.article_id, Mention.start, Mention.end)
    rows: dict[int, list[dict]] = {}
    for row in session.execute(statement).mappings():
        rows.setdefault(row["article_id"], []).append(dict(row))
    return rows


def _count_first_mentions(article_ids: list[int]):
    """Add the mentions of articles that had none to their entities' counts and dates, as the
    trigger adds one (an undated article leaves the dates as they were)."""
    entity, article = Entity.__table__, Article.__table__
    added = (
        select(Mention.entity_id, func.count().label("mentions"),
               func.count(Mention.article_id.distinct()).label("articles"),
               func.min(article.c.published).label("first"), func.max(article.c.published).label("last"))
        .join(article, article.c.id == Mention.article_id).where(Mention.article_id.in_(article_ids))
        .group_by(Mention.entity_id).subquery()
    )
    return update(entity).where(entity.c.id == added.c.entity_id).values(
        n_mentions=entity.c.n_mentions + added.c.mentions,
        n_articles=entity.c.n_articles + added.c.articles,
        first_seen=case((or_(entity.c.first_seen.is_(None), added.c.first < entity.c.first_seen),
                         func.coalesce(added.c.first, entity.c.first_seen)), else_=entity.c.first_seen),
        last_seen=case((or_(entity.c.last_seen.is_(None), added.c.last > entity.c.last_seen),
                        func.coalesce(added.c.last, entity.c.last_seen)), else_=entity.c.last_seen),
    )
