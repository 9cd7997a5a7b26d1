"""Subcommands of the entity registry: entities, entity, merge, split, rename, set-parent, aliases, alias.

Every change is one step of the history: `curator undo` takes it back.

Each handler imports the services it calls: building the parser loads none of them (issue 16).
"""

from curator.cli.output import add_json_flag, change_dict, database, emit, user_name
from curator.core.types import Kind


def register(commands) -> None:
    listing = commands.add_parser("entities", help="list the registry's institutions and figures with their counts")
    listing.add_argument("--kind", choices=[k.value for k in Kind])
    listing.add_argument("--search", metavar="TEXT", help="a part of any of their names, in either script")
    add_json_flag(listing)
    listing.set_defaults(handler=run_entities)

    one = commands.add_parser("entity", help="one entity: names, family, mentions in context, months, company")
    one.add_argument("entity_id", type=int, metavar="ID")
    add_json_flag(one)
    one.set_defaults(handler=run_entity)

    merge = commands.add_parser("merge", help="merge entities into the first: their names become its aliases")
    merge.add_argument("keep", type=int, metavar="KEEP_ID")
    merge.add_argument("others", type=int, nargs="+", metavar="OTHER_ID")
    add_json_flag(merge)
    merge.set_defaults(handler=run_merge)

    split = commands.add_parser("split", help="move some mentions of an entity to a new entity")
    split.add_argument("entity_id", type=int, metavar="ENTITY_ID")
    split.add_argument("--mentions", type=int, nargs="+", required=True, metavar="ID")
    split.add_argument("--name", metavar="NAME", help="the new entity's name (default: the first mention's text)")
    add_json_flag(split)
    split.set_defaults(handler=run_split)

    rename = commands.add_parser("rename", help="change an entity's canonical name (the old one stays an alias)")
    rename.add_argument("entity_id", type=int, metavar="ID")
    rename.add_argument("name", metavar="NAME")
    add_json_flag(rename)
    rename.set_defaults(handler=run_rename)

    parent = commands.add_parser("set-parent", help="put a branch under its bank ('none' takes it out)")
    parent.add_argument("entity_id", type=int, metavar="ID")
    parent.add_argument("parent", metavar="PARENT_ID|none")
    add_json_flag(parent)
    parent.set_defaults(handler=run_set_parent)

    aliases = commands.add_parser("aliases", help="aliases proposed for confirmation (short forms, names without their place)")
    aliases.add_argument("--proposed", action="store_true", help="only the proposals waiting for a decision (the default)")
    add_json_flag(aliases)
    aliases.set_defaults(handler=run_aliases)

    alias = commands.add_parser("alias", help="confirm or dismiss an alias proposal")
    alias.add_argument("decision", choices=["confirm", "dismiss"])
    alias.add_argument("proposal_id", type=int, metavar="PROPOSAL_ID")
    add_json_flag(alias)
    alias.set_defaults(handler=run_alias)


def _entity_line(e: dict) -> str:
    aliases = f"  （{'、'.join(e['aliases'])}）" if e["aliases"] else ""
    seen = f"  {e['first_seen']} – {e['last_seen']}" if e["first_seen"] else ""
    mentions = e["mentions"] if isinstance(e["mentions"], int) else len(e["mentions"])  # one entity: the list
    return f"{e['id']:>6}  {e['kind']:<11} {e['articles']:>5} articles {mentions:>6} mentions  {e['name']}{aliases}{seen}"


def run_entities(args) -> int:
    from curator.services import registry_views

    rows = registry_views.entities(database(args), kind=args.kind, search=args.search)
    emit(rows, args.json, lambda rows: "\n".join(map(_entity_line, rows)))
    return 0


def _entity_text(e: dict) -> str:
    lines = [_entity_line(e)]
    if e["parent"] is not None:
        lines.append(f"  parent: {e['parent']}")
    lines += [f"  branch: {c['id']} {c['name']}" for c in e["children"]]
    lines += [f"  {a['figure']} — {a['institution']}, {a['role']} (article {a['article_id']})" for a in e["affiliations"]]
    lines += [f"  {month}: {count}" for month, count in e["by_month"].items()]
    lines += [f"  with {c['name']} ({c['kind']}) in {c['articles']} article(s)" for c in e["cooccurring"]]
    lines += [f"  [{m['article_id']}] {m['before']}【{m['surface']}】{m['after']}" for m in e["mentions"]]
    return "\n".join(lines)


def run_entity(args) -> int:
    from curator.services import registry_views

    emit(registry_views.entity_detail(database(args), args.entity_id), args.json, _entity_text)
    return 0


def _done(args, change, what: str) -> int:
    emit(change_dict(change), args.json, lambda d: f"{what}: {len(d['entities'])} entities, {len(d['updated'])} mentions moved")
    return 0


def run_merge(args) -> int:
    from curator.services import registry

    return _done(args, registry.merge(database(args), keep=args.keep, others=args.others, user=user_name(args)), "merged")


def run_split(args) -> int:
    from curator.services import registry

    change = registry.split(database(args), entity_id=args.entity_id, mention_ids=args.mentions, name=args.name,
                            user=user_name(args))
    return _done(args, change, "split")


def run_rename(args) -> int:
    from curator.services import registry

    return _done(args, registry.rename(database(args), entity_id=args.entity_id, name=args.name, user=user_name(args)),
                 "renamed")


def run_set_parent(args) -> int:
    from curator.services import registry

    parent = None if args.parent.lower() == "none" else int(args.parent)
    return _done(args, registry.set_parent(database(args), entity_id=args.entity_id, parent_id=parent,
                                           user=user_name(args)), "parent set")


def _proposal_line(p: dict) -> str:
    return f"{p['id']:>6}  {p['alias']} → {p['entity']}  ({p['reason']}; entities {p['alias_id']} → {p['entity_id']})"


def run_aliases(args) -> int:
    from curator.services import registry, registry_views

    rows = [registry_views.proposal_dict(p) for p in registry.proposals(database(args))]
    emit(rows, args.json, lambda rows: "\n".join(map(_proposal_line, rows)) or "no alias proposals")
    return 0


def run_alias(args) -> int:
    from curator.services import registry

    change = registry.decide_proposal(database(args), proposal_id=args.proposal_id, confirm=args.decision == "confirm",
                                      user=user_name(args))
    return _done(args, change, "confirmed" if args.decision == "confirm" else "dismissed")
