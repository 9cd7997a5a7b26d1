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


def speaks_for_owner(session: Session) -> bool:
    """Whether this connection's login may act for the owner of the library's tables (the owner, a
    superuser); True on a SQLite file, whose user owns it."""
    if session.get_bind().dialect.name == "sqlite":
        return True
    return bool(session.execute(text(
        "SELECT pg_has_role(current_user, tableowner, 'MEMBER') FROM pg_tables"
        " WHERE tablename = 'article' AND schemaname = current_schema()")).scalar())


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
    if session.get_bind().dialect.name == "postgresql":
        _server_access(session, user, None if row is None else row["role"])


def _server_access(session: Session, user: str, role: str | None) -> None:
    """On a server, a member with a login of their own may read and write the library's tables (an
    admin may pass that on to others); one who is no longer a member may not. The tables' owner,
    who made the library, keeps them whatever happens; a name with no login has nothing to change.

    The tables an upgrade makes later are the owner's too: when the login granting may act for
    the owner (the owner, a superuser), the owner's default privileges give them to the member as
    well, and a revocation takes those back. Another admin's grant covers today's tables only."""
    found = session.execute(text(
        "SELECT tableowner, pg_has_role(current_user, tableowner, 'MEMBER') FROM pg_tables"
        " WHERE tablename = 'article' AND schemaname = current_schema() AND tableowner <> :user"
        " AND EXISTS (SELECT FROM pg_roles WHERE rolname = :user)"), {"user": user}).first()
    if found is None:
        return
    owner, for_owner = found
    quote = session.get_bind().dialect.identifier_preparer.quote
    name, schema = quote(user), quote(session.execute(text("SELECT current_schema()")).scalar())
    later = f"ALTER DEFAULT PRIVILEGES FOR ROLE {quote(owner)} IN SCHEMA {schema}" if for_owner else None
    passing_on = " WITH GRANT OPTION" if role == "admin" else ""
    for objects, privileges in (("TABLES", "SELECT, INSERT, UPDATE, DELETE"), ("SEQUENCES", "USAGE, SELECT")):
        session.execute(text(f"REVOKE ALL ON ALL {objects} IN SCHEMA {schema} FROM {name}" if role is None else
                             f"GRANT {privileges} ON ALL {objects} IN SCHEMA {schema} TO {name}{passing_on}"))
        if later:  # revoked first: an admin made an editor passes nothing on to the tables made later
            session.execute(text(f"{later} REVOKE ALL ON {objects} FROM {name}"))
            if role is not None:
                session.execute(text(f"{later} GRANT {privileges} ON {objects} TO {name}{passing_on}"))

