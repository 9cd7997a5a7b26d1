"""The registry's steps, each one function that applies it forward or takes it back.

The registry service applies a step forward and records its data as an event; undo and redo
replay the same function from that data (replays._REPLAYS), so a step and its undo cannot
drift apart. Each step says what it touched in `change`: the entities, the mentions that moved
(their views show the entity's name) and their articles (whose entity counts change).
"""

from sqlmodel import Session

from curator.storage import entities as entity_store
from curator.storage import registry as registry_store


def merge(session: Session, data: dict, change, *, forward: bool) -> None:
    """`data["entity_id"]` joins `data["into"]`: its mentions, aliases and branches follow it."""
    other, into = data["entity_id"], data["into"]
    _move(session, data["mentions"], into if forward else other, change)
    entity_store.set_columns(session, [other], merged_into=into if forward else None)
    entity_store.set_columns(session, data["aliases"], merged_into=into if forward else other)
    entity_store.set_columns(session, data["children"], parent_id=into if forward else other)
    change.entities.update((other, into))


def split(session: Session, data: dict, change, *, forward: bool) -> None:
    """Chosen mentions leave `data["entity_id"]` for `data["new_id"]`: a new row (`created`) or one
    of the entity's aliases, which becomes an entity of its own. Forward fills in `new_id`."""
    entity = data["entity_id"]
    if forward:
        if data["created"]:
            data["new_id"] = entity_store.insert_row(session, kind=data["kind"], name=data["name"], merged_into=None,
                                                     row_id=data.get("new_id"))
        else:
            entity_store.set_columns(session, [data["new_id"]], merged_into=None)
        _move(session, data["mentions"], data["new_id"], change)
    else:
        _move(session, data["mentions"], entity, change)
        if data["created"]:
            entity_store.delete_row(session, data["new_id"])
        else:
            entity_store.set_columns(session, [data["new_id"]], merged_into=entity)
    change.entities.update((entity, data["new_id"]))


def rename(session: Session, data: dict, change, *, forward: bool) -> None:
    """The entity takes `data["after"]` as its name; the old one stays as an alias, so tagging it
    again still finds the entity. When the new name was an alias, the two rows swap names."""
    entity, alias = data["entity_id"], data.get("alias_id")
    old, new = (data["before"], data["after"]) if forward else (data["after"], data["before"])
    if data["alias_created"]:
        if forward:
            entity_store.set_columns(session, [entity], name=new)
            data["alias_id"] = entity_store.insert_row(session, kind=data["kind"], name=old, merged_into=entity,
                                                       row_id=alias)
        else:
            entity_store.delete_row(session, alias)
            entity_store.set_columns(session, [entity], name=new)
    else:  # (kind, name) is unique: the alias steps aside while the entity takes its name
        entity_store.set_columns(session, [alias], name=f"\uffff{alias}")  # no name holds U+FFFF; PostgreSQL refuses a NUL
        entity_store.set_columns(session, [entity], name=new)
        entity_store.set_columns(session, [alias], name=old)
    change.entities.add(entity)


def set_parent(session: Session, data: dict, change, *, forward: bool) -> None:
    entity_store.set_columns(session, [data["entity_id"]], parent_id=data["after" if forward else "before"])
    change.entities.add(data["entity_id"])


def decide_proposal(session: Session, data: dict, change, *, forward: bool) -> None:
    registry_store.set_proposal_status(session, data["proposal_id"], data["after" if forward else "before"])
    change.entities.update(data["entities"])


def _move(session: Session, mentions: list[list[int]], entity_id: int, change) -> None:
    """Point mentions ([mention id, article id] pairs) at an entity."""
    if mentions:
        entity_store.move_mentions(session, [mention_id for mention_id, _ in mentions], entity_id)
        change.updated += [mention_id for mention_id, _ in mentions]
        change.article_ids.update(article_id for _, article_id in mentions)
