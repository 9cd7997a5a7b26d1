"""Bulk work at the speed of the floor (issue 16): every figure beside its floor, in one run.

Runs, one after the other on this machine, each benchmark that prints a target of the issue with
its floor measured in the same run:

- the command-line import of 10,000 articles until searchable, with its peak memory
  (bench_import.py; floors: bare sqlite3 plain and with an FTS5 trigram index);
- the tagged import of 10,000 articles with 100,000 mentions (bench_tagged_import.py; floor:
  bare sqlite3 executemany);
- start-up: `curator articles` on an empty library and the window's first frame
  (bench_startup.py; floor: `python -c pass`);
- search at 100,000 articles, the first page of a two-character word among the others
  (bench_search.py; floor: the FTS5 count alone);
- with --full, the import of 100,000 articles and the library's size on disk (bench_import.py -n 100000).

    python bench/bench_bulk.py          # about five minutes on 2 cores
    python bench/bench_bulk.py --full   # and the 100,000-article import, about two more
"""

import argparse
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent


def run(title: str, script: str, *args: str) -> int:
    print(f"\n== {title}  (bench/{script} {' '.join(args)})".rstrip(), flush=True)
    return subprocess.run([sys.executable, str(BENCH / script), *args]).returncode


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--full", action="store_true", help="also import 100,000 articles")
    args = parser.parse_args()
    steps = [
        ("import until searchable, 10,000 articles", "bench_import.py"),
        ("tagged import, 10,000 articles with 100,000 mentions", "bench_tagged_import.py"),
        ("start-up", "bench_startup.py"),
        ("search at 100,000 articles", "bench_search.py"),
    ]
    if args.full:
        steps.append(("import until searchable, 100,000 articles, and the library's size", "bench_import.py", "-n", "100000"))
    failed = [step[0] for step in steps if run(*step) != 0]
    if failed:
        print(f"\nfailed: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
