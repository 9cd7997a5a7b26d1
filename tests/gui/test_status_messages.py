"""Messages in the status bar are never cut off: a long one wraps and the bar grows to hold it."""

import pytest

pytestmark = pytest.mark.gui

LONG = ("cannot open library /home/editor/Documents/Newsroom/2026/regional-finance/shared/curator-library-backup"
        "-before-the-season-import.db: unable to open database file (the folder is on a disconnected share)")


def _laptop(window, qtbot):
    window.resize(1366, 740)
    qtbot.waitUntil(lambda: window.width() <= 1366)


def test_a_long_message_wraps_and_the_bar_holds_every_line(window, qtbot):
    _laptop(window, qtbot)
    bar = window.statusBar()
    normal = bar.height()
    window.say(LONG)
    qtbot.waitUntil(lambda: bar.height() > normal)
    one_line = bar.fontMetrics().height()
    assert bar.message_height(LONG) > one_line  # it really needs more than one line at this width
    assert bar.height() >= 2 * one_line
    assert bar.message_rect().height() >= bar.message_height(LONG)
    assert bar.currentMessage() == LONG


def test_a_path_without_spaces_breaks_rather_than_running_off(window, qtbot):
    _laptop(window, qtbot)
    bar = window.statusBar()
    path = "/" + "/".join(["区域金融新闻资料库备份"] * 30) + ".db"
    window.say(path)
    qtbot.waitUntil(lambda: bar.message_rect().height() >= bar.message_height(path))
    assert bar.message_height(path) > bar.fontMetrics().height()


def test_a_short_message_keeps_the_bar_at_its_height_and_it_shrinks_back(window, qtbot):
    _laptop(window, qtbot)
    bar = window.statusBar()
    normal = bar.height()
    window.say("Tagged.")
    qtbot.wait(50)
    assert bar.height() == normal
    window.say(LONG)
    qtbot.waitUntil(lambda: bar.height() > normal)
    bar.clearMessage()
    qtbot.waitUntil(lambda: bar.height() == normal)
