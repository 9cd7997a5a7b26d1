"""The event history: what was done, by whom, when, and what undo needs."""

import json
from datetime import date, datetime

from sqlalchemy import func, insert, select, update
from sqlmodel import Session

from curator.storage.tables import Event


def _default(value):
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    raise TypeError(f"cannot record {type(value).__name__}")


def record(session: Session, *, at: datetime, user: str, action: str, batch: str,
           article_id: int | None = None, mention_id: int | None = None, data: dict | None = None) -> int:
    row = {
        "at": at, "user": user, "action": action, "batch": batch, "article_id": article_id,
        "mention_id": mention_id, "data": json.dumps(data or {}, ensure_ascii=False, default=_default),
        "undone": False,
    }
    return session.execute(insert(Event).returning(Event.id), [row]).scalar_one()


def _batch_scope(user: str, article_id: int | None):
    conditions = [Event.user == user]
    if article_id is not None:
        conditions.append(Event.article_id == article_id)
    return conditions


def last_batch(session: Session, *, user: str, article_id: int | None, undone: bool) -> str | None:
    """The newest batch of `user` (in one article, if given) that is (not) undone."""
    statement = (
        select(Event.batch).where(*_batch_scope(user, article_id), Event.undone.is_(undone))
        .order_by(Event.id.desc()).limit(1)
    )
    return session.execute(statement).scalar()


def next_redo_batch(session: Session, *, user: str, article_id: int | None) -> str | None:
    """The undone batch to redo: the oldest one undone after the newest live batch.

    A new action after an undo starts a new line of history, so older undone batches
    can no longer be redone.
    """
    scope = _batch_scope(user, article_id)
    newest_live = session.execute(select(func.max(Event.id)).where(*scope, Event.undone.is_(False))).scalar() or 0
    statement = (
        select(Event.batch).where(*scope, Event.undone.is_(True), Event.id > newest_live)
        .order_by(Event.id).limit(1)
    )
    return session.execute(statement).scalar()


def batch_events(session: Session, batch: str) -> list[Event]:
    return list(session.execute(select(Event).where(Event.batch == batch).order_by(Event.id)).scalars())


def mark_batch(session: Session, batch: str, *, undone: bool) -> None:
    session.execute(update(Event).where(Event.batch == batch).values(undone=undone))


def article_history(session: Session, article_id: int) -> list[Event]:
    """Every event of one article, newest first."""
    statement = select(Event).where(Event.article_id == article_id).order_by(Event.id.desc())
    return list(session.execute(statement).scalars())
