"""A team on one PostgreSQL library (issue 15): the round trip of one tag, and twenty people at once.

    python bench/bench_team.py                      # a private PostgreSQL server made for the run
    python bench/bench_team.py --url postgresql://me@host/db_to_use   # an empty database of yours
    python bench/bench_team.py --seconds 60 --editors 16 --reviewers 4

Round trip: one editor tags a span and gets the change back (the window's path), timed over 200
tags, on PostgreSQL beside the same on a SQLite file; the floor is psycopg's own INSERT of a row
and COMMIT on the same server. Target: ≤ 20 ms.

Team: editors and reviewers, each a process, tag, untag, review and move statuses on the same 50
articles (tests/team_load.py), pausing 50-250 ms between steps as people do. Printed: changes per
second, the latency of each change (p50, p95; target p95 ≤ 100 ms), refusals that working at once
explains (a span just tagged by someone else), and the check that nothing acknowledged was lost.
"""

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import psycopg  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from curator.core.types import Kind  # noqa: E402
from curator.services import changes, tagging  # noqa: E402
from curator.storage.db import open_database  # noqa: E402
from tests import team_load  # noqa: E402
from tests.postgres_server import Databases, PrivateServer  # noqa: E402

ROUND_TRIP_TARGET_MS = 20
P95_TARGET_MS = 100
TAGS = 200


def tag_round_trips(location: str) -> list[float]:
    """Milliseconds of each of TAGS tags (each undone at once, so the article stays the same)."""
    db = open_database(location)
    try:
        (article_id,) = team_load.make_articles(db, 1)
        times = []
        for n in range(TAGS):
            start = n % (len(team_load.TEXT) - 4)
            began = time.perf_counter()
            tagging.tag_mention(db, article_id=article_id, start=start, end=start + 3, kind=Kind.INSTITUTION,
                                user="ann")
            times.append((time.perf_counter() - began) * 1000)
            changes.undo(db, user="ann", article_id=article_id)
        return times
    finally:
        db.close()


def psycopg_floor(url: str) -> float:
    """Milliseconds of one INSERT and COMMIT through psycopg, median of TAGS."""
    dsn = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(dsn) as connection:
        connection.execute("CREATE TEMP TABLE floor_probe (id serial PRIMARY KEY, name text)")
        connection.commit()
        times = []
        for n in range(TAGS):
            began = time.perf_counter()
            connection.execute("INSERT INTO floor_probe (name) VALUES (%s)", (f"名{n}",))
            connection.commit()
            times.append((time.perf_counter() - began) * 1000)
    return statistics.median(times)


def report_round_trip(databases: Databases) -> None:
    url = databases.new()
    with tempfile.TemporaryDirectory() as folder:
        sqlite_times = tag_round_trips(str(Path(folder) / "library.db"))
    postgres_times = tag_round_trips(url)
    floor = psycopg_floor(url)
    databases.drop(url)
    print(f"tag round trip, PostgreSQL: median {statistics.median(postgres_times):.1f} ms, "
          f"p95 {team_load.percentile(postgres_times, 0.95):.1f} ms (target ≤ {ROUND_TRIP_TARGET_MS} ms)")
    print(f"tag round trip, SQLite file: median {statistics.median(sqlite_times):.1f} ms")
    print(f"floor, psycopg INSERT + COMMIT: median {floor:.2f} ms")


def report_team(databases: Databases, *, editors: int, reviewers: int, seconds: float) -> None:
    url = databases.new()
    db = open_database(url)
    try:
        articles = team_load.make_articles(db, 50)
        outcomes = team_load.run_team(url, articles, editors=editors, reviewers=reviewers, seconds=seconds)
        result = team_load.check(db, outcomes)
    finally:
        db.close()
        databases.drop(url)
    latencies = [ms for outcome in outcomes for ms in outcome.latencies_ms]
    refused = sum(sum(outcome.refused.values()) for outcome in outcomes)
    unexplained = [error for outcome in outcomes for error in outcome.unexplained]
    print(f"team of {editors} editors and {reviewers} reviewers for {seconds:.0f} s: "
          f"{result.acknowledged} changes ({result.acknowledged / seconds:.1f}/s), {refused} refusals explained by "
          f"working at once, {len(unexplained)} unexplained errors")
    for error in unexplained[:5]:
        print(f"  unexplained: {error}")
    print(f"latency of a change: p50 {team_load.percentile(latencies, 0.5):.1f} ms, "
          f"p95 {team_load.percentile(latencies, 0.95):.1f} ms (target p95 ≤ {P95_TARGET_MS} ms)")
    print(f"lost: {len(result.missing)} acknowledged changes missing from the history, "
          f"{len(result.differences)} differences between the library and its history replayed")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--url", help="a PostgreSQL server whose user may create databases (default: a private one)")
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--editors", type=int, default=16)
    parser.add_argument("--reviewers", type=int, default=4)
    args = parser.parse_args()
    server = None if args.url else PrivateServer()
    try:
        databases = Databases(args.url or server.url)
        report_round_trip(databases)
        report_team(databases, editors=args.editors, reviewers=args.reviewers, seconds=args.seconds)
        databases.close()
    finally:
        if server is not None:
            server.stop()


if __name__ == "__main__":
    main()
