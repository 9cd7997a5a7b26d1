"""Benchmark: the entity registry at library size, beside its targets and a bare-SQL floor.

    python bench/bench_registry.py                                   # 10,000 articles, 100,000 mentions
    python bench/bench_registry.py --articles 100000 --per-article 10    # the full size: 1,000,000 mentions

Builds the library as bench_export does (5,000 entities), then times, best of three:
  * listing every entity with its aliases and counts (registry_views.entities), target ≤ 200 ms;
  * opening one entity (registry_views.entity_detail: concordance, months, company,
    affiliations) for the entity with the most mentions, target ≤ 300 ms;
  * the floors: the bare GROUP BY that counts mentions per entity, and the bare SELECT of one
    entity's mentions with their context, in sqlite3.
"""

import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.bench_export import built_library, library_arguments  # noqa: E402

LIST_FLOOR = ("SELECT entity_id, count(*), count(DISTINCT m.article_id), min(a.published), max(a.published)"
              " FROM mention m JOIN article a ON a.id = m.article_id GROUP BY entity_id")
OPEN_FLOOR = ("SELECT m.id, m.article_id, a.title, substr(a.text, max(m.start - 19, 1), 20), m.surface"
              " FROM mention m JOIN article a ON a.id = m.article_id WHERE m.entity_id = ?")


def best(fn, repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return min(times)


def main() -> None:
    args = library_arguments(__doc__)
    from curator.services import registry_views
    from curator.services.library import open_database

    with tempfile.TemporaryDirectory() as scratch:
        path = built_library(args, scratch)
        db = open_database(path)
        bare = sqlite3.connect(path)
        busiest = bare.execute("SELECT entity_id FROM mention GROUP BY entity_id ORDER BY count(*) DESC LIMIT 1").fetchone()[0]
        listed = best(lambda: registry_views.entities(db))
        opened = best(lambda: registry_views.entity_detail(db, busiest))
        list_floor = best(lambda: bare.execute(LIST_FLOOR).fetchall())
        open_floor = best(lambda: bare.execute(OPEN_FLOOR, (busiest,)).fetchall())
        mentions = len(registry_views.entity_detail(db, busiest)["mentions"])
        db.close()
    print(f"list entities with counts: {listed * 1000:7.0f} ms   target ≤ 200 ms   floor (GROUP BY): {list_floor * 1000:.0f} ms")
    print(f"open one entity ({mentions:,} mentions): {opened * 1000:5.0f} ms   target ≤ 300 ms"
          f"   floor (its mentions with context): {open_floor * 1000:.0f} ms")


if __name__ == "__main__":
    main()
