"""Tagging blind: a reviewer gives an article to two editors or more, each tags it in a layer of
their own that the others do not see, marks it done, and the reviewer settles their disagreements
into the article's own tags (issue 15's agreement between annotators).

An assigned editor's tagging of the article goes to their layer while it is unsettled: the same
commands as the article's own tags (tag, remove, change kind, tag all occurrences, accept
suggestions), each one undoable step, returning a Change whose `layer` says the tags are blind.
Blind steps leave the article's version alone, so two editors tagging at once never refuse each
other's changes. The layers stay once settled: agreement is measured on them.
"""

from dataclasses import asdict

from sqlmodel import Session

from curator.core.agreement import settled_tags
from curator.services.agreement import compare_article
from curator.core.errors import Invalid, Msg
from curator.core.types import ArticleStatus, EventAction, Kind, Origin, reviews
from curator.services.changes import Change, ChangeBatch
from curator.services.library import NotFound
from curator.services.review import ReviewerOnly
from curator.services.tagging import MentionView, Span, add_span, editable_article, occurrences, span_text
from curator.storage import blind_tags as blind_store
from curator.storage import members as member_store
from curator.storage import mentions as mention_store
from curator.storage.blind_tags import AssignmentView, BlindTagView
from curator.storage.db import Database
from curator.storage.tables import Article

# The statuses an article leaves for review when its last editor finishes their layer.
_UNFINISHED = (ArticleStatus.NEW, ArticleStatus.IN_PROGRESS, ArticleStatus.CHANGES_REQUESTED)


def article_assignments(db: Database, article_id: int) -> list[AssignmentView]:
    """Who an article is given to to tag blind, by name (none for an article tagged as usual)."""
    with db.session() as session:
        return blind_store.assignments(session, [article_id])


def editors_of(db: Database, article_ids: list[int]) -> list[str]:
    """The editors any of these articles is given to to tag blind, unsettled, by name: those
    `unassign` can take them back from."""
    with db.session() as session:
        given = blind_store.assignments(session, article_ids)
    return sorted({a.annotator for a in given if a.settled_at is None})


def layer_open(db: Database, *, article_id: int, user: str) -> bool:
    """Whether `user` tags this article in a layer of their own (it is assigned to them, unsettled)."""
    with db.session() as session:
        row = blind_store.assignment_row(session, article_id, user)
    return row is not None and row["settled_at"] is None


def assign(db: Database, *, article_ids: list[int], annotators: list[str], user: str,
           role: str | None = None) -> Change:
    """Give articles to editors to tag blind (one undo step); editors already given one are kept.
    Each article must end up with two editors or more, and be one that no reviewer has looked at:
    not approved, not done (waiting for review), with no tag a reviewer judged."""
    wanted = list(dict.fromkeys(name.strip() for name in annotators if name.strip()))
    with db.writing() as session:
        batch = ChangeBatch(session, user=user, action="assign", role=role)
        _require_reviewer(batch, Msg.REVIEWER_ONLY_ASSIGN)
        _require_members(session, wanted)
        reviewed = mention_store.reviewed_article_ids(session, article_ids)
        for article_id in article_ids:
            article = _unreviewed(editable_article(batch, article_id), reviewed)
            given = _unsettled(session, article_id)
            if len(given.keys() | set(wanted)) < 2:
                raise Invalid(Msg.ASSIGN_TWO, article_id=article_id)
            for annotator in wanted:
                if annotator not in given:
                    row = {"article_id": article.id, "annotator": annotator, "assigned_by": user,
                           "assigned_at": batch.at, "done_at": None, "settled_by": None, "settled_at": None}
                    _put(batch, EventAction.ASSIGNED, article.id, annotator, before=None, after=row)
        return batch.finish()


