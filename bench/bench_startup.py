"""Start-up benchmark: from process start to a command's output, or to the window's first frame.

Each figure is the median of several runs of a fresh process, printed beside its floor and
target (issue 16): `curator articles` on an empty, up-to-date library within 0.25 s, the
window's first frame within 1 s. The command line runs as `python -m curator`, as the
`curator` script does, without the shell wrapper a version manager may put in front of it.

    python bench/bench_startup.py          # 7 runs of each
    python bench/bench_startup.py -r 15
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "tests" / "fixtures" / "seeds"
TARGET_COMMAND_S = 0.25
TARGET_FRAME_S = 1.0
FIRST_FRAME = "--first-frame"  # the child mode that opens a window and reports its first frame
FRAME_TIMEOUT_S = 60


def child_env(home: Path) -> dict[str, str]:
    """This checkout first on the path, settings and layout in a scratch home, Qt without a screen.

    Bytecode is cached in the scratch home, as an installed Curator has it, even where
    PYTHONDONTWRITEBYTECODE would have every start compile the source again.
    """
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, (str(ROOT), os.environ.get("PYTHONPATH")))),
           "PYTHONPYCACHEPREFIX": str(home / "pycache"), "XDG_CONFIG_HOME": str(home / "config"),
           "XDG_DATA_HOME": str(home / "data"), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def process_seconds(argv: list[str], env: dict[str, str], runs: int) -> float:
    """The median wall time of `argv` run to its end; a failure stops the benchmark."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(argv, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def frame_seconds(window: str, library: Path, env: dict[str, str], runs: int) -> float:
    """The median time from starting the child to its window's first frame (monotonic clock, shared by processes)."""
    times = []
    for _ in range(runs):
        started = time.monotonic()
        child = subprocess.run([sys.executable, __file__, FIRST_FRAME, window, str(library)], env=env, check=True,
                               capture_output=True, text=True, timeout=FRAME_TIMEOUT_S)
        times.append(float(child.stdout.split()[-1]) - started)
    return statistics.median(times)


def report_first_frame(window: str, library: str) -> int:
    """In the child: open Curator's window (or a bare QMainWindow, the floor), print the monotonic
    time of its first paint, then quit as soon as the event loop is free."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])

    class FirstPaint(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint and isinstance(watched, QMainWindow):
                print(time.monotonic(), flush=True)
                app.removeEventFilter(self)
                QTimer.singleShot(0, app.quit)
            return False

    first_paint = FirstPaint()
    app.installEventFilter(first_paint)
    QTimer.singleShot(FRAME_TIMEOUT_S * 1000, lambda: app.exit(1))  # no frame: fail, never hang
    if window == "bare":
        bare = QMainWindow()
        bare.show()
        return app.exec()
    from curator.cli import main

    return main(["--db", library])


def build_small_library(path: Path, env: dict[str, str]) -> None:
    subprocess.run([sys.executable, "-m", "curator", "--db", str(path), "import", str(SEEDS)], env=env, check=True,
                   capture_output=True)


def main() -> int:
    if sys.argv[1:2] == [FIRST_FRAME]:
        return report_first_frame(*sys.argv[2:4])
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-r", "--runs", type=int, default=7, help="runs of each command (default 7)")
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory() as scratch:
        home = Path(scratch)
        env = child_env(home)
        empty, small = home / "empty.db", home / "small.db"
        curator = [sys.executable, "-m", "curator"]
        subprocess.run([*curator, "--db", str(empty), "articles"], env=env, check=True, capture_output=True)
        build_small_library(small, env)

        def seconds(*argv: str) -> float:
            return process_seconds(list(argv), env, runs)

        python = seconds(sys.executable, "-c", "pass")
        sqlite = seconds(sys.executable, "-c", "import sqlite3")
        storage = seconds(sys.executable, "-c", "import curator.storage.tables")
        version = seconds(*curator, "--version")
        articles = seconds(*curator, "--db", str(empty), "articles")
        show = seconds(*curator, "--db", str(small), "show", "1")
        search = seconds(*curator, "--db", str(small), "articles", "--search", "银行")
        bare = frame_seconds("bare", small, env, runs)
        window = frame_seconds("curator", small, env, runs)

    print(f"medians of {runs} runs, in seconds")
    print(f"floor: python -c pass                {python:6.3f}")
    print(f"floor: python -c 'import sqlite3'    {sqlite:6.3f}")
    print(f"floor: import sqlmodel and tables    {storage:6.3f}   (the storage layer every library command loads)")
    print(f"curator --version                    {version:6.3f}")
    print(f"curator articles (empty library)     {articles:6.3f}   target ≤ {TARGET_COMMAND_S}")
    print(f"curator show 1 (5 articles)          {show:6.3f}")
    print(f"curator articles --search 银行       {search:6.3f}")
    print(f"floor: a bare window's first frame   {bare:6.3f}")
    print(f"window: first frame (5 articles)     {window:6.3f}   target ≤ {TARGET_FRAME_S}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
