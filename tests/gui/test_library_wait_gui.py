"""While another program writes to the library, a tag in the window waits, says so, and is kept
(issue 14, item 5)."""

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from curator.services import tagging
from tests.robustness.test_busy_library import hold_write_lock

pytestmark = pytest.mark.gui


def test_a_tag_waits_for_the_library_with_a_visible_status(window, add_article, qtbot, tmp_path):
    add_article("中国农业银行长治分行行长张三表示，将支持小微企业。", title="测试")
    window.model.sort(0, Qt.SortOrder.AscendingOrder)  # reads the new article into the list
    window.article_list.select_row(0)
    shown = []
    window.statusBar().messageChanged.connect(shown.append)
    held = threading.Event()
    other = threading.Thread(target=hold_write_lock, args=(tmp_path / "library.db", 1.5, held))
    other.start()
    held.wait()
    window.reader.select_span(0, 6)
    window.commands.tag_institution_exact.trigger()
    other.join()
    assert "Waiting for the library: another program is writing to it…" in shown
    assert [m.surface for m in tagging.article_mentions(window.db, window.workbench.article_id)] == ["中国农业银行"]
    assert window.statusBar().currentMessage().startswith("Tagged")  # the notice is gone with the wait
    assert QGuiApplication.overrideCursor() is None
