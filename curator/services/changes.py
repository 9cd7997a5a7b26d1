"""Recording changes as events, and undoing or redoing them.

Every mutation runs inside one `ChangeBatch`: each step is written to the event
history with what is needed to revert it, and the caller gets back a `Change`
saying what moved. Undo and redo replay those events, so they work the same from
the GUI, the command line, and after a restart.
"""

import json
import uuid
from dataclasses import asdict, dataclass, field
from datetime import datetime

from sqlmodel import Session

from curator.core.clock import now
from curator.core.errors import Invalid, Msg
from curator.core.types import ArticleStatus, EventAction
from curator.services import conflicts, registry_steps, roles
from curator.storage import articles as article_store
from curator.storage import blind_tags as blind_store
from curator.storage import events as event_store
from curator.storage import members as member_store
from curator.storage import mentions as mention_store
from curator.storage import suggestions as suggestion_store
from curator.storage.db import Database
from curator.storage.articles import ArticleDetails, ArticleState
from curator.storage.tables import Article, Event


@dataclass(slots=True)
class Change:
    """What one service call (or one undo/redo) changed: the one description the views refresh from."""

    action: str
    batch: str = ""
    article_ids: set[int] = field(default_factory=set)
    added: list[int] = field(default_factory=list)
    removed: list[int] = field(default_factory=list)
    updated: list[int] = field(default_factory=list)
    deleted_articles: list[int] = field(default_factory=list)
    restored_articles: list[int] = field(default_factory=list)
    # The touched articles that remain, as they are now: list rows update without reading them.
    articles: dict[int, ArticleState] = field(default_factory=dict)
    # Articles whose status moved, (before, after): the status bar's counts follow without a query.
    statuses: dict[int, tuple[str, str]] = field(default_factory=dict)
    # Entities of the registry merged, split, renamed or given a parent: the entity views follow.
    entities: set[int] = field(default_factory=set)
    # Articles whose title, source, author, date or URL an edit changed, as they are now.
    details: dict[int, ArticleDetails] = field(default_factory=dict)
    # The annotator whose blind layer the tags above (added, removed, updated) are in, when they
    # are blind tags (services.blind_tagging), not the article's own.
    layer: str | None = None
    # Articles whose assignments to editors who tag blind moved (assigned, a layer done, settled;
    # undone or redone): a view of one of them may now show another layer.
    assigned: set[int] = field(default_factory=set)

    def versions(self) -> dict[int, int]:
        """The version each touched article that remains is at now: a view passes it with its next change."""
        return {article_id: state.version for article_id, state in self.articles.items()}

    @property
    def remaining_article_ids(self) -> set[int]:
        """The touched articles that still exist (their counts need refreshing)."""
        return self.article_ids.difference(self.deleted_articles)

    @property
    def membership_changed(self) -> bool:
        """Articles left or joined the library: lists and sources must be read again."""
        return bool(self.deleted_articles or self.restored_articles)

    @property
    def empty(self) -> bool:
        return not (self.added or self.removed or self.updated or self.article_ids or self.entities)

    def moved_status(self, article_id: int, before: str, after: str) -> None:
        first = self.statuses.get(article_id, (before, after))[0]
        if first == after:
            self.statuses.pop(article_id, None)
        else:
            self.statuses[article_id] = (first, after)


class ReadOnlyArticle(Invalid):
    """An approved article cannot be changed until a reviewer reopens it."""


