"""Who may do what: the one place a service learns the role it acts in.

A library without members is one person's, and a user acts in the role they chose (the window's
settings, `--role`; None acts as both, for scripts). Once a library has members it is a team's:
each user's role is the one stored for them, whatever they chose, and a user who is not a member
changes nothing.
"""

from sqlmodel import Session

from curator.core.errors import CuratorError, Msg
from curator.storage import members as member_store


class NotAMember(CuratorError, PermissionError):
    """A user who is not a member of a team library asked to change it."""


def acting_role(session: Session, user: str, chosen: str | None) -> str | None:
    """The role `user` acts in: the stored one in a team library (NotAMember without one), else `chosen`."""
    team, stored = member_store.role_of(session, user)
    if not team:
        return chosen
    if stored is None:
        raise NotAMember(Msg.NOT_A_MEMBER, user=user)
    return stored
