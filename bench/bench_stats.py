"""Benchmark: `curator stats` over a library of 100,000 articles and 1,000,000 mentions.

    python bench/bench_stats.py                                   # the full size
    python bench/bench_stats.py --articles 10000 --db /tmp/s.db   # smaller; --db keeps it for another run

The library is bench_export's (articles, entities, ten mentions each), made like a real one:
bodies of about 3,000 characters (they fill SQLite's overflow pages, which a column stored after
the text must cross), every fifth article undated, mixed statuses and verdicts, and a history of
one event per tag plus verdicts and status changes. Each call is timed the way the command runs
it, best of three, beside the floor: bare sqlite3 counting the mentions (one pass over them).
Target: each call within 2 s at the full size.
"""

import argparse
import sqlite3
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.bench_export import FILLER, build  # noqa: E402
from bench.bench_search import best_of_three  # noqa: E402
from curator.services import stats  # noqa: E402
from curator.storage.db import open_database  # noqa: E402

TARGET_SECONDS = 2.0
USERS = 12

# One event per tag, a verdict per judged tag, and per article its submission and a reviewer's verdict.
_HISTORY = [
    """INSERT INTO event (at, user, action, article_id, mention_id, batch, data, undone)
       SELECT datetime('2024-01-01', '+' || (id % 365) || ' days', '+' || (id % 86400) || ' seconds'),
              'editor' || (article_id % ?), 'tagged', article_id, id, 'b' || article_id,
              json_object('mention', json_object('id', id, 'article_id', article_id, 'entity_id', entity_id,
                          'start', start, 'end', "end", 'surface', surface, 'origin', origin, 'status', 'pending',
                          'annotator', annotator, 'annotated_at', annotated_at)), id % 50 = 0
       FROM mention""",
    """INSERT INTO event (at, user, action, article_id, mention_id, batch, data, undone)
       SELECT datetime('2024-02-01', '+' || (id % 300) || ' days'), 'reviewer' || (article_id % 3), 'reviewed',
              article_id, id, 'r' || article_id,
              json_object('before', json_object('status', 'pending'), 'after', json_object('status', status)), 0
       FROM mention WHERE status != 'pending'""",
    """INSERT INTO event (at, user, action, article_id, mention_id, batch, data, undone)
       SELECT datetime('2024-02-01', '+' || (id % 300) || ' days'), 'editor' || (id % ?), 'status_changed', id,
              NULL, 's' || id, json_object('before', json_object('status', 'in_progress'),
                                           'after', json_object('status', 'done')), 0
       FROM article WHERE status IN ('done', 'approved', 'changes_requested')""",
    """INSERT INTO event (at, user, action, article_id, mention_id, batch, data, undone)
       SELECT datetime('2024-03-01', '+' || (id % 280) || ' days'), 'reviewer' || (id % 3), 'status_changed', id,
              NULL, 'v' || id, json_object('before', json_object('status', 'done'),
                                           'after', json_object('status', status, 'reviewer', 'reviewer' || (id % 3))), 0
       FROM article WHERE status IN ('approved', 'changes_requested')""",
]


def build_library(path: Path, articles: int) -> None:
    build(path, articles, per_article=10)
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA synchronous = OFF")
    body = (FILLER * 8)[:2700]  # appended after the tags: their offsets stay right
    connection.execute("UPDATE article SET text = text || ?, chars = chars + ?", (body, len(body)))
    connection.execute("UPDATE article SET published = NULL WHERE id % 5 = 0")
    connection.execute("""UPDATE article SET status = CASE id % 6 WHEN 0 THEN 'new' WHEN 1 THEN 'in_progress'
                          WHEN 2 THEN 'done' WHEN 3 THEN 'approved' WHEN 4 THEN 'approved'
                          ELSE 'changes_requested' END""")
    connection.execute("UPDATE mention SET status = CASE id % 7 WHEN 0 THEN 'rejected' WHEN 1 THEN 'pending'"
                       " ELSE 'approved' END")
    for statement in _HISTORY:
        connection.execute(statement, (USERS,) if "?" in statement else ())
    connection.commit()
    connection.execute("ANALYZE")
    connection.close()


def floor(path: Path) -> float:
    connection = sqlite3.connect(path)
    seconds, _ = best_of_three(lambda: connection.execute("SELECT count(*), sum(status = 'approved') FROM mention").fetchone())
    connection.close()
    return seconds


CALLS = {
    "whole library": {},
    "one kind": {"kind": "figure"},
    "a quarter (published dates, event times)": {"since": date(2024, 4, 1), "until": date(2024, 6, 30)},
    "a month of one kind": {"since": date(2024, 5, 1), "until": date(2024, 5, 31), "kind": "institution"},
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--db", help="build the library here once and reuse it (default: a temporary folder)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(args.db or Path(scratch) / "stats.db")
        if not path.exists():
            started = time.perf_counter()
            build_library(path, args.articles)
            print(f"built {args.articles:,} articles, {args.articles * 10:,} mentions in "
                  f"{time.perf_counter() - started:.0f} s")
        db = open_database(path)  # brings an older bench library up to the newest schema
        for name, query in CALLS.items():
            seconds, result = best_of_three(lambda: stats.library_stats(db, **query))
            mentions = sum(n for counts in result.mentions.values() for n in counts.values())
            print(f"{name:<42} {seconds:6.2f} s  ({mentions:,} mentions, {len(result.by_user):,} user-days)"
                  f"   target ≤ {TARGET_SECONDS:.0f} s")
        db.close()
        print(f"{'floor (sqlite3 counting the mentions)':<42} {floor(path):6.2f} s")


if __name__ == "__main__":
    main()
