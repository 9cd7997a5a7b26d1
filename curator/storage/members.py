"""The members of a team library and their roles."""

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, exists, insert, select, text, update
from sqlmodel import Session

from curator.storage.tables import Member

MEMBER_FIELDS = ("user", "role", "granted_by", "granted_at")


@dataclass(frozen=True, slots=True)
class MemberView:
    user: str
    role: str
    granted_by: str
    granted_at: datetime


def connection_user(session: Session) -> str | None:
    """The user a PostgreSQL server knows this connection as; None for a SQLite file, which has none."""
    if session.get_bind().dialect.name == "sqlite":
        return None
    return session.execute(text("SELECT current_user")).scalar_one()


def role_of(session: Session, user: str) -> tuple[bool, str | None]:
    """Whether the library has members at all, and `user`'s role there (None if not one): one statement."""
    statement = select(exists(select(Member.id)), select(Member.role).where(Member.user == user).scalar_subquery())
    has_members, role = session.execute(statement).one()
    return bool(has_members), role


def list_members(session: Session) -> list[MemberView]:
    rows = session.execute(select(*(getattr(Member, name) for name in MEMBER_FIELDS)).order_by(Member.user))
    return [MemberView(*row) for row in rows]


def member_row(session: Session, user: str) -> dict | None:
    """Every column of one member but its id, as the history keeps it; None for a non-member."""
    row = session.execute(select(*(getattr(Member, name) for name in MEMBER_FIELDS)).where(Member.user == user)).first()
    return None if row is None else dict(row._mapping)


def admins(session: Session) -> list[str]:
    return list(session.execute(select(Member.user).where(Member.role == "admin")).scalars())


def put_member(session: Session, user: str, row: dict | None) -> None:
    """Make `user`'s membership `row` (a `member_row`), or end it when `row` is None."""
    if row is None:
        session.execute(delete(Member).where(Member.user == user))
    elif member_row(session, user) is None:
        session.execute(insert(Member).values(**row))
    else:
        session.execute(update(Member).where(Member.user == user).values(**row))
