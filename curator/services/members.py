"""The members of a team library: who they are and their roles (editor, reviewer, admin).

A library without members is one person's and keeps the role each user chooses. The first grant
makes it a team's: the user who grants becomes its first admin in the same change (someone must
be able to grant and revoke), and from then on the services act in each member's stored role
(services.roles). On PostgreSQL the first user to open a new library becomes its admin
(`found_team`). Every grant and revocation is in the history, and undo takes it back.
"""

from collections.abc import Callable

from curator.core.clock import now
from curator.core.errors import CuratorError, Invalid, Msg
from curator.core.types import EventAction, Role
from curator.services.changes import Change, ChangeBatch
from curator.services.library import NotFound, is_server
from curator.storage import members as member_store
from curator.storage.db import Database
from curator.storage.members import MemberView

__all__ = ["MemberView", "acting_user", "found_team", "grant", "list_members", "revoke", "stored_role", "window_user"]


class AdminOnly(CuratorError, PermissionError):
    """A user who is not an admin asked to grant or revoke a role."""


class NotYourLogin(CuratorError, PermissionError):
    """A login of a server library asked to act under another member's name."""


def list_members(db: Database) -> list[MemberView]:
    """The library's members by name (none in a library nobody shared)."""
    with db.session() as session:
        return member_store.list_members(session)


def stored_role(db: Database, user: str) -> str | None:
    """The role `user` holds in a team library (what the services act in, whatever they chose);
    None in a library without members, or for a user who is not one."""
    with db.session() as session:
        return member_store.role_of(session, user)[1]


def grant(db: Database, *, member: str, role: str, user: str) -> Change:
    """Give `member` the role `role` (another one if they had one), as `user`, an admin."""
    try:
        role = Role(role)
    except ValueError:
        raise Invalid(Msg.NOT_A_ROLE, role=role) from None
    with db.writing() as session:
        batch = ChangeBatch(session, user=user, action="grant", role=None)
        if batch.role is None:  # nobody's library yet: whoever shares it first administers it
            _set(batch, user, Role.ADMIN)
        elif batch.role != Role.ADMIN:
            raise AdminOnly(Msg.ADMIN_ONLY, role=batch.role)
        _keep_an_admin(batch, member, role)
        _set(batch, member, role)
        return batch.finish()


def revoke(db: Database, *, member: str, user: str) -> Change:
    """End `member`'s membership, as `user`, an admin; the last admin stays."""
    with db.writing() as session:
        batch = ChangeBatch(session, user=user, action="revoke", role=None)
        if batch.role != Role.ADMIN:
            raise AdminOnly(Msg.ADMIN_ONLY, role=batch.role or Role.EDITOR)
        if member_store.member_row(session, member) is None:
            raise NotFound(Msg.NOT_A_MEMBER, user=member)
        _keep_an_admin(batch, member, None)
        _set(batch, member, None)
        return batch.finish()


def acting_user(db: Database, *, login: str | None, default: Callable[[], str]) -> str:
    """Who changes are recorded under: the name given (`--user`), else the user the PostgreSQL
    server knows the connection as, else `default()` (the settings' name, the system login).

    On a server the name given must be the connection's (NotYourLogin): a member would otherwise
    act in another member's role. Only a login that may act for the tables' owner, and so could
    write any row anyway, records under another name (an import on someone's behalf, the tests).
    The first user of a new PostgreSQL library becomes its admin here: a server's library is a
    team's from the start."""
    with db.session() as session:
        server_user = member_store.connection_user(session)
        if login not in (None, server_user) and server_user is not None and not member_store.speaks_for_owner(session):
            raise NotYourLogin(Msg.NOT_YOUR_LOGIN, user=login, login=server_user)
    user = login or server_user or default()
    if db.created and server_user is not None:
        found_team(db, user=user)
    return user


def window_user(db: Database, *, given: str | None) -> str | None:
    """The name a window records changes under when the library decides it: on a server the
    login, or `given` (`--user`) as `acting_user` allows, the first user of a new library becoming
    its admin; on a file `given`, None leaving it to the name chosen in Settings."""
    if not is_server(db.location):
        return given
    return acting_user(db, login=given, default=lambda: "")  # a server always names the connection's user


def found_team(db: Database, *, user: str) -> bool:
    """Make `user` the admin of a library that has no members yet (the first user of a new
    PostgreSQL library); False when it has members already."""
    with db.writing() as session:
        if member_store.list_members(session):
            return False
        batch = ChangeBatch(session, user=user, action="grant")
        _set(batch, user, Role.ADMIN)
        batch.finish()
        return True


def _keep_an_admin(batch: ChangeBatch, member: str, role: str | None) -> None:
    if role != Role.ADMIN and member_store.admins(batch.session) == [member]:
        raise Invalid(Msg.LAST_ADMIN, user=member)


def _set(batch: ChangeBatch, member: str, role: str | None) -> None:
    """Record and make `member`'s membership: `role`, or none."""
    before = member_store.member_row(batch.session, member)
    after = None if role is None else {"user": member, "role": str(role), "granted_by": batch.user, "granted_at": now()}
    member_store.put_member(batch.session, member, after)
    action = EventAction.MEMBER_REVOKED if role is None else EventAction.MEMBER_GRANTED
    batch.record_library(action, {"user": member, "before": before, "after": after})
