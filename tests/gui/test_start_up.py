"""Issue 16: the window's first frame comes before the work that can wait (jieba, the suggestion
engine, the search indexer), and a window closed right after it still ends cleanly."""

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from curator.core.settings import Settings
from curator.gui.i18n import LanguageSwitcher
from curator.gui.main_window import MainWindow
from curator.gui.theme import apply_theme
from curator.nlp.engine import SuggestionEngine
from curator.services import library, quick_reads
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


def test_the_window_frame_loads_no_storage_and_its_services_load_together():
    """Issue 16: the modules of the window's frame load neither SQLAlchemy nor SQLModel nor pydantic;
    load_services loads every service the window's library part imports (with the windows it builds
    when first shown), so that they load together, with the collector paused; the engine,
    xlsxwriter, QtPy and Alembic load when first used, if ever."""
    code = ("import sys, curator.gui.application as application; print(*sys.modules); print('|'); "
            "application.load_services(); print(*sys.modules); print('|'); "
            "import curator.gui.review_tools, curator.gui.agreement.tools, curator.gui.workbench, curator.gui.refresh, "
            "curator.gui.entities.browser, curator.gui.stats_view, curator.services.importing; print(*sys.modules)")
    run = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    frame, services, window = (set(part.split()) for part in run.stdout.split("|"))
    assert not {"sqlalchemy", "sqlmodel", "pydantic", "curator.storage.tables"} & frame
    assert {"sqlalchemy", "sqlmodel", "curator.storage.tables"} <= services  # the control: they do load, here
    late = [name for name in window - services if name.split(".")[0] in ("sqlalchemy", "sqlmodel", "pydantic")
            or name.startswith(("curator.services", "curator.storage"))]
    # The search module comes with the import dialog's services, and with it PostgreSQL's dialect
    # (and numpy): the window loads them after its first frame (the next test).
    assert sorted(name for name in late if not name.startswith("sqlalchemy.dialects.postgresql")) == [
        "curator.services.import_reading", "curator.services.import_worker", "curator.services.importing",
        "curator.services.worker_pool", "curator.storage.search"]
    assert not {"jieba", "pycrfsuite", "xlsxwriter", "qtpy", "alembic"} & {name.split(".")[0] for name in window}


FIRST_FRAME = """
import json, sys
import curator.gui.application
curator.gui.application.load_services()  # as the window loads them with a library to open
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
    """Issue 16: the window pauses the cyclic collector while the services load, then freezes what
    they made; a collector left off would let the window's garbage pile up."""
    code = ("import gc; print(gc.get_freeze_count()); from curator.gui.application import load_services; "
            "load_services(); print(gc.isenabled(), gc.get_freeze_count())")
    run = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    before, collecting, frozen = run.stdout.split()
    assert before == "0" and collecting == "True" and int(frozen) > 10_000


