"""Replaying the history: how undo reverts each kind of event and redo applies it again.

Each action of the history has one replay here, given the event, its decoded data, the `Change`
being gathered and the direction. changes.py records the events and chooses which to replay.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from itertools import groupby
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
from curator.storage.db import in_lists
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


def remove_articles(session: Session, article_ids: list[int], change: Change) -> dict[int, dict]:
    """Delete articles with their tags, rejections and blind work; returns what undo needs to put
    each back (its row too), by id, for those that exist. A few statements per IN_LIST articles."""
    snapshots = {}
    for ids in in_lists(article_ids):
        rows = article_store.article_rows(session, ids)
        mentions = mention_store.mention_rows(session, ids)
        rejections = suggestion_store.article_rejections(session, ids)
        assignments = _by_article(asdict(row) for row in blind_store.assignments(session, ids))
        blind_tags = _by_article(asdict(tag) for tag in blind_store.layer_tags(session, ids))
        for article_id in ids:
            if article_id in rows:
                snapshots[article_id] = {
                    "article": rows[article_id], "mentions": mentions.get(article_id, []),
                    "rejections": rejections.get(article_id, []), "assignments": assignments.get(article_id, []),
                    "blind_tags": blind_tags.get(article_id, []),
                }
    # All at once, not a list at a time: the search index forgets most of a library fastest when
    # it sees all that goes (storage.search.unindex_articles).
    article_store.delete_articles(session, list(snapshots))
    for article_id, snapshot in snapshots.items():
        change.removed += [m["id"] for m in snapshot["mentions"]]
        change.deleted_articles.append(article_id)
    return snapshots


def _by_article(rows) -> dict[int, list[dict]]:
    found: dict[int, list[dict]] = {}
    for row in rows:
        found.setdefault(row["article_id"], []).append(row)
    return found


def _put_back_articles(session: Session, snapshots: list[dict], change: Change) -> None:
    """Restore what `remove_articles` returned (decoded from events): the articles and their tags
    in a few statements, whatever their number."""
    article_store.restore_articles(session, [_restored(snapshot["article"]) for snapshot in snapshots])
    mention_store.insert_first_mentions(session, [_restored(row) for snapshot in snapshots for row in snapshot["mentions"]])
    for snapshot in snapshots:
        for row in snapshot["rejections"]:
            suggestion_store.add_rejection(session, _restored(row))
        for row in snapshot.get("assignments", []):  # events older than blind tagging keep none
            blind_store.put_assignment(session, row["article_id"], row["annotator"], _restored(row))
        for row in snapshot.get("blind_tags", []):
            blind_store.insert_tag(session, _restored(row))
        change.added += [row["id"] for row in snapshot["mentions"]]
        change.restored_articles.append(snapshot["article"]["id"])


def _replay_deletions(session: Session, events: list[Event], change: Change, *, forward: bool) -> None:
    """Deleted articles removed again (redo) or put back with everything they had (undo)."""
    if forward:
        remove_articles(session, [event.article_id for event in events], change)
    else:
        _put_back_articles(session, [json.loads(event.data) for event in events], change)
    change.article_ids.update(event.article_id for event in events)


def _replay_imports(session: Session, events: list[Event], change: Change, *, forward: bool) -> None:
    """Undo removes imported articles as they are now (tags too) and keeps each in its event for
    redo; an article deleted since then is left to that deletion, an event of its own."""
    data = {event.id: json.loads(event.data) for event in events}
    if forward:
        _put_back_articles(session, [data[event.id] for event in events if "article" in data[event.id]], change)
    else:
        snapshots = remove_articles(session, [event.article_id for event in events], change)
        event_store.set_data(session, {event.id: {**data[event.id], **snapshots[event.article_id]}
                                       for event in events if event.article_id in snapshots})
    change.article_ids.update(event.article_id for event in events)


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
    EventAction.TAG_SETTLED: _replay_mention,
    EventAction.UNTAGGED: _replay_mention,
    EventAction.KIND_CHANGED: _replay_columns,
    EventAction.REVIEWED: _replay_columns,
    EventAction.SUGGESTION_REJECTED: _replay_rejection,
    EventAction.STATUS_CHANGED: _replay_status,
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


# Replays of whole runs of events: a few statements per IN_LIST articles, whatever their number.
_SET_REPLAYS = {
    EventAction.ARTICLE_IMPORTED: _replay_imports,
    EventAction.ARTICLE_DELETED: _replay_deletions,
}


def replay_all(session: Session, events: list[Event], change: Change, *, forward: bool) -> None:
    """Apply events again (redo) or revert them (undo), in the order given. The articles an import
    brought or a deletion took are replayed together; every other event on its own."""
    for action, run in groupby(events, key=lambda event: event.action):
        if action in _SET_REPLAYS:
            _SET_REPLAYS[action](session, list(run), change, forward=forward)
        else:
            for event in run:
                _replay(session, event, change, forward=forward)


def _replay(session: Session, event: Event, change: Change, *, forward: bool) -> None:
    """One event applied again or reverted. An action this Curator does not know (a newer one
    wrote it) is refused: replaying it as something else would corrupt the library."""
    try:
        replay = _REPLAYS[EventAction(event.action)]
    except ValueError:
        raise Invalid(Msg.NEWER_EVENT, action=event.action) from None
    replay(session, event, json.loads(event.data), change, forward=forward)
    if event.article_id is not None:
        change.article_ids.add(event.article_id)
