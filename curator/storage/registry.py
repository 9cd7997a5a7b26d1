"""Reading the registry: entities with their counts, and one entity's concordance and company.

Every list is a set-based query (one GROUP BY over the mentions), never a query per entity.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import case, func, insert, select, update
from sqlmodel import Session

from curator.storage import entities as entity_store
from curator.storage.tables import AliasProposal, Article, Entity, Mention

CONTEXT_CHARS = 20  # characters of text shown each side of a mention in the concordance


@dataclass(frozen=True, slots=True)
class EntityTotals:
    id: int
    kind: str
    name: str
    parent_id: int | None
    articles: int
    mentions: int
    first_seen: datetime | None
    last_seen: datetime | None


@dataclass(frozen=True, slots=True)
class Occurrence:
    """One mention in the concordance: where it is and the text around it."""

    id: int
    article_id: int
    title: str
    published: datetime | None
    surface: str
    start: int
    end: int
    before: str
    after: str


def entity_totals(session: Session, *, kind: str | None = None, search: str | None = None,
                  entity_ids: Iterable[int] | None = None) -> list[EntityTotals]:
    """Entities with mentions, or with branches under them, and their counts; by name. The counts
    are kept on the entity rows (by triggers, see migration 0005, and by one grouped statement in a
    bulk tagged import, see mentions.insert_first_mentions): no mention is read here."""
    parents = select(Entity.parent_id).where(Entity.parent_id.is_not(None))
    statement = (
        select(Entity.id, Entity.kind, Entity.name, Entity.parent_id, Entity.n_articles, Entity.n_mentions,
               Entity.first_seen, Entity.last_seen)
        .where(Entity.merged_into.is_(None), (Entity.n_mentions > 0) | Entity.id.in_(parents))
        .order_by(Entity.kind, Entity.name)
    )
    if kind is not None:
        statement = statement.where(Entity.kind == kind)
    if search:
        statement = statement.where(Entity.id.in_(entity_store.matching_entities(search)))
    if entity_ids is not None:
        statement = statement.where(Entity.id.in_(list(entity_ids)))
    return [EntityTotals(*row) for row in session.execute(statement)]


def alias_names(session: Session, entity_ids: Iterable[int] | None = None) -> dict[int, list[str]]:
    """The aliases of each entity, oldest first."""
    statement = select(Entity.merged_into, Entity.name).where(Entity.merged_into.is_not(None)).order_by(Entity.id)
    if entity_ids is not None:
        statement = statement.where(Entity.merged_into.in_(list(entity_ids)))
    found: dict[int, list[str]] = {}
    for entity, name in session.execute(statement):
        found.setdefault(entity, []).append(name)
    return found


def occurrences(session: Session, entity_id: int) -> list[Occurrence]:
    """Every mention of the entity with its context, newest article first (undated ones last)."""
    # substr counts characters (code points) in SQLite and PostgreSQL alike: offsets stay exact.
    first = case((Mention.start > CONTEXT_CHARS, Mention.start - CONTEXT_CHARS), else_=0)
    statement = (
        select(Mention.id, Mention.article_id, Article.title, Article.published, Mention.surface, Mention.start,
               Mention.end, func.substr(Article.text, first + 1, Mention.start - first),
               func.substr(Article.text, Mention.end + 1, CONTEXT_CHARS))
        .join(Article, Article.id == Mention.article_id)
        .where(Mention.entity_id == entity_id)
        .order_by(Article.published.is_(None), Article.published.desc(), Mention.article_id, Mention.start)
    )
    return [Occurrence(*row) for row in session.execute(statement)]


def cooccurring(session: Session, entity_id: int, *, limit: int = 20) -> list[tuple[int, int]]:
    """(entity id, shared articles) of the entities most often in the same articles as this one."""
    mine = select(Mention.article_id).where(Mention.entity_id == entity_id).distinct()
    shared = func.count(func.distinct(Mention.article_id))
    statement = (
        select(Mention.entity_id, shared).where(Mention.article_id.in_(mine), Mention.entity_id != entity_id)
        .group_by(Mention.entity_id).order_by(shared.desc(), Mention.entity_id).limit(limit)
    )
    return [tuple(row) for row in session.execute(statement)]


def article_mentions(session: Session, article_ids: Iterable[int]) -> list[tuple[int, int, int, int, str]]:
    """(article id, start, end, entity id, kind) of every mention of some articles, in text order."""
    statement = (
        select(Mention.article_id, Mention.start, Mention.end, Mention.entity_id, Entity.kind)
        .join(Entity, Entity.id == Mention.entity_id)
        .where(Mention.article_id.in_(list(article_ids))).order_by(Mention.article_id, Mention.start)
    )
    return [tuple(row) for row in session.execute(statement)]


def article_texts(session: Session, article_ids: Iterable[int]) -> dict[int, str]:
    return dict(session.execute(select(Article.id, Article.text).where(Article.id.in_(list(article_ids)))).all())


@dataclass(frozen=True, slots=True)
class Proposal:
    id: int
    entity_id: int
    entity: str
    alias_id: int
    alias: str
    kind: str
    reason: str
    status: str


def proposals(session: Session, *, status: str | None = None, proposal_id: int | None = None,
              standing: bool = False) -> list[Proposal]:
    """Alias proposals with their two names (the entity's and the proposed alias's); `standing`: only
    those whose two entities are still entities (not merged since, by hand or by another proposal)."""
    entity, alias = Entity.__table__.alias("entity"), Entity.__table__.alias("alias")
    table = AliasProposal.__table__
    statement = (
        select(table.c.id, table.c.entity_id, entity.c.name, table.c.alias_id, alias.c.name, entity.c.kind,
               table.c.reason, table.c.status)
        .join(entity, entity.c.id == table.c.entity_id).join(alias, alias.c.id == table.c.alias_id)
        .order_by(table.c.id)
    )
    if status is not None:
        statement = statement.where(table.c.status == status)
    if proposal_id is not None:
        statement = statement.where(table.c.id == proposal_id)
    if standing:
        statement = statement.where(entity.c.merged_into.is_(None), alias.c.merged_into.is_(None))
    return [Proposal(*row) for row in session.execute(statement)]


def add_proposals(session: Session, pairs: Iterable[tuple[int, int, str]]) -> int:
    """Propose (entity id, alias id, reason) pairs not proposed before, whatever was decided then."""
    table = AliasProposal.__table__
    known = {tuple(row) for row in session.execute(select(table.c.entity_id, table.c.alias_id))}
    rows = [{"entity_id": e, "alias_id": a, "reason": r, "status": "proposed"} for e, a, r in pairs if (e, a) not in known]
    if rows:
        session.execute(insert(table), rows)
    return len(rows)


def set_proposal_status(session: Session, proposal_id: int, status: str) -> None:
    table = AliasProposal.__table__
    session.execute(update(table).where(table.c.id == proposal_id).values(status=status))


def mention_surface(session: Session, mention_id: int) -> str:
    return session.execute(select(Mention.surface).where(Mention.id == mention_id)).scalar_one()
