"""Recording changes as events, and undoing or redoing them.

Every mutation runs inside one `ChangeBatch`: each step is written to the event
history with what is needed to revert it, and the caller gets back a `Change`
saying what moved. Undo and redo replay those events, so they work the same from
the GUI, the command line, and after a restart.
"""

import json
import uuid
from dataclasses import dataclass, field
from datetime import datetime

from sqlmodel import Session

from curator.core.clock import now
from curator.core.types import ArticleStatus
from curator.storage import articles as article_store
from curator.storage import entities as entity_store
from curator.storage import events as event_store
from curator.storage import mentions as mention_store
from curator.storage import suggestions as suggestion_store
from curator.storage.db import Database
from curator.storage.tables import Event


@dataclass(slots=True)
class Change:
    """What one service call (or one undo/redo) changed."""

    action: str
    batch: str = ""
    article_ids: set[int] = field(default_factory=set)
    added: list[int] = field(default_factory=list)
    removed: list[int] = field(default_factory=list)
    updated: list[int] = field(default_factory=list)
    deleted_articles: list[int] = field(default_factory=list)
    restored_articles: list[int] = field(default_factory=list)

    @property
    def remaining_article_ids(self) -> set[int]:
        """The touched articles that still exist (their counts need refreshing)."""
        return self.article_ids.difference(self.deleted_articles)

    @property
    def empty(self) -> bool:
        return not (self.added or self.removed or self.updated or self.article_ids)


class ChangeBatch:
    """Applies and records the steps of one service call in one session."""

    def __init__(self, session: Session, *, user: str, action: str):
        self.session = session
        self.user = user
        self.at = now()
        self.change = Change(action=action, batch=uuid.uuid4().hex)

    def record(self, action: str, *, article_id: int, mention_id: int | None = None, **data) -> None:
        event_store.record(
            self.session, at=self.at, user=self.user, action=action, batch=self.change.batch,
            article_id=article_id, mention_id=mention_id, data=data,
        )
        self.change.article_ids.add(article_id)

    def add_mention(self, row: dict, *, action: str = "tagged") -> int:
        mention_id = mention_store.insert_mention(self.session, row)
        self.record(action, article_id=row["article_id"], mention_id=mention_id,
                    mention=mention_store.mention_row(self.session, mention_id))
        self.change.added.append(mention_id)
        return mention_id

    def remove_mention(self, mention_id: int) -> None:
        row = mention_store.mention_row(self.session, mention_id)
        mention_store.delete_mention(self.session, mention_id)
        self.record("untagged", article_id=row["article_id"], mention_id=mention_id, mention=row)
        self.change.removed.append(mention_id)

    def update_mention(self, mention_id: int, action: str, **after) -> None:
        row = mention_store.mention_row(self.session, mention_id)
        before = {name: row[name] for name in after}
        mention_store.update_mention(self.session, mention_id, **after)
        self.record(action, article_id=row["article_id"], mention_id=mention_id, before=before, after=after)
        self.change.updated.append(mention_id)

    def reject_suggestion(self, row: dict) -> None:
        # Only a new rejection is recorded: undoing this batch must not lift an older one.
        if suggestion_store.add_rejection(self.session, row):
            self.record("suggestion_rejected", article_id=row["article_id"], rejection=row)

    def set_article_status(self, article_id: int, status: ArticleStatus, **review) -> None:
        article = article_store.get_article(self.session, article_id)
        after = {"status": str(status), **review}
        before = {name: getattr(article, name) for name in after}
        if before == after:
            return
        article_store.set_status(self.session, article_id, str(status), at=self.at, **review)
        self.record("status_changed", article_id=article_id, before=before, after=after)

    def delete_article(self, article_id: int) -> None:
        """Delete an article with its tags and rejections; the event keeps all of them for undo."""
        snapshot = _remove_article(self.session, article_id, self.change)
        self.record("article_deleted", article_id=article_id, **snapshot)

    def finish(self) -> Change:
        """Bring each touched article's entity counts up to date and return the change."""
        refresh_counts(self.session, self.change.remaining_article_ids)
        return self.change


def refresh_counts(session: Session, article_ids) -> None:
    for article_id in article_ids:
        counts = entity_store.entity_counts(session, article_id)
        article_store.set_entity_counts(
            session, article_id, institutions=counts.get("institution", 0), figures=counts.get("figure", 0)
        )


_TIME_COLUMNS = ("at", "published")


def _restored(values: dict) -> dict:
    """JSON-decoded columns back to Python values (times were stored as ISO text)."""
    return {
        name: datetime.fromisoformat(value)
        if (name in _TIME_COLUMNS or name.endswith("_at")) and isinstance(value, str) else value
        for name, value in values.items()
    }


