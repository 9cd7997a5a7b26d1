"""Import benchmark: N synthetic ~3,000-character articles from the seeds' paragraphs.

Prints articles/s for the import pipeline (read, clean, dedupe, store) beside the
floor (the same texts inserted with bare sqlite3), the background search indexing
rate, and peak memory.

    python bench/bench_import.py            # 10,000 articles
    python bench/bench_import.py -n 2000
"""

import argparse
import random
import sqlite3
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

from curator.ingest import read_article
from curator.services import importing, library
from curator.storage.db import open_database

SEEDS = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "seeds"
TARGET_RATE = 1000
TARGET_RSS_MB = 300


def seed_paragraphs() -> list[str]:
    paragraphs: list[str] = []
    for path in sorted(SEEDS.glob("*.txt")):
        paragraphs += [p for p in read_article(path).text.split("\n") if len(p) > 20]
    return paragraphs


def write_articles(folder: Path, count: int, paragraphs: list[str]) -> list[Path]:
    """Half .txt, half .md with front matter; each about 3,000 characters and unique."""
    rng = random.Random(7)
    files = []
    for i in range(count):
        body, size = [], 0
        while size < 3000:
            paragraph = rng.choice(paragraphs)
            body.append(paragraph)
            size += len(paragraph)
        title = f"第{i}号稿件：{body[0][:20]}"
        if i % 2:
            path = folder / f"a{i:06d}.md"
            text = f"---\ntitle: \"{title}\"\ndate: 2024-05-{i % 28 + 1:02d}\nsource: 测试日报\n---\n\n" + "\n\n".join(body)
        else:
            path = folder / f"a{i:06d}.txt"
            text = title + "\n\n" + "\n\n".join(body)
        path.write_text(text, encoding="utf-8")
        files.append(path)
    return files


def bare_sqlite_floor(files: list[Path], db_path: Path) -> float:
    """The same texts read and inserted with bare sqlite3, nothing else: the floor."""
    started = time.perf_counter()
    connection = sqlite3.connect(db_path)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("CREATE TABLE article (id INTEGER PRIMARY KEY, title TEXT, text TEXT)")
    rows = ((f.stem, f.read_text(encoding="utf-8")) for f in files)
    connection.executemany("INSERT INTO article (title, text) VALUES (?, ?)", rows)
    connection.commit()
    connection.close()
    return len(files) / (time.perf_counter() - started)


class PeakMemory:
    """Samples the resident memory of this process and all its descendants (the import workers)."""

    def __init__(self, interval: float = 0.05):
        self.interval = interval
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        me = psutil.Process()
        while not self._stop.is_set():
            total = 0
            for process in [me, *me.children(recursive=True)]:
                try:
                    total += process.memory_info().rss
                except psutil.Error:
                    pass  # a worker that just exited
            self.peak = max(self.peak, total)
            self._stop.wait(self.interval)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *_):
        self._stop.set()
        self._thread.join()

    @property
    def megabytes(self) -> float:
        return self.peak / 2**20


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=10_000, help="number of articles (default 10,000)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        files = write_articles(folder, args.n, seed_paragraphs())
        floor = bare_sqlite_floor(files, Path(tmp) / "floor.db")

        db = open_database(Path(tmp) / "library.db")
        with PeakMemory() as memory:
            started = time.perf_counter()
            report = importing.import_paths(db, [folder], user="bench")
            import_seconds = time.perf_counter() - started
        started = time.perf_counter()
        indexed = library.index_all(db)
        index_seconds = time.perf_counter() - started

    rate = report.imported / import_seconds
    print(f"articles                 {report.imported:>10,} imported, {report.duplicates} duplicates, "
          f"{len(report.failed)} failed")
    print(f"import pipeline          {rate:>10,.0f} articles/s   target ≥ {TARGET_RATE:,}")
    print(f"floor: bare sqlite3      {floor:>10,.0f} articles/s   (pipeline costs {floor / rate:.1f}×)")
    print(f"search index (background){indexed / index_seconds:>10,.0f} articles/s")
    print(f"peak RSS, with workers   {memory.megabytes:>10,.0f} MB   target ≤ {TARGET_RSS_MB}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
