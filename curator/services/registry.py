"""Changing the registry: merge, split, rename, set a parent, decide alias proposals.

Each call is one undoable step recorded with who and when (registry_steps applies it, the
same function replays it), and returns the Change the views refresh from.
"""

from sqlmodel import Session

from curator.core.errors import Invalid, Msg
from curator.core.types import EventAction, Kind
from curator.nlp.short_forms import likely_aliases
from curator.services import registry_steps as steps
from curator.services.changes import Change, ChangeBatch
from curator.services.library import NotFound
from curator.storage import entities as entity_store
from curator.storage import registry as registry_store
from curator.storage.db import Database
from curator.storage.registry import Proposal
from curator.storage.tables import Entity


class RegistryRefused(Invalid):
    """A registry change that would not make sense (merging an entity into itself…)."""


def _entity(session: Session, entity_id: int) -> Entity:
    """An entity of the registry (not an alias) by id, or NotFound."""
    row = entity_store.get_entity(session, entity_id)
    if row is None or row.merged_into is not None:
        raise NotFound(Msg.NO_ENTITY, entity_id=entity_id)
    return row


def merge(db: Database, *, keep: int, others: list[int], user: str) -> Change:
    """The `others` become names of `keep`: their mentions, aliases and branches follow it."""
    with db.writing() as session:
        batch = ChangeBatch(session, user=user, action="merge")
        _merge(session, batch, keep, others)
        return batch.finish()


def _merge(session: Session, batch: ChangeBatch, keep: int, others: list[int]) -> None:
    kept = _entity(session, keep)
    for other_id in dict.fromkeys(others):
        other = _entity(session, other_id)
        if other.id == kept.id:
            raise RegistryRefused(Msg.MERGE_INTO_ITSELF, entity_id=keep)
        if other.kind != kept.kind:
            raise RegistryRefused(Msg.MERGE_KINDS, kind=other.kind, into=kept.kind)
        if other.id in entity_store.ancestors(session, kept.id):
            raise RegistryRefused(Msg.MERGE_ANCESTOR, entity=kept.name, other=other.name)
        data = {
            "entity_id": other.id, "into": kept.id,
            "mentions": [[m, a] for m, a, _ in entity_store.entity_mentions(session, [other.id])],
            "aliases": [row.id for row in entity_store.alias_rows(session, [other.id]).get(other.id, [])],
            "children": entity_store.child_ids(session, other.id),
        }
        steps.merge(session, data, batch.change, forward=True)
        batch.record_library(EventAction.ENTITY_MERGED, data)


def split(db: Database, *, entity_id: int, mention_ids: list[int], user: str, name: str | None = None) -> Change:
    """Chosen mentions leave the entity for a new one, named `name` (the first one's text by default).
    A name that was one of the entity's aliases becomes that new entity."""
    with db.writing() as session:
        entity = _entity(session, entity_id)
        chosen = set(mention_ids)
        mentions = {m: a for m, a, _owner in entity_store.entity_mentions(session, [entity_id]) if m in chosen}
        missing = sorted(chosen - mentions.keys())
        if missing or not mention_ids:
            raise RegistryRefused(Msg.NOT_ITS_MENTION, mention_id=missing[0] if missing else "?", entity_id=entity_id)
        name = (name or registry_store.mention_surface(session, mention_ids[0])).strip()
        data = {"entity_id": entity_id, "kind": entity.kind, "name": name, "new_id": None, "created": True,
                "mentions": [[m, mentions[m]] for m in sorted(mentions)]}
        existing = entity_store.row_named(session, kind=entity.kind, name=name)
        if existing is not None:
            if existing.merged_into != entity_id:
                raise RegistryRefused(Msg.NAME_TAKEN, name=name, entity_id=existing.merged_into or existing.id)
            data.update(new_id=existing.id, created=False)
        batch = ChangeBatch(session, user=user, action="split")
        steps.split(session, data, batch.change, forward=True)
        batch.record_library(EventAction.ENTITY_SPLIT, data)
        return batch.finish()


