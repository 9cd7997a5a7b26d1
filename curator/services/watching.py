"""Others' work: what other windows, commands and people changed in the library since a look.

The history is the library's change counter: every change writes entries, and undo or redo flip
the entries' `undone` flag. `changes_since` reads the entries newer than the last look and the
flags of the newest RECENT ones, and describes them as one `Change`, the value the window
refreshes from after its own changes. It reads the touched articles' rows and no more: a look
at a library nobody changed costs two indexed queries.
"""

import json
from collections.abc import Collection
from dataclasses import dataclass, field

from sqlmodel import Session

from curator.core.types import EventAction
from curator.services.changes import Change
from curator.storage import articles as article_store
from curator.storage import events as event_store
from curator.storage.db import Database

# How many of the newest entries are watched for an undo or a redo. An undo reaches back past
# them only for a change older than this much of everyone's work since, which is rare enough
# to wait until the article is opened again.
RECENT = 5000

# Which actions put an article in the library, or take it out, when they go forward.
_JOINS = {EventAction.ARTICLE_IMPORTED}
_LEAVES = {EventAction.ARTICLE_DELETED}
# Which actions move an article's assignments to editors who tag it blind.
_ASSIGNS = {EventAction.ASSIGNED, EventAction.UNASSIGNED, EventAction.LAYER_DONE, EventAction.SETTLED}
# Which actions change a tag of an editor's blind layer.
_BLIND = {EventAction.BLIND_TAGGED, EventAction.BLIND_UNTAGGED, EventAction.BLIND_KIND_CHANGED}


@dataclass(frozen=True, slots=True)
class Watermark:
    """How far a watcher has seen: the newest entry, and which of the newest RECENT were undone."""

    newest: int = 0
    undone: frozenset[int] = field(default_factory=frozenset)

    @property
    def floor(self) -> int:
        """The entries above it are the ones whose flags are watched."""
        return self.newest - RECENT


def watermark(db: Database) -> Watermark:
    """Where the library's history stands now: what a new watcher starts from."""
    with db.session() as session:
        return _watermark(session)


def _watermark(session: Session) -> Watermark:
    newest = event_store.newest_event_id(session)
    return Watermark(newest, frozenset(event_store.undone_between(session, newest - RECENT, newest)))


def changes_since(db: Database, mark: Watermark, *, own_batches: Collection[str] = ()) -> tuple[Change | None, Watermark]:
    """What changed after `mark`, leaving out `own_batches` (the watcher's own changes, which it
    has shown already); None when nothing else did. Returns the new watermark with it."""
    with db.session() as session:
        now = _watermark(session)
        if now == mark:
            return None, now
        # Which entries are undone is taken from the flags read with the watermark, not from rows
        # read after it: what the change describes is then exactly what the next look compares with.
        new = event_store.outlines_between(session, mark.newest, now.newest)
        lowest = max(now.floor, mark.floor)
        flipped = {i for i in now.undone ^ mark.undone if lowest < i <= mark.newest}
        steps = [(row, True) for row in new]
        steps += [(row, False) for row in reversed(new) if row.id in now.undone]
        steps += [(row, row.id not in now.undone) for row in event_store.outlines_of(session, flipped)]
        steps = [(row, forward) for row, forward in steps if row.batch not in own_batches]
        change = Change(action="others")
        for row, forward in steps:
            _describe(change, row, forward=forward)
        if change.empty:
            return None, now
        edited = {row.article_id for row, _ in steps if row.action == EventAction.ARTICLE_EDITED}
        _read_rows(session, change, edited)
        return change, now


def _describe(change: Change, row, *, forward: bool) -> None:
    """Add what one entry did (forward) or undid (not forward) to `change`."""
    if row.article_id is not None:
        change.article_ids.add(row.article_id)
    if row.mention_id is not None:
        # Gone or changed, the view reads it again: it shows the tag if it still exists.
        change.removed.append(row.mention_id)
        change.updated.append(row.mention_id)
    if row.action in _JOINS | _LEAVES:
        joins = (row.action in _JOINS) == forward
        (change.restored_articles if joins else change.deleted_articles).append(row.article_id)
    elif row.action in _ASSIGNS:
        change.assigned.add(row.article_id)
    elif row.action == EventAction.STATUS_CHANGED:
        data = json.loads(row.data)
        before, after = data["before"]["status"], data["after"]["status"]
        change.moved_status(row.article_id, *((before, after) if forward else (after, before)))
    elif row.action in _BLIND:
        _describe_blind_tag(change, json.loads(row.data))
    elif row.data:  # a registry step: the only other entries whose data is read
        _describe_registry(change, json.loads(row.data))


def _describe_blind_tag(change: Change, data: dict) -> None:
    """A blind tag made, removed or given another kind (see blind_tagging for the shapes), told
    under its layer: gone or changed, the view of that layer reads it again."""
    if "tag" in data:  # made or removed: the whole tag
        layer, tag_id = data["tag"]["annotator"], data["tag"]["id"]
    else:  # given another kind
        layer, tag_id = data["annotator"], data["tag_id"]
    change.blind_tags.setdefault(layer, set()).add(tag_id)


def _describe_registry(change: Change, data: dict) -> None:
    """A registry step's entities and the mentions it moved (see registry_steps for the shapes)."""
    named = [data.get(key) for key in ("entity_id", "into", "new_id")] + list(data.get("entities", []))
    change.entities.update(entity for entity in named if entity is not None)
    for mention_id, article_id in data.get("mentions", []):
        change.updated.append(mention_id)
        change.article_ids.add(article_id)


def _read_rows(session: Session, change: Change, edited: set[int]) -> None:
    """The touched articles' rows as they are now, and the details of those edited: the list and
    the reader show them as they show a change of one's own. Articles that joined the library
    are read by the list itself, which reloads."""
    change.articles = article_store.states(session, change.remaining_article_ids.difference(change.restored_articles))
    change.details = article_store.details(session, edited.intersection(change.articles))
