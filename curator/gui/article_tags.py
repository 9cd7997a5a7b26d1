"""The tag services of the open article: its own tags, or the user's blind layer of it.

An article given to the user to tag blind (services.blind_tagging), and not yet settled, is read
and tagged in the user's layer; any other article through services.tagging. The workbench, the
suggestion controller and the Refresher ask the open article for its `ArticleTags` and call it
the same way either way: this is the one place that knows there are two. No Qt here.
"""

from dataclasses import dataclass, field

from curator.core.types import Kind, Origin
from curator.nlp.suggestion import Suggestion
from curator.services import article_status, blind_tagging, tagging
from curator.services.blind_tagging import AssignmentView
from curator.services.changes import Change
from curator.services.library import Database
from curator.services.tagging import MentionView, Span


@dataclass(frozen=True)
class ArticleTags:
    """The article's own tags (services.tagging). `who` is the editor as `Workbench.editor`
    gives it: user, role and the version of the article shown."""

    db: Database
    # Who the article is given to to tag blind (empty for an article tagged as usual): the reader says so.
    assignments: tuple[AssignmentView, ...] = field(default=())

    layer = None  # whose blind layer these tags are (None: the article's own)
    layer_done = False
    shared = True  # the tags name entities of the registry, and a name may be tagged library-wide

    def mentions(self, article_id: int) -> list[MentionView]:
        return tagging.article_mentions(self.db, article_id)

    def views(self, ids: list[int]) -> list[MentionView]:
        """The tags of these ids that still exist (what a Change names)."""
        return tagging.mention_views(self.db, ids)

    def touched(self, change: Change) -> tuple[list[int], list[int]]:
        """The ids of the change's tags of this kind (the article's own, or this layer's): those to
        read again (added or changed), and those removed. Another layer's ids may be these too."""
        if change.layer != self.layer:
            return [], []
        return change.added + change.updated, change.removed

    def tag(self, article_id: int, start: int, end: int, kind: Kind, who: dict) -> Change:
        return tagging.tag_mention(self.db, article_id=article_id, start=start, end=end, kind=kind, **who)

    def untag(self, article_id: int, ids: list[int], who: dict) -> Change:
        return tagging.untag_mentions(self.db, mention_ids=ids, **who)

    def change_kind(self, article_id: int, ids: list[int], kind: Kind, who: dict) -> Change:
        return tagging.change_kind(self.db, mention_ids=ids, kind=kind, **who)

    def tag_all(self, article_id: int, mention_id: int, who: dict) -> Change:
        return tagging.tag_all_occurrences(self.db, mention_id=mention_id, **who)

    def accept(self, article_id: int, suggestions: list[Suggestion], who: dict) -> Change:
        """Accepted suggestions as tags whose origin says they were suggested (one undo step)."""
        spans = [Span(s.start, s.end, Kind(s.kind), s.score) for s in suggestions]
        return tagging.tag_spans(self.db, article_id=article_id, spans=spans, origin=Origin.SUGGESTED, **who)

    def mark_done(self, article_id: int, who: dict) -> Change:
        return article_status.mark_done(self.db, article_id=article_id, user=who["user"],
                                        expected_version=who["expected_version"])


@dataclass(frozen=True)
class BlindLayer(ArticleTags):
    """The user's own layer of an article given to them to tag blind: nobody else sees it until
    a reviewer settles the article. Its steps leave the article's version alone, so they take
    the user alone."""

    user: str = ""
    layer_done: bool = False
    shared = False  # blind tags name no entity until settled

    @property
    def layer(self) -> str:
        return self.user

    def mentions(self, article_id: int) -> list[MentionView]:
        return blind_tagging.article_mentions(self.db, article_id=article_id, user=self.user)

    def views(self, ids: list[int]) -> list[MentionView]:
        return blind_tagging.mention_views(self.db, ids)

    def touched(self, change: Change) -> tuple[list[int], list[int]]:
        """Also this layer's tags that a watched change tells (services.watching): gone or changed,
        they are read again, and those that still exist show."""
        read, removed = super().touched(change)
        told = sorted(change.blind_tags.get(self.user, ()))
        return read + told, removed + told

    def tag(self, article_id: int, start: int, end: int, kind: Kind, who: dict) -> Change:
        return blind_tagging.tag_mention(self.db, article_id=article_id, start=start, end=end, kind=kind,
                                         user=self.user)

    def untag(self, article_id: int, ids: list[int], who: dict) -> Change:
        return blind_tagging.untag_mentions(self.db, article_id=article_id, tag_ids=ids, user=self.user)

    def change_kind(self, article_id: int, ids: list[int], kind: Kind, who: dict) -> Change:
        return blind_tagging.change_kind(self.db, article_id=article_id, tag_ids=ids, kind=kind, user=self.user)

    def tag_all(self, article_id: int, mention_id: int, who: dict) -> Change:
        return blind_tagging.tag_all_occurrences(self.db, article_id=article_id, tag_id=mention_id, user=self.user)

    def accept(self, article_id: int, suggestions: list[Suggestion], who: dict) -> Change:
        spans = [Span(s.start, s.end, Kind(s.kind), s.score) for s in suggestions]
        return blind_tagging.tag_spans(self.db, article_id=article_id, spans=spans, user=self.user)

    def mark_done(self, article_id: int, who: dict) -> Change:
        return blind_tagging.mark_done(self.db, article_id=article_id, user=self.user)


def article_tags(db: Database, article_id: int, user: str) -> ArticleTags:
    """The tag services of an article as `user` tags it: their blind layer while the article is
    given to them and unsettled, else its own tags."""
    given = tuple(blind_tagging.article_assignments(db, article_id))
    mine = next((a for a in given if a.annotator == user and a.settled_at is None), None)
    if mine is None:
        return ArticleTags(db, given)
    return BlindLayer(db, given, user=user, layer_done=mine.done_at is not None)
