"""Recording changes as events, and undoing or redoing them.

Every mutation runs inside one `ChangeBatch`: each step is written to the event
history with what is needed to revert it, and the caller gets back a `Change`
saying what moved. Undo and redo replay those events (services.replays), so they work the same from
the GUI, the command line, and after a restart.
"""

import uuid
from dataclasses import dataclass, field

from sqlmodel import Session

from curator.core.clock import now
from curator.core.errors import Invalid, Msg
from curator.core.types import ArticleStatus, EventAction
from curator.services import conflicts, roles
from curator.services.replays import remove_articles, replay_all
from curator.storage import articles as article_store
from curator.storage import events as event_store
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
    # Blind tags others made, removed or changed, by layer: a watched change (services.watching)
    # may span several layers, so it tells their ids here rather than in `layer` and the lists above.
    blind_tags: dict[str, set[int]] = field(default_factory=dict)
    # Articles whose assignments to editors who tag blind moved (assigned, taken back, a layer
    # done, settled; undone or redone): a view of one of them may now show another layer.
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

    def delete_articles(self, article_ids: list[int]) -> None:
        """Delete articles with their tags and rejections; each one's event keeps all of them for undo."""
        snapshots = remove_articles(self.session, article_ids, self.change)
        for article_id in article_ids:
            snapshot = snapshots[article_id]
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
    replay_all(session, events[::-1] if undo else events, change, forward=not undo)
    unversioned = {event.article_id for event in events if event.action in UNVERSIONED}
    unversioned -= {event.article_id for event in events if event.action not in UNVERSIONED}
    change.articles = article_store.recount(session, change.remaining_article_ids - unversioned)
    event_store.mark_batch(session, batch, undone=undo, versions=change.versions())
    return change


def _refuse_approved(session: Session, events: list[Event]) -> None:
    """ReadOnlyArticle when replaying would change an approved article's tags or details: only a
    reviewer's move (a batch with the status change, such as the approval itself) may."""
    moved = {event.article_id for event in events if event.action == EventAction.STATUS_CHANGED}
    replayed = [article_id for article_id in dict.fromkeys(event.article_id for event in events)
                if article_id is not None and article_id not in moved]
    approved = article_store.approved_among(session, replayed)
    for article_id in replayed:
        if article_id in approved:
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
