"""Mention rows, read together with their entity's kind and name."""

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import and_, delete, insert, select, update
from sqlmodel import Session

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


def insert_mentions(session: Session, rows: list[dict]) -> None:
    """Insert many mentions at once (Core executemany: bulk import speed depends on it)."""
    if rows:  # Core, not the ORM: the ORM's bulk insert costs more than the insert itself
        session.execute(insert(Mention.__table__), rows)
