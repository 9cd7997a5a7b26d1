"""An article's history as plain dicts: who did what, when, and whether it was undone."""

import json
from datetime import UTC, datetime

from curator.storage import entities as entity_store
from curator.storage import events as event_store
from curator.storage.db import Database
from curator.storage.tables import Event

_MENTION_FIELDS = ("start", "end", "surface", "origin", "score", "status")


def utc_iso(value: datetime | str | None) -> str | None:
    """ISO 8601 in UTC; the store keeps UTC, and a naive value read back is taken as UTC."""
    if value is None or isinstance(value, str):
        return value
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).isoformat(timespec="seconds")


def _kind_names(session, data: dict) -> dict:
    """Entity ids in a kind change turned into "kind:name", which is what a reader wants to see."""
    shown = {}
    for side in ("before", "after"):
        entity = entity_store.get_entity(session, data[side]["entity_id"])
        shown[side] = f"{entity.kind}:{entity.name}" if entity else data[side]["entity_id"]
    return {"from": shown["before"], "to": shown["after"]}


def _details(session, event: Event) -> dict:
    data = json.loads(event.data)
    if "mention" in data:  # tagged, untagged, suggestion_accepted, tag_settled
        row = data["mention"]
        details = {name: row.get(name) for name in _MENTION_FIELDS}
        entity = entity_store.get_entity(session, row.get("entity_id"))
        if entity is not None:
            details.update(kind=entity.kind, entity=entity.name)
        return details
    if event.action == "kind_changed" and "entity_id" in data.get("after", {}):
        return _kind_names(session, data)
    if event.action == "status_changed":
        after, before = data.get("after", {}), data.get("before", {})
        details = {"from": before.get("status"), "to": after.get("status")}
        if after.get("review_note"):
            details["note"] = after["review_note"]
        return details
    if event.action == "article_imported":  # after an undo the event keeps the article too: not shown
        return {"file": data.get("file")}
    if event.action == "article_deleted":  # the event keeps the whole article for undo; show its gist
        return {"title": data["article"]["title"], "tags": len(data["mentions"])}
    if event.action == "article_edited":  # each changed detail, from → to
        return {name: {"from": data["before"].get(name), "to": value} for name, value in data["after"].items()}
    if event.action == "reviewed":
        after = data.get("after", {})
        return {"from": data.get("before", {}).get("status"), "to": after.get("status"),
                "comment": after.get("comment")}
    return data  # an action added later: show what it recorded rather than nothing


# Steps in an editor's blind layer: what they tagged there is theirs alone until the article is settled.
_BLIND_TAG_STEPS = ("blind_tagged", "blind_untagged", "blind_kind_changed")


def _layer_of(event: Event, details: dict) -> str | None:
    """The editor whose blind layer a step changed (a reviewer's unassign removes another's tags)."""
    if event.action not in _BLIND_TAG_STEPS:
        return None
    return (details.get("tag") or details).get("annotator", event.user)


def event_dict(session, event: Event, viewer: str | None = None) -> dict:
    """An event as the history shows it; to a `viewer`, another editor's blind tags show as the
    layer they are in, not what they tag."""
    details = _details(session, event)
    layer = _layer_of(event, details)
    if viewer is not None and layer not in (None, viewer):
        details = {"layer": layer}
    return {
        "id": event.id, "at": utc_iso(event.at), "user": event.user, "action": event.action,
        "mention_id": event.mention_id, "undone": bool(event.undone), "batch": event.batch,
        "details": details,
    }


def article_history(db: Database, article_id: int, *, viewer: str | None = None) -> list[dict]:
    """Every event of one article, newest first, undone ones included and marked; as `viewer`
    may see it, when given (see event_dict)."""
    with db.session() as session:
        return [event_dict(session, event, viewer) for event in event_store.article_history(session, article_id)]
