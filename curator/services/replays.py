"""Replaying the history: how undo reverts each kind of event and redo applies it again.

Each action of the history has one replay here, given the event, its decoded data, the `Change`
being gathered and the direction. changes.py records the events and chooses which to replay.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import datetime
from typing import TYPE_CHECKING

from sqlmodel import Session

from curator.core.clock import now
from curator.core.errors import Invalid, Msg
from curator.core.types import EventAction
from curator.services import registry_steps
from curator.storage import articles as article_store
from curator.storage import blind_tags as blind_store
from curator.storage import events as event_store
from curator.storage import members as member_store
from curator.storage import mentions as mention_store
from curator.storage import suggestions as suggestion_store
from curator.storage.tables import Event

if TYPE_CHECKING:
    from curator.services.changes import Change


_TIME_COLUMNS = ("at", "published")


def _restored(values: dict) -> dict:
    """JSON-decoded columns back to Python values (times were stored as ISO text)."""
    return {
        name: datetime.fromisoformat(value)
        if (name in _TIME_COLUMNS or name.endswith("_at")) and isinstance(value, str) else value
        for name, value in values.items()
    }


def remove_article(session: Session, article_id: int, change: Change) -> dict:
    """Delete an article with its tags and rejections; returns them (the article's row too) for undo."""
    snapshot = {
        "article": article_store.article_row(session, article_id),
        "mentions": [mention_store.mention_row(session, m.id) for m in mention_store.article_mentions(session, article_id)],
        "rejections": suggestion_store.article_rejections(session, article_id),
        "assignments": [asdict(row) for row in blind_store.assignments(session, [article_id])],
        "blind_tags": [asdict(tag) for tag in blind_store.layer_tags(session, [article_id])],
    }
    article_store.delete_article(session, article_id)
    change.removed += [m["id"] for m in snapshot["mentions"]]
    change.deleted_articles.append(article_id)
    return snapshot


def _put_back_article(session: Session, snapshot: dict, change: Change) -> None:
    """Restore what `remove_article` returned (decoded from an event)."""
    article_store.restore_article(session, _restored(snapshot["article"]))
    for row in snapshot["mentions"]:
        mention_store.insert_mention(session, _restored(row))
    for row in snapshot["rejections"]:
        suggestion_store.add_rejection(session, _restored(row))
    for row in snapshot.get("assignments", []):  # events older than blind tagging keep none
        blind_store.put_assignment(session, row["article_id"], row["annotator"], _restored(row))
    for row in snapshot.get("blind_tags", []):
        blind_store.insert_tag(session, _restored(row))
    change.added += [row["id"] for row in snapshot["mentions"]]
    change.restored_articles.append(snapshot["article"]["id"])


def _replay_deletion(session: Session, event: Event, data: dict, change: Change, *, forward: bool) -> None:
    if forward:
        remove_article(session, event.article_id, change)
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
    snapshot = remove_article(session, event.article_id, change)
    event_store.set_data(session, event.id, {**data, **snapshot})


def _replay_mention(session: Session, event: Event, data: dict, change: Change, *, forward: bool) -> None:
    """A mention tagged or removed: put it in or take it out again."""
    if (event.action != EventAction.UNTAGGED) == forward:
        mention_store.insert_mention(session, _restored(data["mention"]))
        change.added.append(event.mention_id)
    else:
        mention_store.delete_mention(session, event.mention_id)
        change.removed.append(event.mention_id)


def _replay_rejection(session: Session, event: Event, data: dict, change: Change, *, forward: bool) -> None:
    row = _restored(data["rejection"])
    if forward:
        suggestion_store.add_rejection(session, row)
    else:
        suggestion_store.remove_rejection(session, article_id=row["article_id"], start=row["start"], end=row["end"],
                                          kind=row["kind"])


def _replay_status(session: Session, event: Event, data: dict, change: Change, *, forward: bool) -> None:
    values = _restored(data["after" if forward else "before"])
    status = values.pop("status")
    article_store.set_status(session, event.article_id, status, at=now(), **values)
    change.moved_status(event.article_id, data["before" if forward else "after"]["status"], status)


def _replay_columns(session: Session, event: Event, data: dict, change: Change, *, forward: bool) -> None:
    """A mention's columns changed (its kind, a verdict): set them back or again."""
    mention_store.update_mention(session, event.mention_id, **_restored(data["after" if forward else "before"]))
    change.updated.append(event.mention_id)


def _registry(step):
    """A registry step as a replay: it reads its own data, not the event's article."""
    return lambda session, event, data, change, *, forward: step(session, data, change, forward=forward)


def _replay_details(session: Session, event: Event, data: dict, change: Change, *, forward: bool) -> None:
    """An article's details edited: set the values it had before the edit, or after it again."""
    article = article_store.get_article(session, event.article_id)
    if article is None:
        return  # deleted since then: that deletion is an event of its own
    values = _restored(data["after" if forward else "before"])
    change.details[article.id] = article_store.set_details(session, article, at=now(), **values)


def _replay_member(session: Session, event: Event, data: dict, change: Change, *, forward: bool) -> None:
    """A role granted or revoked: the membership it made, or the one before it, again."""
    row = data["after" if forward else "before"]
    member_store.put_member(session, data["user"], None if row is None else _restored(row))


def _replay_assignment(session: Session, event: Event, data: dict, change: Change, *, forward: bool) -> None:
    """An article assigned, a layer marked done, an article settled: the assignment it made, or the
    one before it, again."""
    row = data["after" if forward else "before"]
    change.assigned.add(event.article_id)
    blind_store.put_assignment(session, event.article_id, data["annotator"], None if row is None else _restored(row))


def _replay_blind_tag(session: Session, event: Event, data: dict, change: Change, *, forward: bool) -> None:
    """A blind tag made, removed or given another kind, in or out again."""
    change.layer = (data.get("tag") or data)["annotator"]
    if event.action == EventAction.BLIND_KIND_CHANGED:
        blind_store.set_tag_kind(session, data["tag_id"], data["after" if forward else "before"])
        change.updated.append(data["tag_id"])
    elif (event.action == EventAction.BLIND_TAGGED) == forward:
        blind_store.insert_tag(session, _restored(data["tag"]))
        change.added.append(data["tag"]["id"])
    else:
        blind_store.delete_tag(session, data["tag"]["id"])
        change.removed.append(data["tag"]["id"])


_REPLAYS = {
    EventAction.TAGGED: _replay_mention,
    EventAction.SUGGESTION_ACCEPTED: _replay_mention,
    EventAction.UNTAGGED: _replay_mention,
    EventAction.KIND_CHANGED: _replay_columns,
    EventAction.REVIEWED: _replay_columns,
    EventAction.SUGGESTION_REJECTED: _replay_rejection,
    EventAction.STATUS_CHANGED: _replay_status,
    EventAction.ARTICLE_DELETED: _replay_deletion,
    EventAction.ARTICLE_IMPORTED: _replay_import,
    EventAction.ENTITY_MERGED: _registry(registry_steps.merge),
    EventAction.ENTITY_SPLIT: _registry(registry_steps.split),
    EventAction.ENTITY_RENAMED: _registry(registry_steps.rename),
    EventAction.ENTITY_PARENT_SET: _registry(registry_steps.set_parent),
    EventAction.ALIAS_PROPOSAL_DECIDED: _registry(registry_steps.decide_proposal),
    EventAction.ARTICLE_EDITED: _replay_details,
    EventAction.MEMBER_GRANTED: _replay_member,
    EventAction.MEMBER_REVOKED: _replay_member,
    EventAction.ASSIGNED: _replay_assignment,
    EventAction.UNASSIGNED: _replay_assignment,
    EventAction.LAYER_DONE: _replay_assignment,
    EventAction.SETTLED: _replay_assignment,
    EventAction.BLIND_TAGGED: _replay_blind_tag,
    EventAction.BLIND_UNTAGGED: _replay_blind_tag,
    EventAction.BLIND_KIND_CHANGED: _replay_blind_tag,
}


def replay(session: Session, event: Event, change: Change, *, forward: bool) -> None:
    """Apply an event again (redo) or revert it (undo). An action this Curator does not know (a
    newer one wrote it) is refused: replaying it as something else would corrupt the library."""
    try:
        replay = _REPLAYS[EventAction(event.action)]
    except ValueError:
        raise Invalid(Msg.NEWER_EVENT, action=event.action) from None
    replay(session, event, json.loads(event.data), change, forward=forward)
    if event.article_id is not None:
        change.article_ids.add(event.article_id)