def _remove_article(session: Session, article_id: int, change: Change) -> dict:
    """Delete an article with its tags and rejections; returns them (the article's row too) for undo."""
    snapshot = {
        "article": article_store.article_row(session, article_id),
        "mentions": [mention_store.mention_row(session, m.id) for m in mention_store.article_mentions(session, article_id)],
        "rejections": suggestion_store.article_rejections(session, article_id),
    }
    article_store.delete_article(session, article_id)
    change.removed += [m["id"] for m in snapshot["mentions"]]
    change.deleted_articles.append(article_id)
    return snapshot


def _put_back_article(session: Session, snapshot: dict, change: Change) -> None:
    """Restore what `_remove_article` returned (decoded from an event)."""
    article_store.restore_article(session, _restored(snapshot["article"]))
    for row in snapshot["mentions"]:
        mention_store.insert_mention(session, _restored(row))
    for row in snapshot["rejections"]:
        suggestion_store.add_rejection(session, _restored(row))
    change.added += [row["id"] for row in snapshot["mentions"]]
    change.restored_articles.append(snapshot["article"]["id"])


def _replay_deletion(session: Session, event: Event, data: dict, change: Change, *, forward: bool) -> None:
    if forward:
        _remove_article(session, event.article_id, change)
    else:
        _put_back_article(session, data, change)


def _replay_import(session: Session, event: Event, data: dict, change: Change, *, forward: bool) -> None:
    """Undo removes an imported article as it is now (tags too) and keeps it in the event for redo."""
    if forward:
        if "article" in data:
            _put_back_article(session, data, change)
        return
    if article_store.get_article(session, event.article_id) is None:
        return  # deleted since then: that deletion is an event of its own
    snapshot = _remove_article(session, event.article_id, change)
    event_store.set_data(session, event.id, {**data, **snapshot})


def _replay(session: Session, event: Event, change: Change, *, forward: bool) -> None:
    """Apply an event again (redo) or revert it (undo)."""
    data = json.loads(event.data)
    action = event.action
    if action in ("tagged", "suggestion_accepted", "untagged"):
        adds = (action != "untagged") == forward
        if adds:
            mention_store.insert_mention(session, _restored(data["mention"]))
            change.added.append(event.mention_id)
        else:
            mention_store.delete_mention(session, event.mention_id)
            change.removed.append(event.mention_id)
    elif action == "suggestion_rejected":
        row = _restored(data["rejection"])
        if forward:
            suggestion_store.add_rejection(session, row)
        else:
            suggestion_store.remove_rejection(
                session, article_id=row["article_id"], start=row["start"], end=row["end"], kind=row["kind"]
            )
    elif action == "article_deleted":
        _replay_deletion(session, event, data, change, forward=forward)
    elif action == "article_imported":
        _replay_import(session, event, data, change, forward=forward)
    elif action == "status_changed":
        values = _restored(data["after" if forward else "before"])
        status = values.pop("status")
        article_store.set_status(session, event.article_id, status, at=now(), **values)
    else:  # every other action updates columns of one mention
        mention_store.update_mention(session, event.mention_id, **_restored(data["after" if forward else "before"]))
        change.updated.append(event.mention_id)
    change.article_ids.add(event.article_id)


def _step(db: Database, *, user: str, article_id: int | None, undo: bool) -> Change | None:
    with db.writing() as session:
        if undo:
            batch = event_store.last_batch(session, user=user, article_id=article_id, undone=False)
        else:
            batch = event_store.next_redo_batch(session, user=user, article_id=article_id)
        return None if batch is None else _revert(session, batch, undo=undo)


def _revert(session: Session, batch: str, *, undo: bool) -> Change:
    events = event_store.batch_events(session, batch)
    change = Change(action="undo" if undo else "redo", batch=batch)
    for event in reversed(events) if undo else events:
        _replay(session, event, change, forward=not undo)
    event_store.mark_batch(session, batch, undone=undo)
    refresh_counts(session, change.remaining_article_ids)
    return change


def undo_import(db: Database, *, user: str, batch: str) -> Change | None:
    """Undo an import right after it (the import summary's button); None once `user` changed anything since."""
    with db.writing() as session:
        if event_store.last_batch(session, user=user, article_id=None, undone=False) != batch:
            return None
        return _revert(session, batch, undo=True)


def undo(db: Database, *, user: str, article_id: int | None = None) -> Change | None:
    """Revert `user`'s newest change (in one article, if given); None when there is nothing to undo."""
    return _step(db, user=user, article_id=article_id, undo=True)


def redo(db: Database, *, user: str, article_id: int | None = None) -> Change | None:
    """Re-apply the change `undo` last reverted; None when there is nothing to redo."""
    return _step(db, user=user, article_id=article_id, undo=False)