def unassign(db: Database, *, article_ids: list[int], annotators: list[str], user: str,
             role: str | None = None) -> Change:
    """Take articles back from editors, with what they tagged blind (one undo step). An article
    keeps two editors or more, or none: it is then no longer tagged blind."""
    leaving = {name.strip() for name in annotators}
    with db.writing() as session:
        batch = ChangeBatch(session, user=user, action="unassign", role=role)
        _require_reviewer(batch, Msg.REVIEWER_ONLY_ASSIGN)
        for article_id in article_ids:
            article = editable_article(batch, article_id)
            given = _unsettled(session, article_id)
            if len(given.keys() - leaving) == 1:
                raise Invalid(Msg.ASSIGN_TWO, article_id=article_id)
            for tag in blind_store.layer_tags(session, [article_id]):
                if tag.annotator in leaving:
                    _remove_tag(batch, tag)
            for name in leaving & given.keys():
                _put(batch, EventAction.UNASSIGNED, article_id, name, before=asdict(given[name]), after=None)
            _to_review_when_finished(batch, article)
        return batch.finish()


def _unreviewed(article: Article, reviewed: set[int]) -> Article:
    """The article, unless a reviewer has it or judged its tags. Its editors tag it from scratch, each
    in their layer; settling keeps its own tags and skips the editors' tags overlapping them, which
    would quietly overrule the editors' work with tags a reviewer approved or rejected."""
    if article.status == ArticleStatus.DONE:
        raise Invalid(Msg.ASSIGN_DONE, article_id=article.id)
    if article.id in reviewed:
        raise Invalid(Msg.ASSIGN_REVIEWED, article_id=article.id)
    return article


def _unsettled(session: Session, article_id: int) -> dict[str, AssignmentView]:
    """An article's assignments by editor (ALREADY_SETTLED once settled: its layers no longer change)."""
    given = {a.annotator: a for a in blind_store.assignments(session, [article_id])}
    settled = next((a.settled_by for a in given.values() if a.settled_at is not None), None)
    if settled is not None:
        raise Invalid(Msg.ALREADY_SETTLED, article_id=article_id, user=settled)
    return given


def _to_review_when_finished(batch: ChangeBatch, article: Article) -> None:
    """Send the article to review (done) once every editor given it has finished their layer."""
    given = blind_store.assignments(batch.session, [article.id])
    if given and all(a.done_at is not None for a in given) and batch.status_of(article) in _UNFINISHED:
        batch.set_article_status(article, ArticleStatus.DONE)


def _require_reviewer(batch: ChangeBatch, refusal: Msg) -> None:
    if batch.role is not None and not reviews(batch.role):
        raise ReviewerOnly(refusal, role=batch.role)


def _require_members(session: Session, annotators: list[str]) -> None:
    """In a team library, only its members tag."""
    for annotator in annotators:
        team, role = member_store.role_of(session, annotator)
        if team and role is None:
            raise Invalid(Msg.NOT_A_MEMBER, user=annotator)


def _put(batch: ChangeBatch, action: EventAction, article_id: int, annotator: str, *, before: dict | None,
         after: dict | None) -> None:
    blind_store.put_assignment(batch.session, article_id, annotator, after)
    batch.change.assigned.add(article_id)
    batch.record(action, article_id=article_id, annotator=annotator, before=before, after=after)


# --- an editor's own layer ----------------------------------------------------------------

def _as_mention(tag: BlindTagView) -> MentionView:
    """A blind tag as the reader and the side panel show a tag: it names no entity yet."""
    return MentionView(
        id=tag.id, article_id=tag.article_id, entity_id=0, kind=tag.kind, entity=tag.surface, start=tag.start,
        end=tag.end, surface=tag.surface, origin=str(Origin.MANUAL), score=None, status="pending",
        annotator=tag.annotator, annotated_at=tag.tagged_at, reviewer=None, reviewed_at=None, comment=None)


def article_mentions(db: Database, *, article_id: int, user: str) -> list[MentionView]:
    """`user`'s blind tags of an article, in text order."""
    with db.session() as session:
        return [_as_mention(tag) for tag in blind_store.layer_tags(session, [article_id], user)]


def mention_views(db: Database, tag_ids: list[int]) -> list[MentionView]:
    """Blind tags by id (those that still exist), in text order."""
    with db.session() as session:
        return [_as_mention(tag) for tag in blind_store.tags_by_id(session, tag_ids)]


