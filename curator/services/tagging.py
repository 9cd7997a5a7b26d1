"""Tagging: create, remove and re-kind mentions; every call returns what changed and can be undone."""

import re
from dataclasses import dataclass

from sqlmodel import Session

from curator.core.errors import Invalid, Msg
from curator.core.types import ArticleStatus, EventAction, Kind, MentionStatus, Origin, reviews
from curator.nlp.name_shape import NameDoubt, name_doubt
from curator.services.changes import Change, ChangeBatch, ReadOnlyArticle
from curator.services.library import NotFound
from curator.storage import articles as article_store
from curator.storage import entities as entity_store
from curator.storage import mentions as mention_store
from curator.storage.db import Database
from curator.storage.mentions import MentionView
from curator.storage.tables import Article

# name_doubt is asked before tagging (the window confirms, the command line warns); MentionView is
# what the views show of a tag; ReadOnlyArticle is raised for an approved article (undo raises it too).
__all__ = ["MentionView", "NameDoubt", "ReadOnlyArticle", "name_doubt"]

# Editing any of these moves the article (back) to in_progress: it must be submitted again.
# A reviewer's fix of a submitted (done) article is part of the review and leaves it in the queue.
_REOPENED_BY_EDIT = {ArticleStatus.NEW, ArticleStatus.DONE, ArticleStatus.CHANGES_REQUESTED}


def editable_article(batch: ChangeBatch, article_id: int) -> Article:
    """The article, if it exists, is as the caller saw it and may change (NotFound, Conflict,
    ReadOnlyArticle otherwise)."""
    return _editable(batch.seen(article_store.get_article(batch.session, article_id)), article_id)


def editable_articles(batch: ChangeBatch, article_ids: list[int]) -> list[Article]:
    """`editable_article` of each, read in one query per IN list."""
    found = article_store.get_articles(batch.session, article_ids)
    return [_editable(batch.seen(found.get(article_id)), article_id) for article_id in article_ids]


def _editable(article: Article | None, article_id: int) -> Article:
    if article is None:
        raise NotFound(Msg.NO_ARTICLE, article_id=article_id)
    if article.status == ArticleStatus.APPROVED:
        raise ReadOnlyArticle(Msg.ARTICLE_APPROVED, article_id=article_id)
    return article


def _mark_in_progress(batch: ChangeBatch, article: Article) -> None:
    status = batch.status_of(article)
    if reviews(batch.role) and status == ArticleStatus.DONE:
        return
    if status in _REOPENED_BY_EDIT:
        batch.set_article_status(article, ArticleStatus.IN_PROGRESS)


def span_text(article: Article, start: int, end: int) -> str:
    """The text of a span to tag (Invalid if it lies outside the article or is blank)."""
    if not 0 <= start < end <= len(article.text):
        raise Invalid(Msg.SPAN_OUTSIDE, start=start, end=end, article_id=article.id, length=len(article.text))
    surface = article.text[start:end]
    if not surface.strip():
        raise Invalid(Msg.BLANK_SPAN)
    return surface


def add_span(batch: ChangeBatch, article: Article, span: "Span", origin: Origin, *, entity_name: str | None = None,
             settled_from: str | None = None) -> None:
    """Tag a span no tag overlaps, as an entity of `entity_name` (the span's own text by default),
    in the batch's user's name; or, settling, in the name of the editor whose blind tag it was
    (`settled_from`), recorded as the batch's user settling it, not tagging it."""
    surface = span_text(article, span.start, span.end)
    entity_id = entity_store.entity_id(batch.session, kind=str(span.kind), name=entity_name or surface)
    row = {
        "article_id": article.id, "entity_id": entity_id, "start": span.start, "end": span.end, "surface": surface,
        "origin": str(origin), "score": span.score, "status": str(MentionStatus.PENDING),
        "annotator": settled_from or batch.user, "annotated_at": batch.at,
    }
    batch.add_mention(row, action=_tagging_action(origin, settled_from))


def _tagging_action(origin: Origin, settled_from: str | None) -> EventAction:
    if settled_from is not None:
        return EventAction.TAG_SETTLED
    return EventAction.SUGGESTION_ACCEPTED if origin == Origin.SUGGESTED else EventAction.TAGGED


def _overlaps(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in taken)


@dataclass(frozen=True, slots=True)
class Span:
    """A span to tag: code-point offsets into an article's text, a kind, and a suggestion's score."""

    start: int
    end: int
    kind: Kind
    score: float | None = None


def tag_mention(db: Database, *, article_id: int, start: int, end: int, kind: Kind, user: str,
                origin: Origin = Origin.MANUAL, score: float | None = None, role: str | None = None,
                expected_version: int | None = None) -> Change:
    """Tag text[start:end] as `kind`. Re-tagging the exact span of a mention changes its kind;
    a span overlapping another tag is refused. One read, then one statement per write.

    Every service here that changes an article takes `expected_version`, the article's version the
    caller's view showed: a Conflict says who changed it since, and nothing is written."""
    with db.writing() as session:
        batch = ChangeBatch(session, user=user, action="tag", role=role, expected_version=expected_version)
        article, clashes = mention_store.article_and_overlaps(session, article_id, start, end)
        article = _editable(batch.seen(article), article_id)
        same = [m for m in clashes if (m.start, m.end) == (start, end)]
        if same:
            _rekind(batch, same[0], Kind(kind))
        elif clashes:
            raise Invalid(Msg.SPAN_OVERLAPS, surface=span_text(article, start, end), other=clashes[0].surface)
        else:
            add_span(batch, article, Span(start, end, Kind(kind), score), origin)
        _mark_in_progress(batch, article)
        return batch.finish()


