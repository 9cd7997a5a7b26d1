"""Tagging: create, remove and re-kind mentions; every call returns what changed and can be undone."""

import re

from sqlmodel import Session

from curator.core.types import ArticleStatus, Kind, MentionStatus, Origin
from curator.services.changes import Change, ChangeBatch
from curator.services.library import NotFound
from curator.storage import articles as article_store
from curator.storage import entities as entity_store
from curator.storage import mentions as mention_store
from curator.storage.db import Database
from curator.storage.mentions import MentionView
from curator.storage.tables import Article

# Editing any of these moves the article (back) to in_progress: it must be submitted again.
_REOPENED_BY_EDIT = {ArticleStatus.NEW, ArticleStatus.DONE, ArticleStatus.CHANGES_REQUESTED}


class ReadOnlyArticle(ValueError):
    """An approved article cannot be changed until a reviewer reopens it."""


def _editable_article(session: Session, article_id: int) -> Article:
    article = article_store.get_article(session, article_id)
    if article is None:
        raise NotFound(f"no article with id {article_id}")
    if article.status == ArticleStatus.APPROVED:
        raise ReadOnlyArticle(f"article {article_id} is approved; a reviewer must reopen it before it changes")
    return article


def _mark_in_progress(batch: ChangeBatch, article: Article) -> None:
    if article.status in _REOPENED_BY_EDIT:
        batch.set_article_status(article.id, ArticleStatus.IN_PROGRESS)


def _check_span(article: Article, start: int, end: int) -> str:
    if not 0 <= start < end <= len(article.text):
        raise ValueError(f"span {start}-{end} is outside article {article.id} (0-{len(article.text)})")
    surface = article.text[start:end]
    if not surface.strip():
        raise ValueError("cannot tag blank text")
    return surface


def _mention_row(batch: ChangeBatch, *, article_id: int, start: int, end: int, surface: str, kind: Kind,
                 origin: Origin, score: float | None, entity_name: str | None = None) -> dict:
    entity = entity_store.get_or_create_entity(batch.session, kind=str(kind), name=entity_name or surface)
    return {
        "article_id": article_id, "entity_id": entity.id, "start": start, "end": end, "surface": surface,
        "origin": str(origin), "score": score, "status": str(MentionStatus.PENDING),
        "annotator": batch.user, "annotated_at": batch.at,
    }


def tag_mention(db: Database, *, article_id: int, start: int, end: int, kind: Kind, user: str,
                origin: Origin = Origin.MANUAL, score: float | None = None) -> Change:
    """Tag text[start:end] as `kind`. Re-tagging the exact span of a mention changes its kind."""
    with db.session() as session:
        article = _editable_article(session, article_id)
        surface = _check_span(article, start, end)
        batch = ChangeBatch(session, user=user, action="tag")
        clashes = mention_store.overlapping(session, article_id, start, end)
        same = [m for m in clashes if (m.start, m.end) == (start, end)]
        if same:
            _rekind(batch, same[0], kind)
        elif clashes:
            raise ValueError(f"{surface} overlaps the tag {clashes[0].surface}; remove that tag first")
        else:
            action = "suggestion_accepted" if origin == Origin.SUGGESTED else "tagged"
            row = _mention_row(batch, article_id=article_id, start=start, end=end, surface=surface,
                               kind=kind, origin=origin, score=score)
            batch.add_mention(row, action=action)
        _mark_in_progress(batch, article)
        return batch.finish()


def _rekind(batch: ChangeBatch, mention: MentionView, kind: Kind) -> None:
    if mention.kind == kind:
        return
    entity = entity_store.get_or_create_entity(batch.session, kind=str(kind), name=mention.entity)
    batch.update_mention(mention.id, "kind_changed", entity_id=entity.id)


def _existing_mention(session: Session, mention_id: int) -> MentionView:
    mention = mention_store.mention_view(session, mention_id)
    if mention is None:
        raise NotFound(f"no mention with id {mention_id}")
    return mention


def untag_mention(db: Database, *, mention_id: int, user: str) -> Change:
    """Remove one mention."""
    return untag_mentions(db, mention_ids=[mention_id], user=user)


def untag_mentions(db: Database, *, mention_ids: list[int], user: str) -> Change:
    """Remove several mentions at once (one undo step)."""
    with db.session() as session:
        batch = ChangeBatch(session, user=user, action="untag")
        for mention_id in mention_ids:
            mention = _existing_mention(session, mention_id)
            article = _editable_article(session, mention.article_id)
            batch.remove_mention(mention_id)
            _mark_in_progress(batch, article)
        return batch.finish()


def change_kind(db: Database, *, mention_ids: list[int], kind: Kind, user: str) -> Change:
    """Give mentions another kind (one undo step)."""
    with db.session() as session:
        batch = ChangeBatch(session, user=user, action="change_kind")
        for mention_id in mention_ids:
            mention = _existing_mention(session, mention_id)
            article = _editable_article(session, mention.article_id)
            _rekind(batch, mention, kind)
            _mark_in_progress(batch, article)
        return batch.finish()


def occurrences(text: str, name: str) -> list[tuple[int, int]]:
    """Every non-overlapping (start, end) of `name` in `text`."""
    return [(m.start(), m.end()) for m in re.finditer(re.escape(name), text)] if name else []


def tag_all_occurrences(db: Database, *, mention_id: int, user: str) -> Change:
    """Tag every other untagged occurrence of a mention's text in its article with the same entity."""
    with db.session() as session:
        mention = _existing_mention(session, mention_id)
        article = _editable_article(session, mention.article_id)
        batch = ChangeBatch(session, user=user, action="tag_all")
        taken = [(m.start, m.end) for m in mention_store.article_mentions(session, article.id)]
        for start, end in occurrences(article.text, mention.surface):
            if any(s < end and start < e for s, e in taken):
                continue
            row = _mention_row(batch, article_id=article.id, start=start, end=end, surface=mention.surface,
                               kind=Kind(mention.kind), origin=Origin.MANUAL, score=None,
                               entity_name=mention.entity)
            batch.add_mention(row)
            taken.append((start, end))
        if batch.change.added:
            _mark_in_progress(batch, article)
        return batch.finish()


def article_mentions(db: Database, article_id: int) -> list[MentionView]:
    """An article's mentions in text order."""
    with db.session() as session:
        return mention_store.article_mentions(session, article_id)
