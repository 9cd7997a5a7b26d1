"""Import benchmark: N synthetic ~3,000-character articles from the seeds' paragraphs, imported
by the command line until they are searchable, beside the floors measured in the same run.

Prints the time of `curator import` (start-up, reading, cleaning, deduplication, storing and the
search index: the library is searchable when the command returns), the floors (the same files
read and inserted with bare sqlite3, plain and into an FTS5 trigram index), the peak memory of
the import with its worker processes, the library's size beside the text's, and the time of
undoing the import.

Two more floors split the import's own work in its two parts: storing (the very rows and index
tokens the import stores, made beforehand, inserted with bare sqlite3 into a new library's own
tables in the import's chunks) and reading (cleaning the files and making their tokens in this
one process, nothing stored). Their CPU added up is what the import cannot go below on this
machine, whatever it overlaps.

    python bench/bench_import.py            # 10,000 articles
    python bench/bench_import.py -n 100000  # the issue's second size
"""

import argparse
import os
import random
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from curator.core.clock import now  # noqa: E402
from curator.ingest import read_article  # noqa: E402
from curator.services.import_worker import parse_file  # noqa: E402
from curator.services.importing import CHUNK, article_row  # noqa: E402
from curator.storage.db import open_database  # noqa: E402

SEEDS = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "seeds"
TARGET_SECONDS = {10_000: 5.0, 100_000: 60.0}  # the two sizes; others scale from 10,000
TARGET_RSS_MB = 300
TARGET_SIZE_RATIO = 1.5


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


def bare_sqlite_floor(files: list[Path], db_path: Path, *, trigram: bool = False) -> float:
    """Seconds to read the same files and insert them with bare sqlite3, nothing else; with
    `trigram`, into an FTS5 table with SQLite's own trigram tokenizer (a general substring index)."""
    started = time.perf_counter()
    connection = sqlite3.connect(db_path)
    connection.execute("PRAGMA journal_mode=WAL")
    if trigram:
        connection.execute("CREATE VIRTUAL TABLE article USING fts5(title, text, tokenize='trigram')")
    else:
        connection.execute("CREATE TABLE article (id INTEGER PRIMARY KEY, title TEXT, text TEXT)")
    rows = ((f.stem, f.read_text(encoding="utf-8")) for f in files)
    connection.executemany("INSERT INTO article (title, text) VALUES (?, ?)", rows)
    connection.commit()
    connection.close()
    return time.perf_counter() - started


def own_schema_floors(files: list[Path], library: Path) -> tuple[float, float]:
    """CPU seconds of reading the files as an import worker does (cleaning, fingerprint, index
    tokens), and of inserting what that made with bare sqlite3 into a new library's `article` and
    `article_fts` tables, one transaction a chunk as the import commits: the two parts of the
    import's work, with no history, duplicate check, SQLAlchemy or worker processes."""
    open_database(library).close()
    connection = sqlite3.connect(library)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=NORMAL")
    reading = storing = 0.0
    stamp, next_id = now(), 1
    for start in range(0, len(files), CHUNK):
        started = time.process_time()
        parsed = [parse_file(str(path)) for path in files[start : start + CHUNK]]
        reading += time.process_time() - started
        rows = [{"id": next_id + n, **article_row(p, stamp)} for n, p in enumerate(parsed)]
        next_id += len(rows)
        columns = ", ".join(rows[0])
        started = time.process_time()
        connection.executemany(f"INSERT INTO article ({columns}) VALUES ({', '.join('?' * len(rows[0]))})",
                               [tuple(row.values()) for row in rows])
        connection.executemany("INSERT INTO article_fts (rowid, title, body, ends) VALUES (?, ?, ?, ?)",
                               [(row["id"], p.index["title"], p.index["body"], p.index["ends"])
                                for row, p in zip(rows, parsed, strict=True)])
        connection.commit()
        storing += time.process_time() - started
    connection.close()
    return reading, storing


