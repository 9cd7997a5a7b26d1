"""Benchmark: CSV export of mentions, beside its target and beside a floor.

    python bench/bench_export.py                                  # 10,000 articles, 100,000 mentions
    python bench/bench_export.py --articles 100000 --per-article 10   # the full size: 1,000,000 mentions

Builds a library with bulk inserts (plain sqlite3 executemany, in the store's own
column formats), then, each in a fresh process so peak RSS is the export's own:
  * the export service (curator.services.export, mentions as CSV), target ≤ 15 s at
    the full size and memory flat: RSS after the first page ≈ peak RSS;
  * the floor: one bare sqlite3 SELECT of the same rows written with csv.writer.
"""

import argparse
import csv
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

STAMP = "2026-01-05 08:30:00.000000"
FILLER = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理世车"
SUFFIXES = ("银行", "公司", "大学", "集团", "委员会", "分行", "研究院", "医院")
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"


def entity_names(rng: random.Random, count: int) -> list[tuple[str, str]]:
    """`count` distinct (kind, name) pairs, half institutions and half figures, made up from common characters."""
    names = set()
    while len(names) < count:
        if rng.random() < 0.5:
            names.add(("institution", "".join(rng.choices(FILLER, k=rng.randint(2, 4))) + rng.choice(SUFFIXES)))
        else:
            names.add(("figure", rng.choice(SURNAMES) + "".join(rng.choices(FILLER, k=rng.randint(1, 2)))))
    return sorted(names)


def build(path: Path, articles: int, per_article: int, seed: int = 7) -> None:
    """A library of `articles` articles, each with `per_article` mentions, via bulk inserts."""
    import sqlite3

    from curator.core.script import name_key
    from curator.storage.db import open_database

    open_database(path).close()  # the schema, through the real migrations
    rng = random.Random(seed)
    entities = entity_names(rng, 5000)
    fillers = ["".join(rng.choices(FILLER, k=rng.randint(10, 40))) + "，" for _ in range(2000)]
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA synchronous = OFF")
    connection.executemany("INSERT INTO entity (id, kind, name, key) VALUES (?, ?, ?, ?)",
                           [(i + 1, kind, name, name_key(name)) for i, (kind, name) in enumerate(entities)])
    mention_id = 0
    for first in range(0, articles, 5000):
        article_rows, mention_rows = [], []
        for article_id in range(first + 1, min(first + 5000, articles) + 1):
            parts, spans, length = [], [], 0
            for _ in range(per_article):
                filler = rng.choice(fillers)
                entity = rng.randrange(len(entities))
                name = entities[entity][1]
                parts += [filler, name]
                spans.append((entity + 1, length + len(filler), length + len(filler) + len(name), name))
                length += len(filler) + len(name)
            text = "".join(parts) + "。"
            published = f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} 00:00:00.000000"
            article_rows.append((article_id, f"测试文章{article_id}", text, rng.choice(("人民日报", "新华社")),
                                 published, f"bench-{article_id}", len(text), "in_progress", STAMP, STAMP))
            for entity_id, start, end, name in spans:
                mention_id += 1
                mention_rows.append((mention_id, article_id, entity_id, start, end, name, STAMP))
        connection.executemany(
            "INSERT INTO article (id, title, text, source, published, script, format, content_hash, chars, status,"
            " imported_at, updated_at, n_institutions, n_figures, indexed)"
            " VALUES (?, ?, ?, ?, ?, 'simplified', 'txt', ?, ?, ?, ?, ?, 0, 0, 1)", article_rows)
        connection.executemany(
            "INSERT INTO mention (id, article_id, entity_id, start, \"end\", surface, origin, status, annotator,"
            " annotated_at) VALUES (?, ?, ?, ?, ?, ?, 'manual', 'pending', 'bench', ?)", mention_rows)
        connection.commit()
    connection.close()


FLOOR_SQL = """
SELECT m.article_id, a.title, a.source, a.published, e.kind, e.name, m.surface, m.start, m."end",
       substr(a.text, max(m.start - 19, 1), min(m.start, 20)) || '【' || m.surface || '】' ||
       substr(a.text, m."end" + 1, 20),
       m.status, m.annotator, m.annotated_at, m.reviewer, m.reviewed_at, m.comment
FROM mention m JOIN article a ON a.id = m.article_id JOIN entity e ON e.id = m.entity_id
ORDER BY m.article_id, m.start, m."end"
"""


def _rss_mb() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * resource.getpagesize() / 2**20


def run_service(db_path: str, out: str) -> dict:
    from curator.services import export
    from curator.storage.db import open_database

    db = open_database(db_path)
    samples = []
    started = time.perf_counter()
    report = export.export(db, out=out, what="mentions", progress=lambda done, total: samples.append(_rss_mb()))
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "rows": report.rows["mentions"], "rss_first_page_mb": samples[min(1, len(samples) - 1)],
            "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def run_floor(db_path: str, out: str) -> dict:
    import sqlite3

    started = time.perf_counter()
    connection = sqlite3.connect(db_path)
    rows = 0
    with open(out, "w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f, lineterminator="\r\n")
        for row in connection.execute(FLOOR_SQL):
            writer.writerow(row)
            rows += 1
    return {"seconds": time.perf_counter() - started, "rows": rows,
            "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def _child(kind: str, db_path: str, out: str) -> dict:
    code = (f"import json, sys; sys.path.insert(0, {str(ROOT)!r}); from bench import bench_export as b; "
            f"print(json.dumps(b.run_{kind}({db_path!r}, {out!r})))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return json.loads(result.stdout.strip().splitlines()[-1])


def library_arguments(description: str) -> argparse.Namespace:
    """The size of the library to build (or the one to reuse), as every library benchmark takes it."""
    return library_parser(description).parse_args()


def library_parser(description: str) -> argparse.ArgumentParser:
    """`library_arguments`' parser, for a benchmark that takes more."""
    parser = argparse.ArgumentParser(description=description, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--per-article", type=int, default=10, help="mentions per article")
    parser.add_argument("--db", help="reuse or keep the library here (default: a temporary folder)")
    return parser


def built_library(args: argparse.Namespace, scratch: str) -> Path:
    """The library `args` asks for, built unless --db names one that exists."""
    db_path = Path(args.db or Path(scratch) / "bench.db")
    if not db_path.exists():
        started = time.perf_counter()
        build(db_path, args.articles, args.per_article)
        print(f"built {args.articles:,} articles, {args.articles * args.per_article:,} mentions"
              f" in {time.perf_counter() - started:.1f} s")
    return db_path


def main() -> None:
    args = library_arguments(__doc__)
    total = args.articles * args.per_article
    with tempfile.TemporaryDirectory() as scratch:
        db_path = built_library(args, scratch)
        service = _child("service", str(db_path), str(Path(scratch) / "service.csv"))
        floor = _child("floor", str(db_path), str(Path(scratch) / "floor.csv"))
    target = 15 * total / 1_000_000
    print(f"export (service): {service['seconds']:6.1f} s  {service['rows']:,} rows  "
          f"peak RSS {service['peak_mb']:.0f} MB (after first page {service['rss_first_page_mb']:.0f} MB)"
          f"   target ≤ {target:.1f} s (15 s per million), flat memory")
    print(f"floor (sqlite3+csv): {floor['seconds']:4.1f} s  {floor['rows']:,} rows  peak RSS {floor['peak_mb']:.0f} MB")
    print(f"service / floor: {service['seconds'] / max(floor['seconds'], 1e-9):.1f}×")
    if total < 1_000_000:
        print("full size: python bench/bench_export.py --articles 100000 --per-article 10")


if __name__ == "__main__":
    main()