class ChangeBatch:
    """Applies and records the steps of one service call in one session.

    Writes are gathered so that one tag costs one statement each for the mention, its entity,
    the history and the article's row: the history is written at `finish`, and a status change
    rides on the statement that recounts the article's entities and moves it to its next version.

    `expected_version` is the version of the article(s) the caller's view showed: when another
    change came first, `finish` raises a Conflict and the transaction writes nothing.
    """

    def __init__(self, session: Session, *, user: str, action: str, role: str | None = None,
                 expected_version: int | None = None):
        self.session = session
        self.user = user
        self.expected_version = expected_version
        # The role the steps act in: the stored one in a team library, else the one `user` chose.
        self.role = roles.acting_role(session, user, role)
        self.at = now()
        self.change = Change(action=action, batch=uuid.uuid4().hex)
        self._events: list[dict] = []
        self._status: dict[int, dict] = {}  # article id → the status columns `finish` writes
        # Articles touched by steps of UNVERSIONED actions, and by others: `finish` moves every touched
        # article to its next version but those touched by UNVERSIONED steps alone.
        self._unversioned: set[int] = set()
        self._versioned: set[int] = set()

    def seen(self, article: Article | None) -> Article | None:
        """`article` as just read, after a Conflict if it moved on from the version expected: what
        another user did explains a refusal better than a rule the stale change now breaks (a tag
        over one they added, a move from a status the article has left). `finish` checks again."""
        if article is not None and self.expected_version not in (None, article.version):
            raise conflicts.stale(self.session, article.id, self.expected_version)
        return article

    def record(self, action: EventAction, *, article_id: int, mention_id: int | None = None,
               version: int | None = None, **data) -> None:
        """Record a step on an article; `finish` writes the version the change brings it to, or
        `version` for an article the change removes. A step of a blind layer or of an assignment
        leaves the article's version alone (UNVERSIONED)."""
        self._events.append(event_store.event_row(
            at=self.at, user=self.user, action=action, batch=self.change.batch,
            article_id=article_id, mention_id=mention_id, data=data, version=version,
        ))
        self.change.article_ids.add(article_id)
        (self._unversioned if action in UNVERSIONED else self._versioned).add(article_id)

    def record_library(self, action: EventAction, data: dict) -> None:
        """A step of the library as a whole (the registry, its members): it belongs to no one
        article, and undo reaches it library-wide."""
        self._events.append(event_store.event_row(
            at=self.at, user=self.user, action=action, batch=self.change.batch, data=data))

    def add_mention(self, row: dict, *, action: EventAction = EventAction.TAGGED) -> int:
        mention = mention_store.insert_mention(self.session, row)
        self.record(action, article_id=row["article_id"], mention_id=mention["id"], mention=mention)
        self.change.added.append(mention["id"])
        return mention["id"]

    def remove_mention(self, mention_id: int) -> None:
        row = mention_store.mention_row(self.session, mention_id)
        mention_store.delete_mention(self.session, mention_id)
        self.record(EventAction.UNTAGGED, article_id=row["article_id"], mention_id=mention_id, mention=row)
        self.change.removed.append(mention_id)

    def update_mention(self, mention_id: int, action: EventAction, **after) -> None:
        row = mention_store.mention_row(self.session, mention_id)
        before = {name: row[name] for name in after}
        mention_store.update_mention(self.session, mention_id, **after)
        self.record(action, article_id=row["article_id"], mention_id=mention_id, before=before, after=after)
        self.change.updated.append(mention_id)

    def reject_suggestion(self, row: dict) -> None:
        # Only a new rejection is recorded: undoing this batch must not lift an older one.
        if suggestion_store.add_rejection(self.session, row):
            self.record(EventAction.SUGGESTION_REJECTED, article_id=row["article_id"], rejection=row)

    def status_of(self, article: Article) -> str:
        """The article's status as this batch leaves it."""
        return self._status.get(article.id, {}).get("status", article.status)

    def set_article_status(self, article: Article, status: ArticleStatus, **review) -> None:
        after = {"status": str(status), **review}
        before = {name: getattr(article, name) for name in after} | {"status": self.status_of(article)}
        if before == after:
            return
        self._status[article.id] = {**self._status.get(article.id, {}), **after, "updated_at": self.at}
        self.record(EventAction.STATUS_CHANGED, article_id=article.id, before=before, after=after)
        self.change.moved_status(article.id, before["status"], after["status"])

    def delete_article(self, article_id: int) -> None:
        """Delete an article with its tags and rejections; the event keeps all of them for undo."""
        snapshot = _remove_article(self.session, article_id, self.change)
        self.record(EventAction.ARTICLE_DELETED, article_id=article_id, version=snapshot["article"]["version"] + 1,
                    **snapshot)

    def finish(self) -> Change:
        """Bring the touched articles' rows up to date (Conflict if one moved on since the version
        expected), write the history with the versions they reached, and return the change."""
        remaining = self.change.remaining_article_ids - (self._unversioned - self._versioned)
        for values, ids in _grouped(self._status, remaining):
            self.change.articles |= article_store.recount(self.session, ids, **values)
        conflicts.check_versions(self.session, self.change.articles, self.expected_version)
        versions = self.change.versions()
        for row in self._events:
            row["version"] = versions.get(row["article_id"], row["version"])
        event_store.record_many(self.session, self._events)
        return self.change