def tag_spans(db: Database, *, article_id: int, spans: list[Span], user: str,
              origin: Origin = Origin.SUGGESTED, role: str | None = None,
              expected_version: int | None = None) -> Change:
    """Tag many spans of one article in one undo step, skipping any that overlap a tag."""
    with db.writing() as session:
        batch = ChangeBatch(session, user=user, action="tag_many", role=role, expected_version=expected_version)
        article = editable_article(batch, article_id)
        taken = [(m.start, m.end) for m in mention_store.article_mentions(session, article_id)]
        for span in spans:
            if not _overlaps(taken, span.start, span.end):
                add_span(batch, article, span, origin)
                taken.append((span.start, span.end))
        if batch.change.added:
            _mark_in_progress(batch, article)
        return batch.finish()


def _rekind(batch: ChangeBatch, mention: MentionView, kind: Kind) -> None:
    if mention.kind == kind:
        return
    entity_id = entity_store.entity_id(batch.session, kind=str(kind), name=mention.entity)
    # A fix of a rejected tag goes back to the reviewer.
    review = {"status": str(MentionStatus.PENDING)} if mention.status == MentionStatus.REJECTED else {}
    batch.update_mention(mention.id, EventAction.KIND_CHANGED, entity_id=entity_id, **review)


def _existing_mention(session: Session, mention_id: int) -> MentionView:
    mention = mention_store.mention_view(session, mention_id)
    if mention is None:
        raise NotFound(Msg.NO_MENTION, mention_id=mention_id)
    return mention


def untag_mention(db: Database, *, mention_id: int, user: str, role: str | None = None,
                  expected_version: int | None = None) -> Change:
    """Remove one mention."""
    return untag_mentions(db, mention_ids=[mention_id], user=user, role=role, expected_version=expected_version)


def untag_mentions(db: Database, *, mention_ids: list[int], user: str, role: str | None = None,
                   expected_version: int | None = None) -> Change:
    """Remove several mentions at once (one undo step).

    A removed tag counts as a rejected suggestion of that span: it is not proposed again in the
    article, and a name removed or rejected in several articles stops being proposed anywhere.
    """
    with db.writing() as session:
        batch = ChangeBatch(session, user=user, action="untag", role=role, expected_version=expected_version)
        for mention_id in mention_ids:
            mention = _existing_mention(session, mention_id)
            article = editable_article(batch, mention.article_id)
            batch.remove_mention(mention_id)
            batch.reject_suggestion({
                "article_id": article.id, "start": mention.start, "end": mention.end, "kind": str(mention.kind),
                "name": mention.surface, "user": user, "at": batch.at,
            })
            _mark_in_progress(batch, article)
        return batch.finish()


def change_kind(db: Database, *, mention_ids: list[int], kind: Kind, user: str, role: str | None = None,
                expected_version: int | None = None) -> Change:
    """Give mentions another kind (one undo step)."""
    with db.writing() as session:
        batch = ChangeBatch(session, user=user, action="change_kind", role=role, expected_version=expected_version)
        for mention_id in mention_ids:
            mention = _existing_mention(session, mention_id)
            article = editable_article(batch, mention.article_id)
            _rekind(batch, mention, kind)
            _mark_in_progress(batch, article)
        return batch.finish()


def occurrences(text: str, name: str) -> list[tuple[int, int]]:
    """Every non-overlapping (start, end) of `name` in `text`."""
    return [(m.start(), m.end()) for m in re.finditer(re.escape(name), text)] if name else []


def _tag_occurrences(batch: ChangeBatch, article: Article, name: str, kind: Kind, entity_name: str,
                     origin: Origin) -> None:
    taken = [(m.start, m.end) for m in mention_store.article_mentions(batch.session, article.id)]
    added_before = len(batch.change.added)
    for start, end in occurrences(article.text, name):
        if not _overlaps(taken, start, end):
            add_span(batch, article, Span(start, end, kind), origin, entity_name=entity_name)
            taken.append((start, end))
    if len(batch.change.added) > added_before:
        _mark_in_progress(batch, article)


def tag_all_occurrences(db: Database, *, mention_id: int, user: str, role: str | None = None,
                        expected_version: int | None = None) -> Change:
    """Tag every other untagged occurrence of a mention's text in its article with the same entity."""
    with db.writing() as session:
        batch = ChangeBatch(session, user=user, action="tag_all", role=role, expected_version=expected_version)
        mention = _existing_mention(session, mention_id)
        article = editable_article(batch, mention.article_id)
        _tag_occurrences(batch, article, mention.surface, Kind(mention.kind), mention.entity, Origin.MANUAL)
        return batch.finish()


def tag_name_everywhere(db: Database, *, name: str, kind: Kind, user: str,
                        origin: Origin = Origin.MANUAL, role: str | None = None) -> Change:
    """Tag every untagged occurrence of `name` in the whole library (approved articles excepted).

    `origin` SUGGESTED records an accepted suggestion, as when an editor accepts a name everywhere.
    """
    with db.writing() as session:
        batch = ChangeBatch(session, user=user, action="tag_everywhere", role=role)
        for article_id in article_store.ids_containing(session, name):
            article = article_store.get_article(session, article_id)
            if article.status != ArticleStatus.APPROVED:
                _tag_occurrences(batch, article, name, Kind(kind), name, origin)
        return batch.finish()


def mention_views(db: Database, mention_ids: list[int]) -> list[MentionView]:
    """Mentions by id (those that still exist), as the views show them."""
    with db.session() as session:
        return mention_store.mention_views(session, mention_ids)


def article_mentions(db: Database, article_id: int) -> list[MentionView]:
    """An article's mentions in text order."""
    with db.session() as session:
        return mention_store.article_mentions(session, article_id)
