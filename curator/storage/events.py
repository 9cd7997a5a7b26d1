"""The event history: what was done, by whom, when, and what undo needs."""

import json
from collections.abc import Iterable
from datetime import date, datetime

from sqlalchemy import bindparam, case, func, literal, select, update
from sqlmodel import Session

from curator.core.types import EventAction
from curator.storage.bulk import insert_many
from curator.storage.db import IN_LIST
from curator.storage.tables import Event


def _default(value):
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    raise TypeError(f"cannot record {type(value).__name__}")


# Imports are undone only as a whole (`curator undo`), never by an undo inside one article:
# Ctrl+Z in an article just imported must not remove the rest of the import with it.
WHOLE_LIBRARY_ACTIONS = ("article_imported",)


def _json(data: dict | None) -> str:
    return json.dumps(data or {}, ensure_ascii=False, default=_default)


def event_row(*, at: datetime, user: str, action: str, batch: str, article_id: int | None = None,
              mention_id: int | None = None, data: dict | None = None, version: int | None = None) -> dict:
    """One history entry, ready for `record_many`; `version` is the one it brings its article to."""
    return {
        "at": at, "user": user, "action": str(action), "batch": batch, "article_id": article_id,
        "mention_id": mention_id, "data": _json(data), "undone": False, "version": version,
    }


def record_many(session: Session, rows: list[dict]) -> None:
    """Write history entries in one statement, in their order (undo replays them by id)."""
    insert_many(session, Event.__table__, rows)


def record_articles(session: Session, *, at: datetime, user: str, action: str, batch: str,
                    articles: list[tuple[int, dict]]) -> None:
    """One event per (article id, data): how an import records what it stored."""
    record_many(session, [event_row(at=at, user=user, action=action, batch=batch, article_id=article_id, data=data)
                          for article_id, data in articles])


def set_data(session: Session, data: dict[int, dict]) -> None:
    """Replace what events keep, by event id (undoing an import stores each article in its event
    for redo): one executemany through the table, which leaves the Events the session holds alone
    (an ORM update re-checked every one of them, quadratic in a big import's undo)."""
    if data:
        table = Event.__table__
        statement = update(table).where(table.c.id == bindparam("event")).values(data=bindparam("kept"))
        session.execute(statement, [{"event": event_id, "kept": _json(kept)} for event_id, kept in data.items()])


def _batch_scope(user: str, article_id: int | None):
    conditions = [Event.user == user]
    if article_id is not None:
        conditions += [Event.article_id == article_id, Event.action.not_in(WHOLE_LIBRARY_ACTIONS)]
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


def mark_batch(session: Session, batch: str, *, undone: bool, versions: dict[int, int]) -> None:
    """Mark a batch undone (or redone), its events at the versions (article id → version) the
    undo or redo brought their articles to."""
    wanted = list(versions.items())
    session.execute(update(Event).where(Event.batch == batch).values(undone=undone))
    for i in range(0, len(wanted), IN_LIST // 2):  # two bound values per article
        chunk = dict(wanted[i : i + IN_LIST // 2])
        statement = (update(Event).where(Event.batch == batch, Event.article_id.in_(chunk))
                     .values(version=case(chunk, value=Event.article_id)))
        session.execute(statement)


def events_since(session: Session, article_id: int, version: int) -> list[Event]:
    """An article's events that took effect (recorded, undone or redone) after `version`, in that order."""
    statement = (select(Event).where(Event.article_id == article_id, Event.version > version)
                 .order_by(Event.version, Event.id))
    return list(session.execute(statement).scalars())


def others_live_events(session: Session, article_ids: list[int], *, user: str, after_version: int) -> list[Event]:
    """Events of other users than `user`, not undone, that left one of the articles past
    `after_version` (events from before versions count as version 0)."""
    events = []
    for i in range(0, len(article_ids), IN_LIST):
        statement = select(Event).where(
            Event.article_id.in_(article_ids[i : i + IN_LIST]), Event.user != user, Event.undone.is_(False),
            func.coalesce(Event.version, 0) > after_version)
        events += session.execute(statement).scalars()
    return events


def others_kind_changes(session: Session, mention_ids: list[int], *, user: str, after: int) -> list[Event]:
    """Live kind changes of the mentions by other users than `user`, recorded after event `after`."""
    events = []
    for i in range(0, len(mention_ids), IN_LIST):
        statement = select(Event).where(
            Event.mention_id.in_(mention_ids[i : i + IN_LIST]), Event.action == EventAction.KIND_CHANGED,
            Event.user != user, Event.undone.is_(False), Event.id > after)
        events += session.execute(statement).scalars()
    return events


def article_history(session: Session, article_id: int) -> list[Event]:
    """Every event of one article, newest first."""
    statement = select(Event).where(Event.article_id == article_id).order_by(Event.id.desc())
    return list(session.execute(statement).scalars())


def newest_event_id(session: Session) -> int:
    """The newest entry's id, 0 in a library without history: a watcher's change counter."""
    return session.execute(select(func.max(Event.id))).scalar() or 0


def undone_between(session: Session, after: int, upto: int) -> set[int]:
    """The ids of the undone entries in (after, upto]: undo and redo flip `undone` and add no entry."""
    statement = select(Event.id).where(Event.id > after, Event.id <= upto, Event.undone.is_(True))
    return set(session.execute(statement).scalars())


# The actions whose data tells a watcher what they touched; the others say it in their columns.
# (A blind tag's data is the tag, or its id and layer: a few dozen bytes.)
_DATA_TELLS = (EventAction.STATUS_CHANGED, EventAction.ENTITY_MERGED, EventAction.ENTITY_SPLIT,
               EventAction.ENTITY_RENAMED, EventAction.ENTITY_PARENT_SET, EventAction.ALIAS_PROPOSAL_DECIDED,
               EventAction.BLIND_TAGGED, EventAction.BLIND_UNTAGGED, EventAction.BLIND_KIND_CHANGED)


def _outlines(session: Session, *conditions) -> list:
    """Entries without the data a watcher has no use for (an import's or a deletion's data may
    hold whole articles): rows of id, action, batch, article_id, mention_id and data or None."""
    data = case((Event.action.in_([str(action) for action in _DATA_TELLS]), Event.data), else_=literal(None))
    statement = (select(Event.id, Event.action, Event.batch, Event.article_id, Event.mention_id, data.label("data"))
                 .where(*conditions).order_by(Event.id))
    return list(session.execute(statement))


def outlines_between(session: Session, after: int, upto: int) -> list:
    """The entries written after `after`, up to `upto`, in order (see `_outlines`)."""
    return _outlines(session, Event.id > after, Event.id <= upto)


def outlines_of(session: Session, event_ids: Iterable[int]) -> list:
    """Some entries by id, in order (see `_outlines`)."""
    wanted, rows = sorted(event_ids), []
    for i in range(0, len(wanted), IN_LIST):
        rows += _outlines(session, Event.id.in_(wanted[i : i + IN_LIST]))
    return rows
