"""No lost updates (issue 15): a change made from a stale view of an article, or an undo of a
change that someone has built on since, is refused with what happened instead of overwriting it.

Every change moves its articles to their next version in its own transaction (articles.recount),
and each event keeps the version it left its article at: what happened since a version is the
article's events above it.
"""

import json

from sqlmodel import Session

from curator.core.article_changes import ArticleChanges
from curator.core.errors import CuratorError, Msg
from curator.core.types import EventAction
from curator.storage import events as event_store
from curator.storage import mentions as mention_store
from curator.storage.articles import ArticleState
from curator.storage.tables import Event

A = EventAction
_TAG_ACTIONS = (A.TAGGED, A.SUGGESTION_ACCEPTED, A.TAG_SETTLED, A.UNTAGGED)
_MENTION_ACTIONS = (*_TAG_ACTIONS, A.KIND_CHANGED, A.REVIEWED)


class Conflict(CuratorError):
    """Someone changed the article since the caller looked at it (or since the change to undo):
    nothing was written, and the message says who and what."""


def check_versions(session: Session, states: dict[int, ArticleState], expected: int | None) -> None:
    """Conflict when an article this change moved to its next version was not at `expected` before
    it: the check that holds when two transactions race (the row's update waits for the other)."""
    if expected is None:
        return
    for article_id, state in states.items():
        if state.version != expected + 1:
            raise stale(session, article_id, expected)


def stale(session: Session, article_id: int, expected: int) -> Conflict:
    """The refusal of a change made from a view of `article_id` at version `expected`: who changed
    it since, and what."""
    events = event_store.events_since(session, article_id, expected)
    return Conflict(Msg.ARTICLE_CHANGED, user=_users(events), what=what_changed(events))


def what_changed(events: list[Event]) -> ArticleChanges:
    """What a run of events did to their article, an undone event counting as its opposite."""
    counts = {"tags_added": 0, "tags_removed": 0, "tags_changed": 0, "suggestions_rejected": 0}
    status, details = None, False
    for event in events:
        action = event.action
        if action in _TAG_ACTIONS:
            added = (action != A.UNTAGGED) != event.undone
            counts["tags_added" if added else "tags_removed"] += 1
        elif action in (A.KIND_CHANGED, A.REVIEWED):
            counts["tags_changed"] += 1
        elif action == A.SUGGESTION_REJECTED and not event.undone:
            counts["suggestions_rejected"] += 1
        elif action == A.STATUS_CHANGED:
            status = json.loads(event.data)["before" if event.undone else "after"]["status"]
        elif action == A.ARTICLE_EDITED:
            details = True
    return ArticleChanges(**counts, status=status, details_edited=details)


def _users(events: list[Event]) -> str:
    return ", ".join(dict.fromkeys(event.user for event in events))


def check_replay(session: Session, events: list[Event], *, user: str, undo: bool) -> None:
    """Conflict (UNDO_BLOCKED, REDO_BLOCKED) when another user has, since `events` last took effect,
    changed what undoing or redoing them would change again: the same tag, the article's status
    or details, any change at all to an article the replay removes, the kind of a mention a merge or
    split moved; or when a tag it would put back overlaps one another user made since."""
    _check_mentions_moved(session, events, user=user, undo=undo)
    mine = [event for event in events if event.article_id is not None]
    if not mine:
        return
    _check_tags_put_back(session, mine, undo=undo)
    since = min(event.version or 0 for event in mine)
    theirs = event_store.others_live_events(session, sorted({e.article_id for e in mine}), user=user, after_version=since)
    for event in mine:
        wanted = _touches(event)
        for other in theirs:
            if (other.article_id == event.article_id and (other.version or 0) > (event.version or 0)
                    and wanted & _touched_by(other)):
                raise _blocked(undo, event.article_id, other.user)


def _check_mentions_moved(session: Session, events: list[Event], *, user: str, undo: bool) -> None:
    """A registry step (merge, split) points the mentions it moved at one entity again: not over the
    entity another user gave one of them since, by changing its kind."""
    for event in events:
        if event.article_id is None:
            moved = [mention_id for mention_id, _article in json.loads(event.data).get("mentions", [])]
            changed = event_store.others_kind_changes(session, moved, user=user, after=event.id)
            if changed:
                raise _blocked(undo, changed[0].article_id, changed[0].user)


def _check_tags_put_back(session: Session, events: list[Event], *, undo: bool) -> None:
    for event in events:
        if event.action in _TAG_ACTIONS and (event.action == A.UNTAGGED) == undo:
            tag = json.loads(event.data)["mention"]
            clash = mention_store.overlapping(session, event.article_id, tag["start"], tag["end"])
            if clash:
                raise _blocked(undo, event.article_id, clash[0].annotator)


def _blocked(undo: bool, article_id: int, user: str) -> Conflict:
    return Conflict(Msg.UNDO_BLOCKED if undo else Msg.REDO_BLOCKED, article_id=article_id, user=user)


def _touched_by(event: Event) -> set[tuple]:
    """What an event changed, as `_touches` names it: each change touches its article as a whole."""
    if event.action in _MENTION_ACTIONS:
        return {("article",), ("mention", event.mention_id)}
    if event.action == A.STATUS_CHANGED:
        return {("article",), ("status",)}
    if event.action == A.ARTICLE_EDITED:
        return {("article",), ("details",)}
    return {("article",)}


def _touches(event: Event) -> set[tuple]:
    """What replaying an event changes, that nobody else may have changed since: its own tag, the
    status, the details, or the whole article for an import or a deletion."""
    if event.action in _MENTION_ACTIONS:
        return {("mention", event.mention_id)}
    if event.action == A.STATUS_CHANGED:
        return {("status",)}
    if event.action == A.ARTICLE_EDITED:
        return {("details",)}
    if event.action in (A.ARTICLE_IMPORTED, A.ARTICLE_DELETED):
        return {("article",)}
    return set()  # a rejected suggestion: another user's work on the article does not meet it