def rename(db: Database, *, entity_id: int, name: str, user: str) -> Change:
    """Give the entity a new canonical name; its old name stays one of its aliases."""
    name = name.strip()
    with db.writing() as session:
        entity = _entity(session, entity_id)
        if not name:
            raise RegistryRefused(Msg.BLANK_NAME)
        if name == entity.name:
            raise RegistryRefused(Msg.SAME_NAME, entity_id=entity_id, name=name)
        existing = entity_store.row_named(session, kind=entity.kind, name=name)
        if existing is not None and existing.merged_into != entity_id:
            raise RegistryRefused(Msg.NAME_TAKEN, name=name, entity_id=existing.merged_into or existing.id)
        data = {"entity_id": entity_id, "kind": entity.kind, "before": entity.name, "after": name,
                "alias_id": existing.id if existing else None, "alias_created": existing is None}
        batch = ChangeBatch(session, user=user, action="rename")
        steps.rename(session, data, batch.change, forward=True)
        batch.record_library(EventAction.ENTITY_RENAMED, data)
        return batch.finish()


def set_parent(db: Database, *, entity_id: int, parent_id: int | None, user: str) -> Change:
    """Put a branch under its bank (or take it out with None)."""
    with db.writing() as session:
        entity = _entity(session, entity_id)
        if parent_id is not None:
            parent = _entity(session, parent_id)
            if Kind.INSTITUTION not in (entity.kind, parent.kind) or entity.kind != parent.kind:
                raise RegistryRefused(Msg.PARENT_KINDS)
            if parent_id == entity_id or entity_id in entity_store.ancestors(session, parent_id):
                raise RegistryRefused(Msg.PARENT_LOOP, parent=parent.name, entity=entity.name)
        data = {"entity_id": entity_id, "before": entity.parent_id, "after": parent_id}
        batch = ChangeBatch(session, user=user, action="set_parent")
        steps.set_parent(session, data, batch.change, forward=True)
        batch.record_library(EventAction.ENTITY_PARENT_SET, data)
        return batch.finish()


def proposals(db: Database) -> list[Proposal]:
    """Alias proposals waiting for an editor. The institutions' names are looked over first and
    new likely pairs recorded (a pair decided once is never proposed again), so this writes."""
    with db.writing() as session:
        names = entity_store.names_by_key(session, Kind.INSTITUTION)
        used = entity_store.used_entity_ids(session, Kind.INSTITUTION)
        pairs: dict[tuple[int, int], str] = {}
        for entity, alias, reason in likely_aliases(names):
            if entity in used and alias in used:
                pairs.setdefault((entity, alias), reason)  # a short form before a missing place
        registry_store.add_proposals(session, [(e, a, reason) for (e, a), reason in pairs.items()])
        return registry_store.proposals(session, status="proposed", standing=True)


def decide_proposal(db: Database, *, proposal_id: int, confirm: bool, user: str) -> Change:
    """Confirm (the alias's entity merges into the entity) or dismiss (never proposed again)."""
    with db.writing() as session:
        found = registry_store.proposals(session, proposal_id=proposal_id)
        if not found or found[0].status != "proposed":
            raise NotFound(Msg.NO_OPEN_PROPOSAL, proposal_id=proposal_id)
        proposal = found[0]
        batch = ChangeBatch(session, user=user, action="confirm_alias" if confirm else "dismiss_alias")
        if confirm:
            _merge(session, batch, proposal.entity_id, [proposal.alias_id])
        data = {"proposal_id": proposal_id, "before": "proposed", "after": "confirmed" if confirm else "dismissed",
                "entities": [proposal.entity_id, proposal.alias_id]}
        steps.decide_proposal(session, data, batch.change, forward=True)
        batch.record_library(EventAction.ALIAS_PROPOSAL_DECIDED, data)
        return batch.finish()