class _Layer:
    """One editor's layer of one article inside a batch: what it holds, and its changes recorded."""

    def __init__(self, batch: ChangeBatch, article_id: int):
        self.batch = batch
        self.article = editable_article(batch, article_id)
        row = blind_store.assignment_row(batch.session, article_id, batch.user)
        if row is None:
            raise Invalid(Msg.NOT_ASSIGNED, article_id=article_id, user=batch.user)
        if row["settled_at"] is not None:
            raise Invalid(Msg.ALREADY_SETTLED, article_id=article_id, user=row["settled_by"])
        if row["done_at"] is not None:
            raise Invalid(Msg.LAYER_DONE, article_id=article_id, user=batch.user)
        self.assignment = row
        self.tags = blind_store.layer_tags(batch.session, [article_id], batch.user)
        batch.change.layer = batch.user

    def tag(self, start: int, end: int, kind: Kind) -> None:
        """Tag a span; re-tagging a tag's exact span changes its kind; a span overlapping a tag is refused."""
        surface = span_text(self.article, start, end)
        clash = [t for t in self.tags if t.start < end and start < t.end]
        if clash and (clash[0].start, clash[0].end) == (start, end):
            self.rekind(clash[0], kind)
        elif clash:
            raise Invalid(Msg.SPAN_OVERLAPS, surface=surface, other=clash[0].surface)
        else:
            self._add(start, end, kind, surface)

    def tag_free(self, start: int, end: int, kind: Kind) -> bool:
        """Tag a span unless it overlaps a tag; whether it was tagged."""
        if any(t.start < end and start < t.end for t in self.tags):
            return False
        self._add(start, end, kind, span_text(self.article, start, end))
        return True

    def _add(self, start: int, end: int, kind: Kind, surface: str) -> None:
        row = blind_store.insert_tag(self.batch.session, {
            "article_id": self.article.id, "annotator": self.batch.user, "start": start, "end": end,
            "kind": str(kind), "surface": surface, "tagged_at": self.batch.at})
        self.tags.append(BlindTagView(**row))
        self.batch.record(EventAction.BLIND_TAGGED, article_id=self.article.id, tag=row)
        self.batch.change.added.append(row["id"])

    def remove(self, tag: BlindTagView) -> None:
        _remove_tag(self.batch, tag)
        self.tags.remove(tag)

    def rekind(self, tag: BlindTagView, kind: Kind) -> None:
        if tag.kind == kind:
            return
        blind_store.set_tag_kind(self.batch.session, tag.id, str(kind))
        self.batch.record(EventAction.BLIND_KIND_CHANGED, article_id=self.article.id, tag_id=tag.id,
                          annotator=tag.annotator, before=tag.kind, after=str(kind))
        self.batch.change.updated.append(tag.id)

    def find(self, tag_id: int) -> BlindTagView:
        tag = next((t for t in self.tags if t.id == tag_id), None)
        if tag is None:
            raise NotFound(Msg.NO_MENTION, mention_id=tag_id)
        return tag


def _remove_tag(batch: ChangeBatch, tag: BlindTagView) -> None:
    blind_store.delete_tag(batch.session, tag.id)
    batch.record(EventAction.BLIND_UNTAGGED, article_id=tag.article_id, tag=asdict(tag))
    batch.change.layer = tag.annotator
    batch.change.removed.append(tag.id)


def _in_layer(db: Database, article_id: int, user: str, action: str, step) -> Change:
    """Run `step(layer)` on `user`'s layer of an article as one undoable change."""
    with db.writing() as session:
        batch = ChangeBatch(session, user=user, action=action)
        step(_Layer(batch, article_id))
        return batch.finish()


def tag_mention(db: Database, *, article_id: int, start: int, end: int, kind: Kind, user: str) -> Change:
    """Tag text[start:end] as `kind` in `user`'s layer."""
    return _in_layer(db, article_id, user, "tag", lambda layer: layer.tag(start, end, Kind(kind)))


def tag_spans(db: Database, *, article_id: int, spans: list[Span], user: str) -> Change:
    """Tag many spans (accepted suggestions) in `user`'s layer, skipping any that overlap a tag."""
    return _in_layer(db, article_id, user, "tag_many",
                     lambda layer: [layer.tag_free(span.start, span.end, Kind(span.kind)) for span in spans])


def untag_mentions(db: Database, *, article_id: int, tag_ids: list[int], user: str) -> Change:
    """Remove blind tags of `user`'s layer."""
    def remove(layer: _Layer) -> None:
        for tag_id in tag_ids:
            layer.remove(layer.find(tag_id))
    return _in_layer(db, article_id, user, "untag", remove)


