"""Start-up benchmark: from process start to a command's output, or to the window's first frame.

Each figure is the median of several runs of a fresh process, printed beside its floor and
target (issue 16): `curator articles` on an empty, up-to-date library within 0.25 s, the
window's first frame within 1 s. The command line runs as `python -m curator`, as the
`curator` script does, without the shell wrapper a version manager may put in front of it.

The targets are wall times. The CPU time the process used is printed beside them: on a
machine shared with other work it moves less than the wall time does.

    python bench/bench_startup.py          # 7 runs of each
    python bench/bench_startup.py -r 15
"""

import argparse
import importlib
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import unicodedata
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "tests" / "fixtures" / "seeds"
TARGET_COMMAND_S = 0.25
TARGET_FRAME_S = 1.0
FIRST_FRAME = "--first-frame"  # the child mode that opens a window and reports its first frame
FRAME_TIMEOUT_S = 60


def child_env(home: Path) -> dict[str, str]:
    """This checkout first on the path, settings, layout and logs in a scratch home, Qt without a screen.

    Bytecode is cached in the scratch home, as an installed Curator has it, even where
    PYTHONDONTWRITEBYTECODE would have every start compile the source again.
    """
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, (str(ROOT), os.environ.get("PYTHONPATH")))),
           "PYTHONPYCACHEPREFIX": str(home / "pycache"), "XDG_CONFIG_HOME": str(home / "config"),
           "XDG_DATA_HOME": str(home / "data"), "XDG_STATE_HOME": str(home / "state"), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def run_child(argv: list[str], env: dict[str, str], **options) -> subprocess.CompletedProcess:
    """Run in this checkout: `python -m` and `-c` import from the working directory first."""
    return subprocess.run(argv, env=env, cwd=ROOT, check=True, **options)


class Timing(NamedTuple):
    wall: float
    cpu: float


def median(timings: list[Timing]) -> Timing:
    return Timing(statistics.median(t.wall for t in timings), statistics.median(t.cpu for t in timings))


def process_timing(argv: list[str], env: dict[str, str], runs: int) -> Timing:
    """The median time of `argv` run to its end; a failure stops the benchmark."""
    timings = []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        run_child(argv, env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        wall = time.perf_counter() - started
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        timings.append(Timing(wall, after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime))
    return median(timings)


def frame_timing(window: str, library: Path, env: dict[str, str], runs: int) -> Timing:
    """The median time from starting the child to its window's first frame (the monotonic clock
    is one for all processes), and the CPU time the child had used by then."""
    timings = []
    for _ in range(runs):
        started = time.monotonic()
        child = run_child([sys.executable, __file__, FIRST_FRAME, window, str(library)], env,
                          capture_output=True, text=True, timeout=FRAME_TIMEOUT_S)
        cpu, painted = map(float, child.stdout.split()[-2:])
        timings.append(Timing(painted - started, cpu))
    return median(timings)


def report_first_frame(window: str, library: str) -> int:
    """In the child: open Curator's window (or a bare QMainWindow, the floor), print the monotonic
    time when its first frame is painted (with "curator-ready", when its library is attached and
    its commands work), then close it as an editor would.

    Curator's window opens through its own command line, which loads Qt where it always does:
    the probe goes in once curator.app has loaded the GUI, just before the window is built.
    """
    if window == "bare":
        from PySide6.QtWidgets import QMainWindow

        app = probed_application(ready=lambda: True)
        bare = QMainWindow()
        bare.show()
        return app.exec()
    import curator.app
    from curator.cli import main

    open_window = curator.app.run_gui

    def open_probed_window(**options) -> int:
        importlib.import_module("curator.gui.application")  # first, as open_window loads it
        app = probed_application(ready=lambda: window == "curator" or any(
            getattr(shown, "attached", False) for shown in app.topLevelWidgets()))
        return open_window(**options)

    curator.app.run_gui = open_probed_window
    return main(["--db", library])


def probed_application(ready):
    """The application, with a probe that prints when a main window's first frame is painted and
    `ready()` holds (checked every 10 ms)."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])

    def painted() -> None:
        if not ready():
            QTimer.singleShot(10, painted)
            return
        print(time.process_time(), time.monotonic(), flush=True)
        QTimer.singleShot(0, app.closeAllWindows)  # after what the window itself started once it was painted

    class FirstPaint(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint and isinstance(watched, QMainWindow):
                app.removeEventFilter(self)
                QTimer.singleShot(0, painted)  # after the window's children are painted too
            return False

    app.installEventFilter(FirstPaint(app))  # the application owns the probe
    QTimer.singleShot(FRAME_TIMEOUT_S * 1000, lambda: app.exit(1))  # no frame: fail, never hang
    return app


def build_small_library(path: Path, env: dict[str, str]) -> None:
    run_child([sys.executable, "-m", "curator", "--db", str(path), "import", str(SEEDS)], env, capture_output=True)


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
        run_child([*curator, "--db", str(empty), "articles"], env, capture_output=True)
        build_small_library(small, env)

        def timing(*argv: str) -> Timing:
            return process_timing(list(argv), env, runs)

        rows = [
            ("floor: python -c pass", timing(sys.executable, "-c", "pass"), ""),
            ("floor: python -c 'import sqlite3'", timing(sys.executable, "-c", "import sqlite3"), ""),
            ("floor: import sqlmodel and tables", timing(sys.executable, "-c", "import curator.storage.tables"),
             "the storage layer every library command loads"),
            ("curator --version", timing(*curator, "--version"), ""),
            ("curator articles (empty library)", timing(*curator, "--db", str(empty), "articles"),
             f"target ≤ {TARGET_COMMAND_S}"),
            ("curator show 1 (5 articles)", timing(*curator, "--db", str(small), "show", "1"), ""),
            ("curator articles --search 银行", timing(*curator, "--db", str(small), "articles", "--search", "银行"), ""),
            ("floor: a bare window's first frame", frame_timing("bare", small, env, runs), ""),
            ("window: first frame (5 articles)", frame_timing("curator", small, env, runs), f"target ≤ {TARGET_FRAME_S}"),
            ("window: library open, commands work", frame_timing("curator-ready", small, env, runs),
             "the services load after the first frame"),
        ]
    print(f"medians of {runs} runs, in seconds{'wall':>11} {'cpu':>6}")
    for label, t, note in rows:
        gap = " " * (36 - len(label) - sum(unicodedata.east_asian_width(c) == "W" for c in label))
        print(f"{label}{gap}{t.wall:6.3f} {t.cpu:6.3f}   {note}".rstrip())
    return 0


if __name__ == "__main__":
    sys.exit(main())
