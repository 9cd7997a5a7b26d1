"""Benchmark: `curator copy` of a library to PostgreSQL and back, beside its target and its floors.

    python bench/bench_copy.py                          # 10,000 articles, 100,000 mentions
    python bench/bench_copy.py --articles 100000        # the issue's size: 1,000,000 mentions
    python bench/bench_copy.py --url postgresql://user@host/postgres    # a server of your own

Builds the library as bench_export does (or reuses --db), then times, each into a new database or file:
  * the copy service from SQLite to PostgreSQL, checked (each table read back and summed), the
    library's migrations on the new database included; the issue's target is 5 minutes for
    100,000 articles (scaled to the size asked for);
  * the copy service back from PostgreSQL to SQLite, checked, then the copy's search index, which
    `curator copy` makes after it;
  * the floors: every table moved bare, unchecked, with psycopg's COPY on the server's side and
    sqlite3's executemany on the other (FROM STDIN one way, TO STDOUT the other).
Without --url a private server is started from the PostgreSQL installed on the machine
(tests/postgres_server.py: fsync off, on a Unix socket); with it, its user must create databases.
"""

import sqlite3
import sys
import tempfile
import time
from pathlib import Path

import psycopg
from sqlalchemy.engine import make_url

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.bench_export import built_library, library_parser  # noqa: E402
from tests.postgres_server import Databases, PrivateServer  # noqa: E402

TARGET_SECONDS_PER_ARTICLE = 300 / 100_000  # the issue: 5 minutes for 100,000 articles


def _columns(table) -> str:
    return ", ".join(f'"{column.name}"' for column in table.c)


def _psycopg(url: str) -> psycopg.Connection:
    return psycopg.connect(make_url(url).set(drivername="postgresql").render_as_string(hide_password=False))


def floor_to_server(sqlite_path: Path, url: str) -> float:
    """Every table read with sqlite3 and written with COPY FROM STDIN, the counting trigger off."""
    from curator.storage.copying import TABLES

    started = time.perf_counter()
    source = sqlite3.connect(sqlite_path)
    with _psycopg(url) as server, server.cursor() as cursor:
        cursor.execute("ALTER TABLE mention DISABLE TRIGGER mention_counted")
        for name, table in TABLES.items():
            with cursor.copy(f"COPY {name} ({_columns(table)}) FROM STDIN") as copy:
                for row in source.execute(f"SELECT {_columns(table)} FROM {name} ORDER BY id"):
                    copy.write_row(row)
    source.close()
    return time.perf_counter() - started


def floor_from_server(url: str, sqlite_path: Path) -> float:
    """Every table read with COPY TO STDOUT and written with sqlite3's executemany, the counting
    trigger dropped (into a library made beforehand, not timed)."""
    from curator.storage.copying import TABLES
    from curator.storage.db import open_database

    open_database(sqlite_path).close()
    started = time.perf_counter()
    destination = sqlite3.connect(sqlite_path)
    destination.execute("DROP TRIGGER mention_counted")
    with _psycopg(url) as server, server.cursor() as cursor:
        for name, table in TABLES.items():
            marks = ", ".join("?" for _ in table.c)
            with cursor.copy(f"COPY (SELECT {_columns(table)} FROM {name} ORDER BY id) TO STDOUT") as copy:
                destination.executemany(f"INSERT INTO {name} ({_columns(table)}) VALUES ({marks})", copy.rows())
    destination.commit()
    destination.close()
    return time.perf_counter() - started


def timed_copy(source: str, destination: str):
    """(seconds, report, the copy opened) of the copy service, opening both libraries included."""
    from curator.services.copying import copy_library
    from curator.services.library import open_database

    started = time.perf_counter()
    copied = open_database(destination)
    original = open_database(source, create=False)
    report = copy_library(source=original, destination=copied)
    seconds = time.perf_counter() - started
    original.close()
    return seconds, report, copied


def run(args, scratch: Path, databases: Databases) -> None:
    from curator.services.library import index_all

    path = built_library(args, str(scratch))
    server = databases.empty()
    there, report, copied = timed_copy(str(path), server)
    copied.close()
    back, returned, back_copy = timed_copy(server, str(scratch / "back.db"))
    assert returned.tables == report.tables, "the library came back otherwise"
    started = time.perf_counter()
    indexed = index_all(back_copy)
    indexing = time.perf_counter() - started
    back_copy.close()
    bare = databases.new()  # a library's tables, made beforehand
    floor_there = floor_to_server(path, bare)
    floor_back = floor_from_server(server, scratch / "floor.db")
    for url in (server, bare):
        databases.drop(url)

    rows = ", ".join(f"{t.rows:,} {t.table}" for t in report.tables)
    target = TARGET_SECONDS_PER_ARTICLE * args.articles
    print(f"library: {rows}")
    print(f"copy SQLite → PostgreSQL, checked: {there:6.1f} s   target ≤ {target:.0f} s"
          f"   floor (bare COPY FROM STDIN, unchecked): {floor_there:.1f} s")
    print(f"copy PostgreSQL → SQLite, checked: {back:6.1f} s   target ≤ {target:.0f} s"
          f"   floor (bare COPY TO STDOUT + sqlite3, unchecked): {floor_back:.1f} s")
    print(f"search index of the SQLite copy ({indexed:,} articles): {indexing:.1f} s"
          f"   (the copy on PostgreSQL is indexed once its search is ported)")
    if args.articles < 100_000:
        print("full size: python bench/bench_copy.py --articles 100000")


def main() -> None:
    parser = library_parser(__doc__)
    parser.add_argument("--url", help="a PostgreSQL server whose user creates databases (default: a private one)")
    args = parser.parse_args()
    server = None if args.url else PrivateServer()
    databases = Databases(args.url or server.url)
    try:
        with tempfile.TemporaryDirectory() as scratch:
            run(args, Path(scratch), databases)
    finally:
        databases.close()
        if server is not None:
            server.stop()


if __name__ == "__main__":
    main()
