"""The registry's rows: entities, the aliases merged into them, and the mentions that point at them.

An entity row whose `merged_into` is empty is an entity; a row merged into another is one of its
names (an alias). Mentions point at entities only, so counting stays one GROUP BY.
"""

from collections.abc import Iterable

from sqlalchemy import bindparam, delete, func, insert, or_, select, update
from sqlmodel import Session

from curator.core.script import name_key
from curator.storage.db import IN_LIST
from curator.storage.tables import Entity, Mention

_ENTITY = Entity.__table__
_CANONICAL = func.coalesce(_ENTITY.c.merged_into, _ENTITY.c.id)


def entity_id(session: Session, *, kind: str, name: str) -> int:
    """The entity `name` of `kind` belongs to, in one statement (tagging's budget).

    A new spelling of a known name (工商銀行 beside 工商银行) becomes an alias of that entity; a
    new name becomes an entity of its own.
    """
    from sqlalchemy.dialects import postgresql, sqlite  # PostgreSQL's loads when first tagging, not with the window

    dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    key = name_key(name)
    same_key = _ENTITY.alias("same_key")
    known = (
        select(func.coalesce(same_key.c.merged_into, same_key.c.id))
        .where(same_key.c.kind == kind, same_key.c.key == key).order_by(same_key.c.id).limit(1).scalar_subquery()
    )
    # DO UPDATE rather than DO NOTHING: only then does RETURNING give the existing row.
    statement = (
        dialect.insert(_ENTITY).values(kind=kind, name=name, key=key, merged_into=known)
        .on_conflict_do_update(index_elements=["kind", "name"], set_={"name": name})
        .returning(_CANONICAL)
    )
    return session.execute(statement).scalar_one()


def entity_ids(session: Session, names: Iterable[tuple[str, str]]) -> dict[tuple[str, str], int]:
    """The entity each (kind, name) belongs to, by `entity_id`'s rule, for a whole import batch.

    A look-up per IN_LIST / 2 names, and one insert each of new entities and of new aliases
    (the bulk import's budget). Of new names sharing a key, the first one given becomes the
    entity and the others its aliases, as when they are tagged one by one in that order.
    """
    keys = {pair: name_key(pair[1]) for pair in dict.fromkeys(names)}
    found, first_by_key = _known_rows(session, keys)
    new = {pair: key for pair, key in keys.items() if pair not in found}
    _insert_new(session, new, first_by_key)
    return found | {(kind, name): first_by_key[kind, key] for (kind, name), key in new.items()}


def _insert_new(session: Session, names: dict[tuple[str, str], str], first_by_key: dict[tuple[str, str], int]) -> None:
    """Rows for the names the registry lacks: an entity for each new key, named by its first name,
    and an alias for every other name. `first_by_key` gets the new entities."""
    leaders: dict[tuple[str, str], str] = {}  # (kind, key) → the name of its new entity
    for (kind, name), key in names.items():
        if (kind, key) not in first_by_key:
            leaders.setdefault((kind, key), name)
    if leaders:
        rows = [{"kind": kind, "name": name, "key": key, "merged_into": None} for (kind, key), name in leaders.items()]
        inserted = session.execute(insert(_ENTITY).returning(_ENTITY.c.id, _ENTITY.c.kind, _ENTITY.c.key), rows)
        first_by_key.update(((kind, key), row_id) for row_id, kind, key in inserted)
    aliases = [{"kind": kind, "name": name, "key": key, "merged_into": first_by_key[kind, key]}
               for (kind, name), key in names.items() if leaders.get((kind, key)) != name]
    if aliases:
        session.execute(insert(_ENTITY), aliases)


_OF_KINDS = _ENTITY.c.kind.in_(bindparam("kinds", expanding=True))
# The kind in each branch: only so does SQLite search both indexes instead of every row of a kind.
_KNOWN_ROWS = select(_ENTITY.c.id, _ENTITY.c.kind, _ENTITY.c.name, _ENTITY.c.key, _CANONICAL).where(or_(
    _OF_KINDS & _ENTITY.c.key.in_(bindparam("keys", expanding=True)),
    _OF_KINDS & _ENTITY.c.name.in_(bindparam("names", expanding=True)),
))


