"""Where a shared library is: a PostgreSQL server's host, port, database and user (issue 15).

The window's form and its title speak of these parts; the engine takes a URL. The password is
never part of what is shown or remembered: `url` puts it in only for the connection.
"""

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

DEFAULT_PORT = 5432
SCHEMES = ("postgresql", "postgres")


@dataclass(frozen=True, slots=True)
class ServerAddress:
    host: str
    database: str
    user: str
    port: int = DEFAULT_PORT

    def url(self, password: str = "") -> str:
        """The URL to open, as `curator --db` takes it. A host that is a folder is the server's
        Unix socket there, which a URL carries as a parameter."""
        socket = self.host.startswith("/")
        url = URL.create("postgresql", username=self.user, password=password or None, database=self.database,
                         host=None if socket else self.host, port=None if socket else self.port,
                         query={"host": self.host, "port": str(self.port)} if socket else {})
        return url.render_as_string(hide_password=False)

    @property
    def shown(self) -> str:
        """How a title names the library: user@host:port/database, never a password."""
        return f"{self.user}@{self.host}:{self.port}/{self.database}"

    @staticmethod
    def of(location: str) -> "ServerAddress | None":
        """The parts of a server's URL (whatever its driver); None for a file's path or a URL
        that names no server library."""
        if not is_server(location):
            return None
        try:
            url = make_url(location)
        except ArgumentError:
            return None
        host = url.query.get("host") or url.host or ""
        port = url.port or int(url.query.get("port") or DEFAULT_PORT)
        return ServerAddress(host=str(host), database=url.database or "", user=url.username or "", port=port)


def is_server(location: str) -> bool:
    """Whether a location names a library on a server rather than a file."""
    return location.split(":", 1)[0].split("+", 1)[0] in SCHEMES


def with_password(location: str, password: str) -> str:
    """A server's URL with the password the user just typed."""
    return make_url(location).set(password=password).render_as_string(hide_password=False)


def without_password(location: str) -> str:
    """A location as it may be remembered: a server's URL loses its password, a path is kept."""
    if not is_server(location):
        return location
    # URL.set skips None: the URL is a named tuple, and _replace is how one clears a part.
    return make_url(location)._replace(password=None).render_as_string(hide_password=False)


def library_name(location: str) -> str:
    """A short name for a title: a file's name, or a server library's user@host:port/database."""
    address = ServerAddress.of(location)
    return address.shown if address is not None else Path(location).name