TWO_STEPS = """
import json, os, sys
import curator.app
from curator.cli import main

open_window = curator.app.run_gui
seen = {}


def probed(**options):
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    from curator.gui.main_window import MainWindow  # the frame's module: no storage with it

    app = QApplication([])

    class FirstPaint(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint and isinstance(watched, MainWindow) and "first frame" not in seen:
                seen["first frame"] = [name for name in ("sqlalchemy", "sqlmodel", "pydantic") if name in sys.modules]
                seen["attached"] = watched.attached
                seen["titles"] = [watched.model.data(watched.model.index(row, 0)) for row in range(watched.model.rowCount())]
                seen["commands"] = watched.commands.tag_figure.isEnabled()
            return False

    def tag_when_attached():
        window = next((w for w in app.topLevelWidgets() if isinstance(w, MainWindow)), None)
        if window is None or "first frame" not in seen or not window.attached:
            return QTimer.singleShot(20, tag_when_attached)
        from curator.services import library
        seen["full list"] = [summary.title for summary in library.list_articles(
            window.db, order_by="imported_at", descending=True)]
        seen["after"] = [window.model.data(window.model.index(row, 0)) for row in range(window.model.rowCount())]
        seen["open"] = window.workbench.article_id
        window.reader.text.setFocus()
        cursor = window.reader.text.textCursor()
        cursor.setPosition(0)
        cursor.setPosition(2, cursor.MoveMode.KeepAnchor)
        window.reader.text.setTextCursor(cursor)
        window.confirm_odd_name = lambda *args: True
        window.commands.tag_figure.trigger()
        seen["tags"] = [[m.start, m.end] for m in window.open_article.mentions]
        seen["commands after"] = window.commands.tag_figure.isEnabled()
        print(json.dumps(seen), flush=True)
        # Out at once: the suggestions the new tag asked for would still be on their way, and a
        # window closed meanwhile is another test's subject (the one on its first suggestions).
        os._exit(0)

    app.installEventFilter(FirstPaint(app))
    QTimer.singleShot(0, tag_when_attached)
    return open_window(**options)


curator.app.run_gui = probed
sys.exit(main(["--db", sys.argv[1], "--user", "ann"]))
"""


def run_two_steps(library_path, tmp_path) -> dict:
    env = {**os.environ, "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path / "data"),
           "XDG_STATE_HOME": str(tmp_path / "state"), "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run([sys.executable, "-c", TWO_STEPS, str(library_path)], cwd=ROOT, env=env,
                         capture_output=True, text=True, check=True, timeout=60)
    return json.loads(run.stdout.splitlines()[-1])


def test_an_up_to_date_library_paints_its_list_before_the_storage_layer_loads(db, add_article, tmp_path):
    """Issue 16: the first frame shows the list, read with sqlite3 alone, with SQLAlchemy and SQLModel
    not loaded; then the window gets its library, lists the same, and tags."""
    for title in ("国务院会议", "央行发布", "北京大学"):
        add_article(TEXT, title=title)
    db.close()  # as another process would find the file
    seen = run_two_steps(db.location, tmp_path)
    assert seen["first frame"] == [] and not seen["attached"]
    assert seen["titles"] == seen["full list"] == seen["after"] == ["北京大学", "央行发布", "国务院会议"]
    assert not seen["commands"] and seen["commands after"]  # waiting, then working
    assert seen["open"] is not None and seen["tags"] == [[0, 3]]  # 新华社, snapped to the word


def test_a_library_the_quick_reader_cannot_list_opens_whole_as_before(tmp_path):
    """The positive control: a library to be created takes the full path, storage loaded before its first frame."""
    seen = run_two_steps(tmp_path / "new.db", tmp_path)
    assert seen["first frame"] == ["sqlalchemy", "sqlmodel", "pydantic"] and seen["attached"]
    assert seen["titles"] == seen["after"] == seen["full list"] == []


def test_a_window_closed_before_its_library_comes_keeps_its_layout(db, add_article, tmp_path, qtbot, qapp):
    """The frame alone: its list from the quick reader, its commands waiting, and closing it saves
    what it lays out (there is no reader or side pane yet to save)."""
    add_article(TEXT, title="一")
    layout = QSettings(str(tmp_path / "layout.ini"), QSettings.Format.IniFormat)
    window = MainWindow(None, Settings(user="ann", language="en"), save_settings=print, layout_store=layout,
                        languages=LanguageSwitcher(qapp), apply_theme=lambda theme: apply_theme(qapp, theme),
                        first_list=quick_reads.quick_article_list(db.location), location=db.location)
    qtbot.addWidget(window)
    window.show()
    assert window.model.rowCount() == 1 and window.article_list.current_row() == 0
    assert not window.commands.tag_figure.isEnabled() and not window.article_list.search.isEnabled()
    assert window.commands.quit.isEnabled()
    window.close()
    assert layout.value("window/geometry") is not None and layout.value("window/state") is None
