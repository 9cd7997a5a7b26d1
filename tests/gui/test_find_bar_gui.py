"""Find in the open article: Ctrl+F opens a bar under the text, F3 / Shift+F3 step through the matches,
Esc closes it; matches fold script and width as the library search does. Ctrl+Shift+F is the
library's search box now."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from curator.gui.theme import DARK, LIGHT

pytestmark = pytest.mark.gui

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
# Astral characters before the first match: two code points, four UTF-16 units.
TEXT = "😀𠮷工商銀行鄭州分行發放貸款。农业银行也在发放，银行"


@pytest.fixture
def reader(window, add_article):
    article_id = add_article(TEXT, script="traditional")
    window.workbench.open_article(article_id)
    window.activateWindow()
    window.reader.text.setFocus()
    return window.reader


def highlighted(window) -> list[tuple[str, bool]]:
    """The find bar's highlights: (the text under each, whether it is the current one)."""
    palette = LIGHT
    colours = {palette.find_match[0]: False, palette.find_current[0]: True}
    return [(s.cursor.selectedText(), colours[s.format.background().color().name()])
            for s in window.reader.text.extraSelections() if s.format.background().color().name() in colours]


def test_ctrl_f_finds_either_script_and_f3_steps_through(window, reader, qtbot):
    qtbot.keyClick(reader.text, Qt.Key.Key_F, CTRL)
    bar = window.finder.bar
    qtbot.waitUntil(lambda: QApplication.focusWidget() is bar.field)
    for char in "银行":  # typed one at a time (QTest types ASCII only)
        bar.field.insert(char)
    assert highlighted(window) == [("銀行", True), ("银行", False), ("银行", False)]
    assert bar.count.text() == "1 / 3"
    assert reader.caret() == TEXT.index("銀行")  # code points, although two astral characters come first
    qtbot.keyClick(bar.field, Qt.Key.Key_F3)
    assert bar.count.text() == "2 / 3" and highlighted(window)[1] == ("银行", True)
    qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    assert bar.count.text() == "3 / 3"
    qtbot.keyClick(bar.field, Qt.Key.Key_F3)
    assert bar.count.text() == "1 / 3"  # wraps
    qtbot.keyClick(bar.field, Qt.Key.Key_F3, SHIFT)
    assert bar.count.text() == "3 / 3"
    assert reader.caret() == TEXT.rindex("银行")
    qtbot.keyClick(bar.field, Qt.Key.Key_Escape)
    assert bar.isHidden() and highlighted(window) == []
    qtbot.waitUntil(lambda: QApplication.focusWidget() is reader.text)


def test_full_width_is_found_and_no_match_is_said(window, add_article, qtbot):
    window.workbench.open_article(add_article("代码ＡＢＣ１２３上市。"))
    window.commands.find_in_article.trigger()
    window.finder.bar.field.setText("abc123")
    assert highlighted(window) == [("ＡＢＣ１２３", True)]
    window.finder.bar.field.setText("abc124")
    assert highlighted(window) == [] and window.finder.bar.count.text() == "No matches"


def test_esc_in_the_text_closes_the_bar_and_is_left_alone_when_it_is_shut(window, reader, qtbot):
    window.commands.find_in_article.trigger()
    window.finder.bar.field.setText("银行")
    reader.text.setFocus()
    qtbot.keyClick(reader.text, Qt.Key.Key_Escape)
    assert window.finder.bar.isHidden()
    assert not window.commands.close_find.isEnabled()  # a shut bar takes no Esc from anyone


def test_the_selection_is_what_ctrl_f_looks_for_and_the_current_match(window, reader):
    start = TEXT.rindex("银行")
    reader.select_span(start, start + 2)
    window.commands.find_in_article.trigger()
    assert window.finder.bar.field.text() == "银行"
    assert highlighted(window) == [("銀行", False), ("银行", False), ("银行", True)]
    assert window.finder.bar.count.text() == "3 / 3"


def test_the_current_match_is_scrolled_to_the_middle(window, add_article):
    text = "\n".join(["普通的一段话，没有要找的词。"] * 200 + ["这里提到了銀行。"] + ["结尾的话。"] * 50)
    window.workbench.open_article(add_article(text, script="traditional"))
    window.commands.find_in_article.trigger()
    window.finder.bar.field.setText("银行")
    view = window.reader.text
    line = view.cursorRect()
    assert view.verticalScrollBar().value() > 0
    assert abs(line.center().y() - view.viewport().height() // 2) <= line.height()


def test_another_article_shows_its_matches_with_none_current(window, reader, add_article):
    window.commands.find_in_article.trigger()
    window.finder.bar.field.setText("银行")
    window.workbench.open_article(add_article("两家银行，三家银行。"))
    assert highlighted(window) == [("银行", False), ("银行", False)]
    assert window.finder.bar.count.text() == "2 match(es)"  # English has no plural forms of its own
    window.commands.find_next.trigger()
    assert window.finder.bar.count.text() == "1 / 2"


def test_ctrl_shift_f_goes_to_the_library_search_and_ctrl_f_to_the_find_bar(window, reader, qtbot):
    qtbot.keyClick(reader.text, Qt.Key.Key_F, CTRL | SHIFT)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.article_list.search)
    qtbot.keyClick(window.article_list.search, Qt.Key.Key_F, CTRL)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.finder.bar.field)


def contrast(background: str, text: str) -> float:
    def luminance(colour: str) -> float:
        channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    light, dark = sorted((luminance(background), luminance(text)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@pytest.mark.parametrize("palette", [LIGHT, DARK], ids=["light", "dark"])
def test_matches_are_readable_and_unlike_any_tag(palette):
    assert contrast("#000000", "#ffffff") > 20 and contrast("#777777", "#888888") < 1.5  # the measure measures
    for background, text in (palette.find_match, palette.find_current):
        assert contrast(background, text) >= 4.5
    tag_fills = {fill for fill, _text in palette.highlight.values()}
    assert {palette.find_match[0], palette.find_current[0]}.isdisjoint(tag_fills)
    assert palette.find_match[0] != palette.find_current[0]