# Steps that leave their article's version alone: an editor's blind layer is theirs alone, so what
# they do there (or a reviewer's assigning) never makes another person's view of the article stale.
UNVERSIONED = frozenset({
    EventAction.ASSIGNED, EventAction.UNASSIGNED, EventAction.BLIND_TAGGED, EventAction.BLIND_UNTAGGED, EventAction.BLIND_KIND_CHANGED,
    EventAction.LAYER_DONE, EventAction.SETTLED,
})


def _grouped(status: dict[int, dict], article_ids: set[int]) -> list[tuple[dict, set[int]]]:
    """The articles in groups that get the same status columns (none for most), one statement each."""
    groups: dict[tuple, set[int]] = {}
    for article_id in article_ids:
        groups.setdefault(tuple(sorted(status.get(article_id, {}).items())), set()).add(article_id)
    return [(dict(values), ids) for values, ids in groups.items()]


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
        "assignments": [asdict(row) for row in blind_store.assignments(session, [article_id])],
        "blind_tags": [asdict(tag) for tag in blind_store.layer_tags(session, [article_id])],
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
    for row in snapshot.get("assignments", []):  # events older than blind tagging keep none
        blind_store.put_assignment(session, row["article_id"], row["annotator"], _restored(row))
    for row in snapshot.get("blind_tags", []):
        blind_store.insert_tag(session, _restored(row))
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


def _replay(session: Session, event: Event, change: Change, *, forward: bool) -> None:
    """Apply an event again (redo) or revert it (undo). An action this Curator does not know (a
    newer one wrote it) is refused: replaying it as something else would corrupt the library."""
    try:
        replay = _REPLAYS[EventAction(event.action)]
    except ValueError:
        raise Invalid(Msg.NEWER_EVENT, action=event.action) from None
    replay(session, event, json.loads(event.data), change, forward=forward)
    if event.article_id is not None:
        change.article_ids.add(event.article_id)


def _step(db: Database, *, user: str, article_id: int | None, undo: bool) -> Change | None:
    with db.writing() as session:
        roles.acting_role(session, user, None)  # in a team library, members only
        if undo:
            batch = event_store.last_batch(session, user=user, article_id=article_id, undone=False)
        else:
            batch = event_store.next_redo_batch(session, user=user, article_id=article_id)
        return None if batch is None else _revert(session, batch, undo=undo)


def _revert(session: Session, batch: str, *, undo: bool) -> Change:
    """Undo or redo a batch of `user`'s, unless another user changed since what it would change
    again (Conflict), or it would change an approved article other than by its status."""
    events = event_store.batch_events(session, batch)
    conflicts.check_replay(session, events, user=events[0].user, undo=undo)
    _refuse_approved(session, events)
    change = Change(action="undo" if undo else "redo", batch=batch)
    for event in reversed(events) if undo else events:
        _replay(session, event, change, forward=not undo)
    unversioned = {event.article_id for event in events if event.action in UNVERSIONED}
    unversioned -= {event.article_id for event in events if event.action not in UNVERSIONED}
    change.articles = article_store.recount(session, change.remaining_article_ids - unversioned)
    event_store.mark_batch(session, batch, undone=undo, versions=change.versions())
    return change


def _refuse_approved(session: Session, events: list[Event]) -> None:
    """ReadOnlyArticle when replaying would change an approved article's tags or details: only a
    reviewer's move (a batch with the status change, such as the approval itself) may."""
    moved = {event.article_id for event in events if event.action == EventAction.STATUS_CHANGED}
    for article_id in dict.fromkeys(event.article_id for event in events if event.article_id not in moved):
        article = article_id is not None and article_store.get_article(session, article_id)
        if article and article.status == ArticleStatus.APPROVED:
            raise ReadOnlyArticle(Msg.ARTICLE_APPROVED, article_id=article_id)


def undo_import(db: Database, *, user: str, batch: str) -> Change | None:
    """Undo an import right after it (the import summary's button); None once `user` changed anything since."""
    with db.writing() as session:
        roles.acting_role(session, user, None)
        if event_store.last_batch(session, user=user, article_id=None, undone=False) != batch:
            return None
        return _revert(session, batch, undo=True)


def undo(db: Database, *, user: str, article_id: int | None = None) -> Change | None:
    """Revert `user`'s newest change (in one article, if given); None when there is nothing to undo."""
    return _step(db, user=user, article_id=article_id, undo=True)


def redo(db: Database, *, user: str, article_id: int | None = None) -> Change | None:
    """Re-apply the change `undo` last reverted; None when there is nothing to redo."""
    return _step(db, user=user, article_id=article_id, undo=False)
