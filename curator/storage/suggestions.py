"""Rejected suggestions, and the tagged spans the suggestion model learns from."""

from collections.abc import Iterator

from sqlalchemy import delete, func, insert, select
from sqlmodel import Session

from curator.storage.tables import Article, Entity, Mention, RejectedSuggestion

REJECTION_FIELDS = ("article_id", "start", "end", "kind", "name", "user", "at")


def add_rejection(session: Session, row: dict) -> bool:
    """Remember a rejected span; False (and nothing written) when it was already rejected."""
    exists = session.execute(
        select(RejectedSuggestion.id).where(
            RejectedSuggestion.article_id == row["article_id"], RejectedSuggestion.start == row["start"],
            RejectedSuggestion.end == row["end"], RejectedSuggestion.kind == row["kind"],
        )
    ).first()
    if exists is None:
        session.execute(insert(RejectedSuggestion), [row])
    return exists is None


def article_rejections(session: Session, article_ids: list[int]) -> dict[int, list[dict]]:
    """The rejected suggestions of these articles (at most IN_LIST), by article, as rows
    `add_rejection` takes back."""
    rows = session.execute(
        select(*(getattr(RejectedSuggestion, name) for name in REJECTION_FIELDS))
        .where(RejectedSuggestion.article_id.in_(article_ids)).order_by(RejectedSuggestion.id)
    ).all()
    found: dict[int, list[dict]] = {}
    for row in rows:
        found.setdefault(row.article_id, []).append(dict(zip(REJECTION_FIELDS, row, strict=True)))
    return found


def remove_rejection(session: Session, *, article_id: int, start: int, end: int, kind: str) -> None:
    session.execute(
        delete(RejectedSuggestion).where(
            RejectedSuggestion.article_id == article_id, RejectedSuggestion.start == start,
            RejectedSuggestion.end == end, RejectedSuggestion.kind == kind,
        )
    )


def rejected_spans(session: Session, article_id: int) -> set[tuple[int, int, str]]:
    rows = session.execute(
        select(RejectedSuggestion.start, RejectedSuggestion.end, RejectedSuggestion.kind)
        .where(RejectedSuggestion.article_id == article_id)
    )
    return {(start, end, kind) for start, end, kind in rows}


def blocked_names(session: Session, *, threshold: int) -> set[tuple[str, str]]:
    """Names rejected (or untagged) in at least `threshold` articles and in more articles than they are tagged in."""
    articles = func.count(func.distinct(RejectedSuggestion.article_id))
    rejected = {(name, kind): count for name, kind, count in session.execute(
        select(RejectedSuggestion.name, RejectedSuggestion.kind, articles)
        .group_by(RejectedSuggestion.name, RejectedSuggestion.kind).having(articles >= threshold)
    )}
    if not rejected:
        return set()
    tagged = {(name, kind): count for name, kind, count in session.execute(
        select(Mention.surface, Entity.kind, func.count(func.distinct(Mention.article_id)))
        .join(Entity, Entity.id == Mention.entity_id)
        .where(Mention.surface.in_({name for name, _ in rejected}), Mention.status != "rejected")
        .group_by(Mention.surface, Entity.kind)
    )}
    return {key for key, count in rejected.items() if count > tagged.get(key, 0)}


def rejection_count(session: Session) -> int:
    return session.execute(select(func.count(RejectedSuggestion.id))).scalar_one()


def lexicon_version(session: Session) -> tuple[int, int, int]:
    """Changes whenever a mention or a name is added or removed: the lexicon cache key."""
    mentions = session.execute(select(func.max(Mention.id), func.count(Mention.id))).one()
    names = session.execute(select(func.count(Entity.id))).scalar_one()
    return (mentions[0] or 0, mentions[1], names)


def training_examples(session: Session) -> Iterator[tuple[str, list[tuple[int, int, str]]]]:
    """Each article with tags: its text and its (start, end, kind) spans; rejected mentions left out."""
    article_ids = session.execute(select(Mention.article_id).where(Mention.status != "rejected").distinct()).scalars()
    for article_id in list(article_ids):
        text = session.execute(select(Article.text).where(Article.id == article_id)).scalar_one()
        spans = session.execute(
            select(Mention.start, Mention.end, Entity.kind).join(Entity, Entity.id == Mention.entity_id)
            .where(Mention.article_id == article_id, Mention.status != "rejected").order_by(Mention.start)
        )
        yield text, [(start, end, kind) for start, end, kind in spans]
