"""Peak memory of `curator import` per kind of hostile file, beside the file's size.

    python bench/bench_robustness.py [--mb 45]

Each file is imported by a fresh `curator` process into a fresh library; the figure is the peak of
the resident memory of that process and all its helpers together (fork server, pool workers),
sampled every 20 ms, and the floor is the same command on one ordinary article. Target: at most
400 MB whatever the file (issue 14). Needs psutil (a test dependency).
"""

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.robustness.hostile_files import SENTENCE, billion_laughs, write_docx, write_one_line  # noqa: E402

TARGET_MB = 400

def one_line_text(folder: Path, mb: int) -> Path:
    return write_one_line(folder / "one_line.txt", mb)


def yaml_alias_bomb(folder: Path) -> Path:
    path = folder / "alias_bomb.md"
    path.write_text(billion_laughs(), encoding="utf-8")
    return path


def docx_zip_bomb(folder: Path) -> Path:
    return write_docx(folder / "zip_bomb.docx", padding_mb=1024)


def random_bytes(folder: Path) -> Path:
    rng = random.Random(14)
    path = folder / "random"
    path.mkdir()
    for number in range(1000):
        (path / f"r{number}.txt").write_bytes(bytes(rng.randrange(256) for _ in range(rng.randrange(1, 4096))))
    return path


def ordinary(folder: Path) -> Path:
    path = folder / "ordinary.txt"
    path.write_text(SENTENCE * 100, encoding="utf-8")
    return path


def size_of(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*")) if path.is_dir() else path.stat().st_size


def import_peak(path: Path, library: Path) -> tuple[int, str]:
    """Peak of the summed resident memory of the import and every process under it (its pool's
    fork server and workers are not its children, so the operating system's own count misses them)."""
    import psutil

    command = [sys.executable, "-c", "import sys; from curator.cli import main; sys.exit(main(sys.argv[1:]))",
               "--db", str(library), "import", str(path), "--json"]
    output = library.with_suffix(".json")  # a file, not a pipe: a long report would fill the pipe and stall
    with output.open("w") as out:
        process = subprocess.Popen(command, stdout=out, stderr=subprocess.DEVNULL)
        root, peak = psutil.Process(process.pid), 0
        while process.poll() is None:
            peak = max(peak, _tree_rss(root))
            time.sleep(0.02)
    report = json.loads(output.read_text())
    return peak // (1024 * 1024), f"{report['imported']} imported, {len(report['failed'])} refused"


def _tree_rss(root) -> int:
    import psutil

    total = 0
    try:
        for process in [root, *root.children(recursive=True)]:
            total += process.memory_info().rss
    except psutil.NoSuchProcess:
        pass
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=int, default=45, help="size of the one-line text file")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        kinds = [("ordinary article (floor)", ordinary(folder)), ("text on one line", one_line_text(folder, args.mb)),
                 ("YAML alias bomb", yaml_alias_bomb(folder)), ("DOCX zip bomb (1 GB inflated)", docx_zip_bomb(folder)),
                 ("1,000 random-byte files", random_bytes(folder))]
        print(f"{'file':<32}{'size':>12}{'peak RSS':>12}   outcome   (target ≤ {TARGET_MB} MB)")
        for number, (name, path) in enumerate(kinds):
            peak, outcome = import_peak(path, folder / f"library{number}.db")
            flag = "" if peak <= TARGET_MB else "   OVER"
            print(f"{name:<32}{size_of(path) / 1024:>9,.0f} KB{peak:>9,} MB   {outcome}{flag}", flush=True)


if __name__ == "__main__":
    main()
