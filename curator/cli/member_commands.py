"""Subcommands of a team library's members: members, grant, revoke.

Each handler imports the services it calls: building the parser loads none of them (issue 16).
"""

from curator.cli.output import add_json_flag, cell, change_dict, database, emit, user_name
from curator.core.types import Role


def register(commands) -> None:
    listing = commands.add_parser("members", help="the library's members and their roles")
    add_json_flag(listing)
    listing.set_defaults(handler=run_members)

    grant = commands.add_parser("grant", help="give a user a role (admins; the first grant makes you the admin)")
    grant.add_argument("member", metavar="USER")
    grant.add_argument("role", choices=[r.value for r in Role], metavar="ROLE", help="editor, reviewer or admin")
    add_json_flag(grant)
    grant.set_defaults(handler=run_grant)

    revoke = commands.add_parser("revoke", help="end a user's membership (admins)")
    revoke.add_argument("member", metavar="USER")
    add_json_flag(revoke)
    revoke.set_defaults(handler=run_revoke)


def _member_dict(member) -> dict:
    from curator.services.history import utc_iso

    return {"user": member.user, "role": member.role, "granted_by": member.granted_by,
            "granted_at": utc_iso(member.granted_at)}


def _members_text(rows: list[dict]) -> str:
    if not rows:
        return "no members: everyone acts in the role they choose (curator grant USER ROLE shares the library)"
    return "\n".join(f"{cell(r['user'], 16)} {cell(r['role'], 9)} granted by {r['granted_by']} at {r['granted_at']}"
                     for r in rows)


def run_members(args) -> int:
    from curator.services import members

    emit([_member_dict(m) for m in members.list_members(database(args))], args.json, _members_text)
    return 0


def run_grant(args) -> int:
    from curator.services import members

    db = database(args)
    change = members.grant(db, member=args.member, role=args.role, user=user_name(args))
    emit(change_dict(change) | {"members": [_member_dict(m) for m in members.list_members(db)]}, args.json,
         lambda d: f"{args.member} is now {args.role}")
    return 0


def run_revoke(args) -> int:
    from curator.services import members

    db = database(args)
    change = members.revoke(db, member=args.member, user=user_name(args))
    emit(change_dict(change) | {"members": [_member_dict(m) for m in members.list_members(db)]}, args.json,
         lambda d: f"{args.member} is no longer a member")
    return 0
