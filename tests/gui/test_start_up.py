"""Issue 16: the window's first frame comes before the work that can wait (jieba, the suggestion
engine, the search indexer), and a window closed right after it still ends cleanly."""

import json
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from curator.nlp.engine import SuggestionEngine
from curator.services import library
from curator.services.suggestions import SuggestionService

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]
TEXT = "新华社北京电 国务院总理李强在北京大学会见了中国人民银行行长。"
WAIT = 15_000  # generous ceiling for jieba and the indexer; never a timing assertion


class HeldEngine(SuggestionEngine):
    """Suggests nothing, and not before it is released: the lane stays busy while the window closes."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.released = threading.Event()

    def suggest(self, text, **_rules):
        self.released.wait(WAIT / 1000)
        return []


def test_the_work_that_can_wait_starts_after_the_first_frame(make_window, add_article, qtbot):
    add_article(TEXT)  # not yet indexed for search, as after an import from the command line
    window = make_window()  # built and shown; no event has run, so nothing is painted yet
    assert not window.suggester.started and not window.importer.indexing
    with qtbot.waitSignal(window.importer.indexed, timeout=WAIT) as indexed:
        pass
    assert indexed.args == [1]
    assert window.suggester.started


def test_a_window_closed_while_its_first_suggestions_wait_drops_them(make_window, add_article, db, tmp_path, qtbot):
    """The request cancelled on closing still reported back, with no suggestions: drawing them raised."""
    add_article(TEXT)
    engine = HeldEngine(model_path=tmp_path / "model.crfsuite")
    window = make_window(suggestions=SuggestionService(db, engine))
    qtbot.waitUntil(lambda: window.suggester.started, timeout=WAIT)  # warming up; the request waits behind
    threading.Timer(0.5, engine.released.set).start()  # the warm-up ends while the window is closing
    window.close()
    qtbot.wait(200)  # the cancelled request reports back
    assert window.suggester.article_id is None  # nothing shown, nothing raised


def test_the_window_loads_its_services_before_qt_and_nothing_that_can_wait():
    """PySide6 reads the source of every module imported after it (curator/gui/__init__.py); the
    engine, xlsxwriter, QtPy and Alembic load when first used, if ever."""
    code = ("import sys, curator.gui.application, curator.gui.entities.browser, curator.gui.stats_view, "
            "curator.services.importing; print(*sys.modules)")  # with the windows the main window builds when first shown
    run = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    loaded = run.stdout.split()  # in the order their imports began
    after_qt = loaded[next(i for i, name in enumerate(loaded) if name.startswith("PySide6")):]
    late = [name for name in after_qt if name.split(".")[0] in ("sqlalchemy", "sqlmodel", "pydantic")
            or name.startswith(("curator.services", "curator.storage"))]
    # Imported after the window on purpose, with the modules that read for it: the probe sees them.
    # The search module comes with it, and with the search module PostgreSQL's dialect (and numpy):
    # the window loads them after its first frame (the next test).
    assert sorted(name for name in late if not name.startswith("sqlalchemy.dialects.postgresql")) == [
        "curator.services.import_reading", "curator.services.import_worker", "curator.services.importing",
        "curator.services.worker_pool", "curator.storage.search"]
    assert not {"jieba", "pycrfsuite", "xlsxwriter", "qtpy", "alembic"} & {name.split(".")[0] for name in loaded}


FIRST_FRAME = """
import json, sys
import curator.gui.application  # the services before Qt, as the window loads them
from PySide6.QtCore import QEvent, QObject, QSettings
from PySide6.QtWidgets import QApplication
from curator.core.settings import Settings
from curator.gui.i18n import LanguageSwitcher
from curator.gui.main_window import MainWindow
from curator.gui.theme import apply_theme
from curator.services.library import open_database

LATER = ("numpy", "curator.storage.search", "sqlalchemy.dialects.postgresql", "curator.gui.entities.browser",
         "PySide6.QtCharts")
app = QApplication([])
window = MainWindow(open_database(sys.argv[1]), Settings(user="ann", language="en"), save_settings=print,
                    layout_store=QSettings(sys.argv[2], QSettings.Format.IniFormat), languages=LanguageSwitcher(app),
                    apply_theme=lambda theme: apply_theme(app, theme))
seen = {}

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and "first frame" not in seen:
            seen["first frame"] = [name for name in LATER if name in sys.modules]
        return False

window.installEventFilter(FirstPaint(window))
window.show()
while window.article_list.search.maxLength() == 32767 or len([n for n in LATER if n in sys.modules]) < len(LATER):
    app.processEvents()
seen["later"] = [name for name in LATER if name in sys.modules]
seen["limit"] = window.article_list.search.maxLength()
window.close()
print(json.dumps(seen))
"""


def test_the_first_frame_comes_before_numpy_the_search_module_and_the_entity_browser(db, tmp_path):
    """Issue 16: the search module brings numpy and PostgreSQL's dialect, a tenth of a second that
    the first frame, which shows no search, does without; the search box has its limit all the same.
    The entity browser, a window of its own with a chart (QtCharts), is built after it too."""
    run = subprocess.run([sys.executable, "-c", FIRST_FRAME, db.location, str(tmp_path / "layout.ini")], cwd=ROOT,
                         capture_output=True, text=True, check=True, timeout=WAIT / 1000)
    seen = json.loads(run.stdout.splitlines()[-1])
    assert seen["first frame"] == []
    assert seen["later"] == ["numpy", "curator.storage.search", "sqlalchemy.dialects.postgresql",
                             "curator.gui.entities.browser", "PySide6.QtCharts"]
    assert seen["limit"] == library.MAX_QUERY_CHARS


def test_loading_the_services_leaves_the_collector_on_and_their_objects_out_of_its_walks():
    """Issue 16: curator/gui/__init__.py pauses the cyclic collector while the services load, then
    freezes what they made; a collector left off would let the window's garbage pile up."""
    code = "import gc; print(gc.get_freeze_count()); import curator.gui; print(gc.isenabled(), gc.get_freeze_count())"
    run = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    before, collecting, frozen = run.stdout.split()
    assert before == "0" and collecting == "True" and int(frozen) > 10_000