class PeakMemory:
    """Samples the memory of a process and all its descendants (the import workers), and the CPU
    time each used: on a machine shared with other work, CPU time moves less than wall time.

    The memory is the proportional set size (PSS): a page the processes share (the interpreter,
    numpy and the readers the fork server loaded once for every worker) counts once among them,
    where adding up resident sizes counts it in each. The sum of resident sizes is kept beside it.
    """

    def __init__(self, pid: int | None = None, interval: float = 0.05):
        self.pid = pid or os.getpid()
        self.interval = interval
        self.peak = 0
        self.peak_resident = 0
        self._cpu: dict[int, float] = {}  # the last CPU seconds seen of each process
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        try:
            root = psutil.Process(self.pid)
        except psutil.Error:
            return
        while not self._stop.is_set():
            total = resident = 0
            try:
                family = [root, *root.children(recursive=True)]
            except psutil.Error:
                return  # the process ended
            for process in family:
                try:
                    memory = process.memory_full_info()
                    total += memory.pss
                    resident += memory.rss
                    times = process.cpu_times()
                    self._cpu[process.pid] = times.user + times.system
                except psutil.Error:
                    pass  # a worker that just exited
            self.peak = max(self.peak, total)
            self.peak_resident = max(self.peak_resident, resident)
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

    @property
    def resident_megabytes(self) -> float:
        return self.peak_resident / 2**20

    @property
    def cpu_seconds(self) -> float:
        """CPU time of the whole family, up to its last sample (a worker's last 50 ms may be missed)."""
        return sum(self._cpu.values())


def cli_import(folder: Path, library: Path) -> tuple[float, float, "PeakMemory"]:
    """Seconds, CPU seconds and the memory meter of `curator import` (a fresh process, as a user runs it)."""
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "curator", "--db", str(library), "import", str(folder)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with PeakMemory(process.pid) as meter:
        if process.wait() != 0:
            raise SystemExit("curator import failed")
    return time.perf_counter() - started, meter.cpu_seconds, meter


def cli_undo(library: Path) -> float:
    """Seconds of `curator undo` of that import: every article out of the library and its index."""
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "curator", "--db", str(library), "undo"], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def library_bytes(library: Path) -> int:
    return sum(path.stat().st_size for path in library.parent.glob(library.name + "*"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=10_000, help="number of articles (default 10,000)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        files = write_articles(folder, args.n, seed_paragraphs())
        text_bytes = sum(f.stat().st_size for f in files)
        plain = bare_sqlite_floor(files, Path(tmp) / "plain.db")
        reading, storing = own_schema_floors(files, Path(tmp) / "own.db")
        trigram = bare_sqlite_floor(files, Path(tmp) / "trigram.db", trigram=True)
        library = Path(tmp) / "library.db"
        seconds, cpu, memory = cli_import(folder, library)
        size = library_bytes(library)
        undo = cli_undo(library)
    target = TARGET_SECONDS.get(args.n, TARGET_SECONDS[10_000] * args.n / 10_000)
    print(f"{args.n:,} articles of about 3,000 characters ({text_bytes / 2**20:,.0f} MB of text)")
    print(f"curator import, until searchable {seconds:>7.1f} s  {args.n / seconds:>6,.0f}/s   target ≤ {target:.0f} s")
    print(f"  CPU time of it and its workers {cpu:>7.1f} s  {cpu / args.n * 1e3:>6.2f} ms an article, on {os.cpu_count()} cores")
    print(f"curator undo of the import       {undo:>7.1f} s  {args.n / undo:>6,.0f}/s")
    print(f"floor: bare sqlite3, plain       {plain:>7.1f} s  {args.n / plain:>6,.0f}/s")
    print(f"floor: bare sqlite3, FTS5 trigram{trigram:>7.1f} s  {args.n / trigram:>6,.0f}/s")
    print(f"floor: reading alone, one process{reading:>7.1f} s of CPU  {reading / args.n * 1e3:>5.2f} ms an article")
    print(f"floor: storing alone, bare sqlite3{storing:>6.1f} s of CPU  {storing / args.n * 1e3:>5.2f} ms an article"
          f"   (the same rows and tokens into the library's own tables)")
    print(f"  the two added up               {reading + storing:>7.1f} s of CPU, beside the import's {cpu:.1f} s")
    print(f"peak memory, with workers        {memory.megabytes:>7,.0f} MB           target ≤ {TARGET_RSS_MB}"
          f"   (resident sizes added up: {memory.resident_megabytes:,.0f} MB)")
    print(f"library on disk                  {size / 2**20:>7,.0f} MB  {size / text_bytes:>5.2f}× the text   "
          f"target ≤ {TARGET_SIZE_RATIO}×")
    return 0


if __name__ == "__main__":
    sys.exit(main())
