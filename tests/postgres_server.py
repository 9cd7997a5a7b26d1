"""A real PostgreSQL server for the tests (issue 15): the storage, services and command-line tests
run on it as well as on SQLite.

`CURATOR_TEST_POSTGRES` names a server to use (a URL whose user may create databases). Without
it, a private server is made for the test run from the PostgreSQL installed on the machine
(`initdb` on the PATH or under /usr/lib/postgresql), in a temporary folder, listening on a Unix
socket there only; as root it runs as the `postgres` user, since PostgreSQL refuses to run as root.
With no PostgreSQL at all the PostgreSQL half is skipped, unless `CURATOR_REQUIRE_POSTGRES` is
set (CI sets it), which makes the missing server an error.

Each test gets a database of its own, copied from a template that was migrated once.
"""

import glob
import itertools
import os
import pwd
import shutil
import subprocess
import tempfile
from pathlib import Path

import psycopg
from sqlalchemy.engine import make_url



class PostgresUnavailable(Exception):
    """No PostgreSQL server can be had on this machine."""


def _binaries() -> Path:
    found = shutil.which("initdb")
    if found:
        return Path(found).parent
    versions = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parts[-3]))
    if not versions:
        raise PostgresUnavailable("no PostgreSQL found (install Debian's postgresql package)")
    return Path(versions[-1]).parent


class PrivateServer:
    """A throwaway PostgreSQL cluster in a temporary folder, stopped and removed by `stop`."""

    def __init__(self):
        self.bin = _binaries()
        self.folder = Path(tempfile.mkdtemp(prefix="curator-pg-"))
        self.data = self.folder / "data"
        self.user = None
        if os.geteuid() == 0:
            self.user = pwd.getpwnam("postgres")
            os.chown(self.folder, self.user.pw_uid, self.user.pw_gid)
        self._run("initdb", "-D", str(self.data), "-U", "postgres", "--auth=trust", "-E", "UTF8",
                  "--locale=C.UTF-8", "--no-sync")
        self._options = f"-k {self.folder} -h '' -F -c fsync=off -c full_page_writes=off -c max_connections=200"
        self._run("pg_ctl", "-D", str(self.data), "-o", self._options, "-l", str(self.folder / "log"), "-w", "start")
        self.url = f"postgresql+psycopg://postgres@/postgres?host={self.folder}"

    def _run(self, program: str, *args: str) -> None:
        command = [str(self.bin / program), *args]
        if self.user is not None:
            command = ["runuser", "-u", "postgres", "--", *command]
        subprocess.run(command, check=True, capture_output=True)

    def restart(self) -> None:
        """Stop the server at once (connections are cut, as in a crash or a reboot) and start it."""
        self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        self._run("pg_ctl", "-D", str(self.data), "-o", self._options, "-l", str(self.folder / "log"), "-w", "start")

    def stop(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.folder, ignore_errors=True)


class Databases:
    """Fresh, migrated databases on one server: one per test, dropped after it."""

    def __init__(self, admin_url: str):
        self.admin_url = make_url(admin_url)
        self._numbers = itertools.count(1)
        self._prefix = f"curator_test_{os.getpid()}_"
        self._template = f"{self._prefix}template"
        self._template_made = False

    def _admin(self) -> psycopg.Connection:
        url = self.admin_url.set(drivername="postgresql")
        return psycopg.connect(url.render_as_string(hide_password=False), autocommit=True)

    def url_of(self, name: str) -> str:
        return self.admin_url.set(database=name).render_as_string(hide_password=False)

    def new(self) -> str:
        """The URL of a new database holding an empty, up-to-date library."""
        if not self._template_made:
            self._make_template()
        name = f"{self._prefix}{next(self._numbers)}"
        with self._admin() as admin:
            admin.execute(f'CREATE DATABASE "{name}" TEMPLATE "{self._template}"')
        return self.url_of(name)

    def empty(self) -> str:
        """The URL of a new database with nothing in it (not even a library)."""
        name = f"{self._prefix}{next(self._numbers)}"
        with self._admin() as admin:
            admin.execute(f'CREATE DATABASE "{name}"')
        return self.url_of(name)

    def drop(self, url: str) -> None:
        name = make_url(url).database
        with self._admin() as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def close(self) -> None:
        if self._template_made:
            self.drop(self.url_of(self._template))

    def _make_template(self) -> None:
        from curator.storage.db import open_database

        with self._admin() as admin:
            admin.execute(f'CREATE DATABASE "{self._template}"')
        open_database(self.url_of(self._template)).close()
        self._template_made = True
