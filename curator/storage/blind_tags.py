"""Assignments of articles to editors who tag them blind, and the spans of their layers."""

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, insert, select, update
from sqlmodel import Session

from curator.core.agreement import Tag
from curator.storage.db import in_lists
from curator.storage.tables import Article, Assignment, BlindTag

ASSIGNMENT_FIELDS = ("article_id", "annotator", "assigned_by", "assigned_at", "done_at", "settled_by", "settled_at")
TAG_FIELDS = ("id", "article_id", "annotator", "start", "end", "kind", "surface", "tagged_at")


@dataclass(frozen=True, slots=True)
class AssignmentView:
    article_id: int
    annotator: str
    assigned_by: str
    assigned_at: datetime
    done_at: datetime | None
    settled_by: str | None
    settled_at: datetime | None


@dataclass(frozen=True, slots=True)
class BlindTagView:
    id: int
    article_id: int
    annotator: str
    start: int
    end: int
    kind: str
    surface: str
    tagged_at: datetime


def _assignment_columns():
    return [getattr(Assignment, name) for name in ASSIGNMENT_FIELDS]


def assignments(session: Session, article_ids: Iterable[int]) -> list[AssignmentView]:
    """The assignments of some articles, by article and annotator."""
    return [view for chunk in in_lists(article_ids) for view in _assignments(session, Assignment.article_id.in_(chunk))]


def assignments_since(session: Session, since: datetime | None) -> list[AssignmentView]:
    """Every assignment made since a time (all of them without one), by article and annotator."""
    return _assignments(session, *(() if since is None else (Assignment.assigned_at >= since,)))


def _assignments(session: Session, *conditions) -> list[AssignmentView]:
    statement = select(*_assignment_columns()).where(*conditions).order_by(Assignment.article_id, Assignment.annotator)
    return [AssignmentView(*row) for row in session.execute(statement)]


def assignment_row(session: Session, article_id: int, annotator: str) -> dict | None:
    """Every column of one assignment but its id, as the history keeps it; None if there is none."""
    row = session.execute(select(*_assignment_columns()).where(
        Assignment.article_id == article_id, Assignment.annotator == annotator)).first()
    return None if row is None else dict(row._mapping)


def put_assignment(session: Session, article_id: int, annotator: str, row: dict | None) -> None:
    """Make the assignment of `article_id` to `annotator` `row` (an `assignment_row`), or end it."""
    where = (Assignment.article_id == article_id, Assignment.annotator == annotator)
    if row is None:
        session.execute(delete(Assignment).where(*where))
    elif assignment_row(session, article_id, annotator) is None:
        session.execute(insert(Assignment).values(**row))
    else:
        session.execute(update(Assignment).where(*where).values(**row))


def _tag_columns():
    return [getattr(BlindTag, name) for name in TAG_FIELDS]


def layer_tags(session: Session, article_ids: Iterable[int], annotator: str | None = None) -> list[BlindTagView]:
    """The blind tags of some articles (of one annotator's layer only, if given), by article,
    annotator and place in the text."""
    found = []
    for chunk in in_lists(article_ids):
        statement = select(*_tag_columns()).where(BlindTag.article_id.in_(chunk))
        if annotator is not None:
            statement = statement.where(BlindTag.annotator == annotator)
        statement = statement.order_by(BlindTag.article_id, BlindTag.annotator, BlindTag.start, BlindTag.end)
        found += [BlindTagView(*row) for row in session.execute(statement)]
    return found


def layers(session: Session, article_ids: Iterable[int]) -> dict[int, dict[str, list[Tag]]]:
    """The blind tags of some articles by article and annotator (an empty list for a layer without tags)."""
    found: dict[int, dict[str, list[Tag]]] = defaultdict(lambda: defaultdict(list))
    for tag in layer_tags(session, article_ids):
        found[tag.article_id][tag.annotator].append(Tag(tag.start, tag.end, tag.kind, tag.surface))
    return found


def tags_by_id(session: Session, tag_ids: Iterable[int]) -> list[BlindTagView]:
    ids = list(tag_ids)
    if not ids:
        return []
    statement = select(*_tag_columns()).where(BlindTag.id.in_(ids)).order_by(BlindTag.start, BlindTag.end)
    return [BlindTagView(*row) for row in session.execute(statement)]


def tag_row(session: Session, tag_id: int) -> dict | None:
    """Every column of one blind tag, as undo puts it back."""
    row = session.execute(select(*_tag_columns()).where(BlindTag.id == tag_id)).first()
    return None if row is None else dict(row._mapping)


def insert_tag(session: Session, row: dict) -> dict:
    """Insert a blind tag (with its old id, when undo puts it back) and return all its columns."""
    table = BlindTag.__table__
    inserted = session.execute(insert(table).values(row).returning(*(table.c[name] for name in TAG_FIELDS)))
    return dict(inserted.mappings().one())


def delete_tag(session: Session, tag_id: int) -> None:
    session.execute(delete(BlindTag).where(BlindTag.id == tag_id))


def set_tag_kind(session: Session, tag_id: int, kind: str) -> None:
    session.execute(update(BlindTag).where(BlindTag.id == tag_id).values(kind=kind))


def titles_and_lengths(session: Session, article_ids: Iterable[int]) -> dict[int, tuple[str, int]]:
    """(title, length in characters) of some articles, by id: agreement is counted over characters."""
    found = {}
    for chunk in in_lists(article_ids):
        rows = session.execute(select(Article.id, Article.title, Article.chars).where(Article.id.in_(chunk)))
        found |= {article_id: (title, chars) for article_id, title, chars in rows}
    return found