def change_kind(db: Database, *, article_id: int, tag_ids: list[int], kind: Kind, user: str) -> Change:
    """Give blind tags of `user`'s layer another kind."""
    def rekind(layer: _Layer) -> None:
        for tag_id in tag_ids:
            layer.rekind(layer.find(tag_id), Kind(kind))
    return _in_layer(db, article_id, user, "change_kind", rekind)


def tag_all_occurrences(db: Database, *, article_id: int, tag_id: int, user: str) -> Change:
    """Tag every other untagged occurrence of a blind tag's text in the article, in the same layer."""
    def tag_all(layer: _Layer) -> None:
        tag = layer.find(tag_id)
        for start, end in occurrences(layer.article.text, tag.surface):
            layer.tag_free(start, end, Kind(tag.kind))
    return _in_layer(db, article_id, user, "tag_all", tag_all)


def mark_done(db: Database, *, article_id: int, user: str) -> Change:
    """`user` has finished their layer; when every assigned editor has, the article goes to review
    (done). Undo opens the layer again."""
    def finish(layer: _Layer) -> None:
        batch = layer.batch
        _put(batch, EventAction.LAYER_DONE, article_id, user, before=layer.assignment,
             after={**layer.assignment, "done_at": batch.at})
        _to_review_when_finished(batch, layer.article)
    return _in_layer(db, article_id, user, "layer_done", finish)


# --- settling -------------------------------------------------------------------------

def settle(db: Database, *, article_id: int, choices: dict[int, str | None], user: str, role: str | None = None,
           expected_version: int | None = None) -> Change:
    """Make the article's tags from its editors' finished layers (one undo step): the tags they all
    made, and in each disagreement (numbered as `agreement.compare_article` numbers them) the tags of the
    editor `choices` names for it (None: no tag there). A tag overlapping one the article has
    already is skipped."""
    with db.writing() as session:
        batch = ChangeBatch(session, user=user, action="settle", role=role, expected_version=expected_version)
        _require_reviewer(batch, Msg.REVIEWER_ONLY_SETTLE)
        article = editable_article(batch, article_id)
        given = blind_store.assignments(session, [article_id])
        _check_settleable(article_id, given)
        layers = blind_store.layers(session, [article_id])[article_id]
        agreed, disagreements = compare_article([a.annotator for a in given], layers)
        annotators = sorted(a.annotator for a in given)
        _check_choices(article_id, choices, len(disagreements), set(annotators))
        settled = settled_tags(agreed, disagreements, choices, agreed_by=annotators[0])
        taken = [(m.start, m.end) for m in mention_store.article_mentions(session, article_id)]
        for tag, author in settled:
            if not any(s < tag.end and tag.start < e for s, e in taken):
                add_span(batch, article, Span(tag.start, tag.end, Kind(tag.kind)), Origin.MANUAL, settled_from=author)
                taken.append((tag.start, tag.end))
        for assignment in given:
            before = asdict(assignment)
            _put(batch, EventAction.SETTLED, article_id, assignment.annotator, before=before,
                 after={**before, "settled_by": user, "settled_at": batch.at})
        return batch.finish()


def _check_settleable(article_id: int, given: list[AssignmentView]) -> None:
    if not given:
        raise Invalid(Msg.NOT_BLIND, article_id=article_id)
    settled = next((a for a in given if a.settled_at is not None), None)
    if settled is not None:
        raise Invalid(Msg.ALREADY_SETTLED, article_id=article_id, user=settled.settled_by)
    unfinished = [a.annotator for a in given if a.done_at is None]
    if unfinished:
        raise Invalid(Msg.LAYERS_NOT_DONE, article_id=article_id, users=", ".join(unfinished))


def _check_choices(article_id: int, choices: dict[int, str | None], count: int, annotators: set[str]) -> None:
    for number in sorted(choices.keys() - set(range(1, count + 1))):
        raise Invalid(Msg.NO_DISAGREEMENT, article_id=article_id, number=number)
    for number in range(1, count + 1):
        if number not in choices:
            raise Invalid(Msg.NO_CHOICE, article_id=article_id, number=number)
        if choices[number] is not None and choices[number] not in annotators:
            raise Invalid(Msg.NOT_AN_ANNOTATOR, article_id=article_id, user=choices[number])
