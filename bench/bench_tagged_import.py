"""Tagged import benchmark: N doccano JSONL articles with ten mentions each, read back with their tags.

Prints the end-to-end time of `curator import-tagged` into a new library, in a fresh process as a
user runs it (start-up included; searchable when it returns), beside the floor (the same file
parsed and its articles and mentions inserted with bare sqlite3 executemany) and the target,
then the same articles imported without their labels: the difference is what the tags cost
(entities and mentions), apart from the articles' own pipeline. Peak memory last: the command's
with its worker processes (PSS), not this process's, which holds the generated files' makings.

    python bench/bench_tagged_import.py            # 10,000 articles, 100,000 mentions
    python bench/bench_tagged_import.py -n 2000
"""

import argparse
import json
import random
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import opencc

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.bench_export import entity_names  # noqa: E402
from bench.bench_import import PeakMemory, seed_paragraphs  # noqa: E402

PER_ARTICLE = 10
DISTINCT_NAMES = 3000
TRADITIONAL_SHARE = 0.05  # mentions written in Traditional script: another spelling, one entity
TARGET_SECONDS = 5.0  # for 10,000 articles; scaled with -n
TARGET_RSS_MB = 300
LABELS = {"institution": "ORG", "figure": "PER"}


def news_pieces(rng: random.Random, count: int) -> list[str]:
    """Pieces of 30 to 120 characters of the seeds' paragraphs: the text between the names reads
    like news, whose words repeat, where random characters would make every bigram of the search
    index a new one (five times the cost of indexing real text)."""
    text = "".join(seed_paragraphs())
    pieces = []
    for _ in range(count):
        start = rng.randrange(len(text) - 120)
        pieces.append(text[start : start + rng.randint(30, 120)] + "，")
    return pieces


def write_tagged_file(path: Path, count: int, *, labelled: bool = True, seed: int = 7) -> None:
    """`count` articles of about 800 characters, each naming ten entities drawn unevenly (a few
    names are everywhere, most are rare) from a few thousand institutions and figures."""
    rng = random.Random(seed)
    names = entity_names(rng, DISTINCT_NAMES)
    weights = [1 / (rank + 1) ** 0.8 for rank in range(len(names))]
    to_traditional = opencc.OpenCC("s2t").convert
    fillers = news_pieces(rng, 2000)
    with open(path, "w", encoding="utf-8") as out:
        for number in range(count):
            text, labels = "", []
            for kind, name in rng.choices(names, weights, k=PER_ARTICLE):
                if rng.random() < TRADITIONAL_SHARE:
                    name = to_traditional(name)
                text += rng.choice(fillers)
                labels.append([len(text), len(text) + len(name), LABELS[kind]])
                text += name
            record = {"text": text + "。", "label": labels if labelled else [], "title": f"测试文章{number}",
                      "source": rng.choice(("人民日报", "新华社")), "url": f"https://example.com/{number}",
                      "published": f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


def bare_sqlite_floor(path: Path, db_path: Path) -> float:
    """The file parsed and its articles and mentions inserted with bare sqlite3, nothing else."""
    started = time.perf_counter()
    connection = sqlite3.connect(db_path)
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("CREATE TABLE article (id INTEGER PRIMARY KEY, title TEXT, text TEXT, source TEXT, url TEXT,"
                       " published TEXT)")
    connection.execute("CREATE TABLE mention (id INTEGER PRIMARY KEY, article_id INTEGER, start INTEGER,"
                       " \"end\" INTEGER, surface TEXT, kind TEXT)")
    articles, mentions = [], []
    with open(path, encoding="utf-8") as lines:
        for article_id, line in enumerate(lines, 1):
            record = json.loads(line)
            articles.append((article_id, record["title"], record["text"], record["source"], record["url"],
                             record["published"]))
            mentions += [(article_id, start, end, record["text"][start:end], label)
                         for start, end, label in record["label"]]
    connection.executemany("INSERT INTO article VALUES (?, ?, ?, ?, ?, ?)", articles)
    connection.executemany("INSERT INTO mention (article_id, start, \"end\", surface, kind) VALUES (?, ?, ?, ?, ?)",
                           mentions)
    connection.commit()
    connection.close()
    return time.perf_counter() - started


def timed_import(path: Path, db_path: Path) -> tuple[float, dict, float]:
    """Seconds, the report and the peak memory of `curator import-tagged` of `path` into a new library."""
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "curator", "--db", str(db_path), "import-tagged", str(path),
                                "--json"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    with PeakMemory(process.pid) as memory:
        output, _ = process.communicate()
    seconds = time.perf_counter() - started
    if process.returncode != 0:
        raise SystemExit("curator import-tagged failed")
    return seconds, json.loads(output), memory.megabytes


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=10_000, help="number of articles (default 10,000)")
    args = parser.parse_args()
    target = TARGET_SECONDS * args.n / 10_000
    with tempfile.TemporaryDirectory() as tmp:
        tagged, plain = Path(tmp) / "tagged.jsonl", Path(tmp) / "plain.jsonl"
        write_tagged_file(tagged, args.n)
        write_tagged_file(plain, args.n, labelled=False)
        floor = bare_sqlite_floor(tagged, Path(tmp) / "floor.db")
        articles_only, _, _ = timed_import(plain, Path(tmp) / "plain.db")
        seconds, report, peak = timed_import(tagged, Path(tmp) / "tagged.db")

    print(f"articles                 {report['imported']:>10,} imported, {report['mentions']:,} mentions, "
          f"{report['skipped_spans']} spans skipped")
    print(f"tagged import            {seconds:>10.2f} s   target ≤ {target:.1f} s")
    print(f"  articles alone         {articles_only:>10.2f} s   (the same file without its labels)")
    print(f"  the tags               {seconds - articles_only:>10.2f} s   (entities and mentions)")
    print(f"floor: bare sqlite3      {floor:>10.2f} s   (import costs {seconds / floor:.1f}×)")
    print(f"peak memory (PSS)        {peak:>10,.0f} MB   target ≤ {TARGET_RSS_MB}, with its worker processes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
