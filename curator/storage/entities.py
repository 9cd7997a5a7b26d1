"""Entities and their aliases."""

from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session

from curator.storage.tables import Entity, EntityAlias, Mention


def entity_id(session: Session, *, kind: str, name: str) -> int:
    """The id of the entity `kind`/`name`, made if it is new, in one statement (tagging's budget)."""
    dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    # DO UPDATE rather than DO NOTHING: only then does RETURNING give the existing row's id.
    statement = (
        dialect.insert(Entity.__table__).values(kind=kind, name=name)
        .on_conflict_do_update(index_elements=["kind", "name"], set_={"name": name})
        .returning(Entity.__table__.c.id)
    )
    return session.execute(statement).scalar_one()


def get_entity(session: Session, entity_id: int) -> Entity | None:
    return session.get(Entity, entity_id)


def add_alias(session: Session, *, entity_id: int, alias: str) -> None:
    exists = session.exec(
        select(EntityAlias.id).where(EntityAlias.entity_id == entity_id, EntityAlias.alias == alias)
    ).first()
    if exists is None:
        session.add(EntityAlias(entity_id=entity_id, alias=alias))


def lexicon(session: Session) -> list[tuple[str, str]]:
    """(name, kind) of every entity that has at least one mention, and of each alias of those."""
    used = select(Mention.entity_id).distinct().subquery()
    names = session.execute(select(Entity.name, Entity.kind).where(Entity.id.in_(select(used))))
    aliases = session.execute(
        select(EntityAlias.alias, Entity.kind)
        .join(Entity, Entity.id == EntityAlias.entity_id)
        .where(Entity.id.in_(select(used)))
    )
    return [(name, kind) for name, kind in names] + [(alias, kind) for alias, kind in aliases]
