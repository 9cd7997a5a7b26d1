"""Reading the registry as the entity browser, the command line and the reports show it."""

from collections import Counter
from dataclasses import asdict

from curator.core.errors import Msg
from curator.nlp.affiliations import TaggedSpan, affiliations
from curator.services.history import utc_iso
from curator.services.library import NotFound
from curator.storage import entities as entity_store
from curator.storage import registry as registry_store
from curator.storage.db import Database
from curator.storage.registry import EntityTotals, Proposal



def _entry(totals: EntityTotals, aliases: dict[int, list[str]]) -> dict:
    return {
        "id": totals.id, "kind": totals.kind, "name": totals.name, "aliases": aliases.get(totals.id, []),
        "parent": totals.parent_id, "articles": totals.articles, "mentions": totals.mentions,
        "first_seen": _day(totals.first_seen), "last_seen": _day(totals.last_seen),
    }


def _day(value) -> str | None:
    return value.date().isoformat() if value is not None else None


def entities(db: Database, *, kind: str | None = None, search: str | None = None) -> list[dict]:
    """Every entity with mentions (or with branches), with its aliases and counts; `search` matches
    any of its names in either script."""
    with db.session() as session:
        found = registry_store.entity_totals(session, kind=kind, search=search)
        aliases = registry_store.alias_names(session)
    return [_entry(totals, aliases) for totals in found]


def entity_detail(db: Database, entity_id: int) -> dict:
    """One entity as the browser opens it: names, family, concordance, months, company, affiliations."""
    with db.session() as session:
        row = entity_store.get_entity(session, entity_id)
        if row is None or row.merged_into is not None:
            raise NotFound(Msg.NO_ENTITY, entity_id=entity_id)
        totals = registry_store.entity_totals(session, entity_ids=[entity_id])
        occurrences = registry_store.occurrences(session, entity_id)
        company = registry_store.cooccurring(session, entity_id)
        children = entity_store.child_ids(session, entity_id)
        parent = [row.parent_id] if row.parent_id is not None else []
        names = entity_store.entity_rows(session, [c for c, _ in company] + children + parent)
        detail = _entry(totals[0], registry_store.alias_names(session, [entity_id])) if totals else {
            "id": row.id, "kind": row.kind, "name": row.name, "aliases": [], "parent": row.parent_id,
            "articles": 0, "mentions": 0, "first_seen": None, "last_seen": None}
        detail["affiliations"] = _affiliations(session, entity_id, {o.article_id for o in occurrences})
    detail["parent_name"] = names[row.parent_id].name if parent else None  # the browser names it
    detail["children"] = [{"id": c, "name": names[c].name} for c in children]
    detail["by_month"] = dict(sorted(Counter(o.published.strftime("%Y-%m") for o in occurrences if o.published).items()))
    detail["cooccurring"] = [{"id": c, "name": names[c].name, "kind": names[c].kind, "articles": n} for c, n in company]
    # The list replaces the count here (`len` gives it back), as the command line's contract says.
    detail["mentions"] = [_occurrence(o) for o in occurrences]
    return detail


def _occurrence(o) -> dict:
    # A line break in the context would break the concordance's one line per mention.
    before, after = (" ".join(part.split()) for part in (o.before, o.after))
    return {"id": o.id, "article_id": o.article_id, "title": o.title, "published": utc_iso(o.published),
            "surface": o.surface, "start": o.start, "end": o.end, "context": before + o.surface + after,
            "before": before, "after": after}


def _affiliations(session, entity_id: int, article_ids: set[int]) -> list[dict]:
    """Where a figure works, or who works at an institution, as the articles state it."""
    spans: dict[int, list[TaggedSpan]] = {}
    for article_id, start, end, owner, owner_kind in registry_store.article_mentions(session, article_ids):
        spans.setdefault(article_id, []).append(TaggedSpan(start, end, owner, owner_kind))
    texts = registry_store.article_texts(session, spans)
    seen = []
    for article_id, tagged in spans.items():
        for found in affiliations(texts[article_id], tagged):
            if entity_id in (found.figure_id, found.institution_id):
                seen.append({**asdict(found), "article_id": article_id})
    names = entity_store.entity_rows(session, {i[k] for i in seen for k in ("figure_id", "institution_id")})
    for item in seen:
        item.update(figure=names[item["figure_id"]].name, institution=names[item["institution_id"]].name)
    return seen


def proposal_dict(proposal: Proposal) -> dict:
    return asdict(proposal)
