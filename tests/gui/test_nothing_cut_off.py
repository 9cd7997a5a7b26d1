"""Nothing the editor must read is cut off: status-bar messages wrap and the bar grows to hold them;
the empty reader's hint wraps too."""

import pytest

from curator.core.settings import Settings

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


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_empty_reader_s_hint_is_shown_whole(make_window, qtbot, language):
    window = make_window(Settings(user="ann", language=language))
    _laptop(window, qtbot)
    hint = window.reader.hint
    qtbot.waitUntil(hint.isVisible)
    assert "Ctrl+O" in hint.text()  # the end of the sentence, which the text's placeholder lost
    assert hint.height() >= hint.heightForWidth(hint.width())
    window.workbench.open_article(_one_article(window))
    assert not hint.isVisible()


def _one_article(window) -> int:
    from tests.conftest import article_adder

    return article_adder(window.db)("县农行行长张三说。")
