"""The reader gets the room (issue 12, outside): the widest pane on first launch at laptop and
full-HD sizes in both languages, docks closed until View opens them, whole titles in the list,
focus keys, and the layout remembered."""

import struct

import pytest
from PySide6.QtCore import QByteArray, QRect, QSettings
from PySide6.QtWidgets import QApplication

from curator.core.settings import Settings
from curator.gui.article_list import TITLE_LINES
from curator.gui.main_window import MainWindow
from curator.gui.window_layout import DEFAULT_SIZE

pytestmark = pytest.mark.gui

SCREENS = {"laptop": (1366, 768), "full HD": (1920, 1080)}


class FakeScreen:
    def __init__(self, width: int, height: int):
        self.rect = QRect(0, 0, width, height)

    def availableGeometry(self) -> QRect:
        return self.rect


@pytest.fixture
def on_screen(monkeypatch):
    def use(name: str) -> None:
        monkeypatch.setattr(MainWindow, "screen", lambda self: FakeScreen(*SCREENS[name]))
    return use


@pytest.mark.parametrize("screen", SCREENS)
@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_reader_is_the_widest_pane_on_first_launch(make_window, on_screen, screen, language):
    on_screen(screen)
    window = make_window(Settings(user="ann", language=language))
    list_width, reader_width, side_width = window.splitter.sizes()
    assert reader_width > max(list_width, side_width)
    assert window.width() <= SCREENS[screen][0] and window.height() <= SCREENS[screen][1]


@pytest.mark.parametrize("screen", SCREENS)
def test_a_screen_smaller_than_the_window_gets_it_maximized(make_window, on_screen, screen):
    """Sized to the whole of a 1366×768 screen, the window's title bar pushed its status bar off it."""
    on_screen(screen)
    window = make_window(Settings(user="ann", language="zh_CN"))
    assert window.isMaximized() == (screen == "laptop")


def test_a_window_made_half_a_screen_wide_keeps_the_reader_s_share(make_window, on_screen, qtbot):
    """Snapped to half a full-HD screen after its first launch, the window took all 440 px from the
    reader, which was left 200 px wide with its title one character a line."""
    on_screen("full HD")
    window = make_window(Settings(user="ann", language="zh_CN"))
    first = window.splitter.sizes()
    window.resize(960, window.height())
    qtbot.waitUntil(lambda: window.width() == 960)
    sizes = window.splitter.sizes()
    assert sizes[1] > max(sizes[0], sizes[2])
    assert sizes[1] / sum(sizes) == pytest.approx(first[1] / sum(first), abs=0.03)
    window.resize(1400, window.height())  # and room gained goes to the reader
    qtbot.waitUntil(lambda: window.width() == 1400)
    assert window.splitter.sizes()[1] - sizes[1] >= 1400 - 960 - 10


def test_docks_start_closed_for_an_editor_and_view_opens_each(make_window):
    window = make_window()
    review, history = window.review.review_dock, window.review.history_dock
    assert review.isHidden() and history.isHidden()
    view = window.menus["view"].actions()
    for dock, action in ((review, window.review.actions.show_review), (history, window.review.actions.show_history)):
        assert action in view
        action.trigger()
        assert not dock.isHidden() and action.isChecked()
    window.review.actions.show_review.trigger()  # and closes it again
    assert review.isHidden()


def test_a_reviewer_starts_with_the_review_panel_open(make_window):
    window = make_window(Settings(user="rex", role="reviewer", language="en"))
    assert not window.review.review_dock.isHidden() and window.review.history_dock.isHidden()


def test_the_layout_is_remembered(make_window):
    first = make_window()
    first.review.actions.show_history.trigger()
    first.splitter.setSizes([first.width() - 500, 100, 400])  # the offscreen screen is 800 wide
    sizes = first.splitter.sizes()
    first.save_layout()
    again = make_window()
    assert all(abs(a - b) <= 3 for a, b in zip(again.splitter.sizes(), sizes, strict=True))
    assert not again.review.history_dock.isHidden()


def test_list_rows_hold_two_lines_of_title_and_the_tooltip_the_whole(window, add_article):
    title = "作为金融“五篇大文章”之一，普惠金融如何在县域落地生根？记者走访了三家农商银行"
    add_article("正文。", title=title)
    window.refresher.reload_library()
    table = window.article_list.table
    assert table.wordWrap()
    assert table.rowHeight(0) >= table.fontMetrics().lineSpacing() * TITLE_LINES
    assert window.model.index(0, 0).data(3) == title  # Qt.ToolTipRole


@pytest.mark.parametrize("command, target", [
    ("focus_search", lambda w: w.article_list.search),
    ("focus_list", lambda w: w.article_list.table),
    ("focus_reader", lambda w: w.reader.text),
    ("focus_tags", lambda w: w.panel.tree),
])
def test_focus_keys_reach_each_pane(window, qtbot, command, target):
    window.activateWindow()
    getattr(window.commands, command).trigger()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is target(window))


def saved_on_a_screen_of_width(path, width: int) -> None:
    """Make the window's saved geometry say it was saved on a screen `width` pixels wide (its
    screen width field: after the format's version, both rectangles and the screen number and states)."""
    layout = QSettings(str(path), QSettings.Format.IniFormat)
    blob = bytearray(layout.value("window/geometry").data())
    blob[46:50] = struct.pack(">i", width)
    layout.setValue("window/geometry", QByteArray(bytes(blob)))
    layout.sync()


@pytest.mark.parametrize("screen", SCREENS)
def test_a_layout_saved_on_a_screen_of_another_width_opens_as_a_first_start(make_window, on_screen, screen, tmp_path):
    """Qt refuses a geometry saved on a screen a fifth narrower or wider: a window maximized on a
    laptop came back on a full-HD monitor 606×355 px, its reader one character wide."""
    on_screen(screen)
    first = make_window(Settings(user="ann", language="zh_CN"))
    first.close()
    real_width = QApplication.primaryScreen().geometry().width()
    saved_on_a_screen_of_width(tmp_path / "layout.ini", real_width * 2)
    window = make_window(Settings(user="ann", language="zh_CN"))
    if screen == "laptop":
        assert window.isMaximized()
    else:
        assert (window.width(), window.height()) == DEFAULT_SIZE
    assert window.splitter.sizes()[1] > max(window.splitter.sizes()[0], window.splitter.sizes()[2])
