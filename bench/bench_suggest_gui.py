"""GUI benchmark: from opening a seed article until its suggestions are shown, beside the floor.

    QT_QPA_PLATFORM=offscreen python bench/bench_suggest_gui.py                  # ../shared/seeds
    QT_QPA_PLATFORM=offscreen python bench/bench_suggest_gui.py path/to/articles

The floor is the engine alone (`SuggestionEngine.suggest` on the same text); the rest is the
database, the worker hop back to the GUI thread and drawing the highlights and the list.
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from curator.core.settings import Settings  # noqa: E402
from curator.gui.i18n import LanguageSwitcher  # noqa: E402
from curator.gui.main_window import MainWindow  # noqa: E402
from curator.gui.theme import apply_theme  # noqa: E402
from curator.services import library  # noqa: E402
from curator.services.importing import import_paths  # noqa: E402
from curator.services.suggestions import SuggestionService  # noqa: E402
from curator.storage.db import open_database  # noqa: E402
from tests.shared_data import SHARED  # noqa: E402

TARGET_SHOWN_MS = 200
DEFAULT_SEEDS = SHARED / "seeds"


def wait_until(app: QApplication, done) -> None:
    while not done():
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)


def open_until_shown_ms(app: QApplication, window: MainWindow, article_id: int) -> float:
    """Milliseconds from opening an article until its suggestions are drawn."""
    started = time.perf_counter()
    window.workbench.open_article(article_id)
    wait_until(app, lambda: window.suggester.article_id == article_id)
    app.processEvents()  # the repaint of the underlines and the list
    return (time.perf_counter() - started) * 1000


def line(label: str, values: list[float], target: float | None = None) -> str:
    median, worst = statistics.median(values), max(values)
    verdict = "" if target is None else f"(target ≤ {target:g} ms)  {'ok' if worst <= target else 'OVER'}"
    return f"{label:<46} median {median:>6.1f} ms  max {worst:>6.1f} ms  {verdict}"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("seeds", nargs="?", type=Path, default=DEFAULT_SEEDS)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = open_database(folder / "library.db")
        import_paths(db, [args.seeds], user="bench")
        service = SuggestionService(db)
        languages = LanguageSwitcher(app)
        languages.switch("zh_CN")
        window = MainWindow(db, Settings(user="bench", language="zh_CN"), save_settings=lambda _s: None,
                            layout_store=QSettings(str(folder / "layout.ini"), QSettings.Format.IniFormat),
                            languages=languages, apply_theme=lambda t: apply_theme(app, t), suggestions=service)
        window.show()
        started = time.perf_counter()
        wait_until(app, lambda: window.suggester.article_id is not None)  # warm-up, then the first article
        first_s = time.perf_counter() - started
        window.runner.shutdown()  # stop the search indexing: the editor's usual, idle case
        ids = [row.id for row in library.list_articles(db)]
        ids = [a for a in ids if a != window.workbench.article_id] + [window.workbench.article_id]
        computed = [open_until_shown_ms(app, window, a) for a in ids]  # computed by the engine on the lane
        cached = [open_until_shown_ms(app, window, a) for a in ids for _ in range(3)]  # from the service's cache
        window.suggester.set_enabled(False)
        plain = []
        for a in ids * 3:
            t0 = time.perf_counter()
            window.workbench.open_article(a)
            app.processEvents()
            plain.append((time.perf_counter() - t0) * 1000)
        window.suggester.set_enabled(True)
        texts = [library.get_article(db, a).text for a in ids]
        floor = []
        for text in texts:
            t0 = time.perf_counter()
            service.engine.suggest(text)
            floor.append((time.perf_counter() - t0) * 1000)
        counts = [len(service.suggest(a)) for a in ids]
        window.close()
        db.close()
    chars = [len(t) for t in texts]
    print(f"{len(ids)} seed articles, {min(chars):,}–{max(chars):,} characters, "
          f"{min(counts)}–{max(counts)} suggestions each")
    print(f"{'start-up until the first article shows suggestions':<46} {first_s * 1000:>13.0f} ms  "
          f"(jieba and the engine load on the suggestion lane)")
    print(line("open → suggestions shown, first time", computed, TARGET_SHOWN_MS))
    print(line("open → suggestions shown, cached", cached, TARGET_SHOWN_MS))
    print(line("floor: engine.suggest alone", floor))
    print(line("floor: opening with suggestions off", plain))
    return 0


if __name__ == "__main__":
    sys.exit(main())