def _known_rows(session: Session, keys: dict[tuple[str, str], str]) -> tuple[dict, dict]:
    """The entity of each (kind, name) already in the registry, and of each (kind, key) (of a key's
    rows, the oldest leads, as in `entity_id`). Rows are looked for by name too: a key stored before
    the folding changed must not make a known name new."""
    kinds, pairs = sorted({kind for kind, _ in keys}), list(keys.items())
    rows: set[tuple] = set()
    for i in range(0, len(pairs), IN_LIST // 2):
        part = pairs[i : i + IN_LIST // 2]
        found = session.execute(_KNOWN_ROWS, {"kinds": kinds, "keys": sorted({key for _, key in part}),
                                              "names": sorted({name for (_, name), _ in part})})
        rows.update(map(tuple, found.all()))
    named: dict[tuple[str, str], int] = {}
    first_by_key: dict[tuple[str, str], int] = {}
    for _id, kind, name, key, entity in sorted(rows):
        first_by_key.setdefault((kind, key), entity)
        if (kind, name) in keys:
            named[kind, name] = entity
    return named, first_by_key


def get_entity(session: Session, entity_id: int | None) -> Entity | None:
    return session.get(Entity, entity_id) if entity_id is not None else None


def entity_rows(session: Session, ids: Iterable[int]) -> dict[int, Entity]:
    return {row.id: row for row in session.exec(select(Entity).where(Entity.id.in_(list(ids)))).scalars()}


def row_named(session: Session, *, kind: str, name: str) -> Entity | None:
    return session.exec(select(Entity).where(Entity.kind == kind, Entity.name == name)).scalars().first()


def alias_rows(session: Session, entity_ids: Iterable[int]) -> dict[int, list[Entity]]:
    """The alias rows merged into each of `entity_ids`."""
    found: dict[int, list[Entity]] = {}
    for row in session.exec(select(Entity).where(Entity.merged_into.in_(list(entity_ids))).order_by(Entity.id)).scalars():
        found.setdefault(row.merged_into, []).append(row)
    return found


def child_ids(session: Session, entity_id: int) -> list[int]:
    return list(session.execute(select(Entity.id).where(Entity.parent_id == entity_id).order_by(Entity.id)).scalars())


def ancestors(session: Session, entity_id: int) -> list[int]:
    """The entity's parent, its parent's parent…, nearest first (stops at a loop, which set_parent prevents)."""
    chain: list[int] = []
    parent = session.execute(select(Entity.parent_id).where(Entity.id == entity_id)).scalar_one_or_none()
    while parent is not None and parent not in chain:
        chain.append(parent)
        parent = session.execute(select(Entity.parent_id).where(Entity.id == parent)).scalar_one_or_none()
    return chain


def insert_row(session: Session, *, kind: str, name: str, merged_into: int | None, row_id: int | None = None) -> int:
    """A new row (an entity, or an alias when `merged_into` is given); `row_id` when redo puts one back."""
    values = {"kind": kind, "name": name, "key": name_key(name), "merged_into": merged_into}
    if row_id is not None:
        values["id"] = row_id
    return session.execute(insert(_ENTITY).values(**values).returning(_ENTITY.c.id)).scalar_one()


def delete_row(session: Session, row_id: int) -> None:
    session.execute(delete(_ENTITY).where(_ENTITY.c.id == row_id))


def set_columns(session: Session, row_ids: Iterable[int], **values) -> None:
    """Set columns of some rows; a new `name` brings its key along."""
    if "name" in values:
        values["key"] = name_key(values["name"])
    session.execute(update(_ENTITY).where(_ENTITY.c.id.in_(list(row_ids))).values(**values))


def move_mentions(session: Session, mention_ids: Iterable[int], entity_id: int) -> list[tuple[int, int]]:
    """Point mentions at another entity; returns (mention id, article id) of each moved."""
    table = Mention.__table__
    statement = (update(table).where(table.c.id.in_(list(mention_ids))).values(entity_id=entity_id)
                 .returning(table.c.id, table.c.article_id))
    return [tuple(row) for row in session.execute(statement)]


def entity_mentions(session: Session, entity_ids: Iterable[int]) -> list[tuple[int, int, int]]:
    """(mention id, article id, entity id) of every mention of the entities."""
    statement = (select(Mention.id, Mention.article_id, Mention.entity_id)
                 .where(Mention.entity_id.in_(list(entity_ids))).order_by(Mention.id))
    return [tuple(row) for row in session.execute(statement)]


def lexicon(session: Session) -> list[tuple[str, str]]:
    """(name, kind) of every entity that has at least one mention, and of each of its aliases."""
    used = select(Mention.entity_id).distinct()
    return [tuple(row) for row in session.execute(select(Entity.name, Entity.kind).where(_CANONICAL.in_(used)))]


def matching_entities(text: str):
    """Ids of the entities one of whose names holds `text` (folded: either script, either width)."""
    return select(_CANONICAL).where(_ENTITY.c.key.contains(name_key(text), autoescape=True))


def names_by_key(session: Session, kind: str) -> dict[str, int]:
    """Every name's key of `kind` with the entity it leads to (alias rows lead to their entity)."""
    rows = session.execute(select(Entity.key, _CANONICAL).where(Entity.kind == kind).order_by(Entity.id))
    found: dict[str, int] = {}
    for key, entity in rows:
        found.setdefault(key, entity)
    return found


def used_entity_ids(session: Session, kind: str) -> set[int]:
    """The entities of `kind` that have mentions."""
    statement = select(Mention.entity_id).join(Entity, Entity.id == Mention.entity_id).where(Entity.kind == kind).distinct()
    return set(session.execute(statement).scalars())

