"""Tagging in the reader: keys, spans, astral characters, undo, side panel."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from curator.core.types import Kind
from curator.services import library, tagging

pytestmark = pytest.mark.gui

TEXT = "他毕业于北京大学，现任清华大学教授。北京大学的校长也出席了。"


def stored(window):
    return [(m.start, m.end, m.kind, m.surface, m.annotator)
            for m in tagging.article_mentions(window.db, window.workbench.article_id)]


def open_first(window, add_article, text=TEXT, count=1):
    ids = [add_article(text + "。" * i, title=f"文章{i}") for i in range(count)]
    window.model.sort(0, Qt.SortOrder.AscendingOrder)
    window.article_list.select_row(0)
    window.reader.text.setFocus()
    return ids


def select_qt(window, start: int, end: int) -> None:
    """Select by Qt (UTF-16) positions, as the mouse would."""
    cursor = QTextCursor(window.reader.text.document())
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    window.reader.text.setTextCursor(cursor)


def test_selection_and_key_1_tags_an_institution(window, add_article, qtbot):
    open_first(window, add_article)
    window.reader.select_span(4, 8)
    qtbot.keyClick(window.reader.text, Qt.Key.Key_1)
    assert stored(window) == [(4, 8, "institution", "北京大学", "ann")]
    assert library.get_article(window.db, window.workbench.article_id).status == "in_progress"


def test_key_f_tags_a_figure(window, add_article, qtbot):
    open_first(window, add_article)
    window.reader.select_span(0, 1)
    qtbot.keyClick(window.reader.text, Qt.Key.Key_F)
    assert stored(window) == [(0, 1, "figure", "他", "ann")]


def test_name_after_astral_characters_stores_exactly_the_selection(window, add_article, qtbot):
    text = "𠮷野家😀报道：中国农业银行今天开业。"
    open_first(window, add_article, text)
    found = window.reader.text.document().find("中国农业银行")  # Qt positions: UTF-16 units
    assert found.selectionStart() == text.index("中国农业银行") + 2  # each astral character counts twice
    select_qt(window, found.selectionStart(), found.selectionEnd())
    selected = window.reader.text.textCursor().selectedText()
    window.commands.tag_institution_exact.trigger()
    (mention,) = tagging.article_mentions(window.db, window.workbench.article_id)
    assert mention.surface == selected == "中国农业银行"
    assert text[mention.start : mention.end] == selected


def test_highlight_after_astral_characters_covers_the_name(window, add_article):
    text = "😀😀中国农业银行"
    aid = open_first(window, add_article, text)[0]
    tagging.tag_mention(window.db, article_id=aid, start=2, end=8, kind="institution", user="ann")
    window.workbench.open_article(aid)
    (selection,) = window.reader.text.extraSelections()
    assert selection.cursor.selectedText() == "中国农业银行"


def test_partial_selection_snaps_to_the_word_and_alt_keeps_it_exact(window, add_article, qtbot):
    open_first(window, add_article)
    window.reader.select_span(5, 9)  # 京大学，
    qtbot.keyClick(window.reader.text, Qt.Key.Key_1)
    assert stored(window)[0][:4] == (4, 8, "institution", "北京大学")
    window.reader.select_span(12, 14)  # 华大 of 清华大学
    qtbot.keyClick(window.reader.text, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    assert stored(window)[1][:4] == (12, 14, "institution", "华大")


def test_undo_and_redo_from_the_keyboard(window, add_article, qtbot):
    open_first(window, add_article)
    window.reader.select_span(4, 8)
    qtbot.keyClick(window.reader.text, Qt.Key.Key_1)
    qtbot.keyClick(window.reader.text, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored(window) == []
    assert window.panel.entry_count("institution") == {}
    qtbot.keyClick(window.reader.text, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert [m[3] for m in stored(window)] == ["北京大学"]
    assert window.panel.entry_count("institution") == {"北京大学": 1}


def test_side_panel_counts_after_tagging_labelling_all_and_removing(window, add_article, qtbot):
    open_first(window, add_article)
    window.reader.select_span(4, 8)
    qtbot.keyClick(window.reader.text, Qt.Key.Key_1)
    assert window.panel.entry_count("institution") == {"北京大学": 1}
    window.panel.label_all_action.trigger()
    assert window.panel.entry_count("institution") == {"北京大学": 2}
    window.panel.switch_action.trigger()
    assert window.panel.entry_count("figure") == {"北京大学": 2}
    assert window.panel.entry_count("institution") == {}
    window.panel.remove_action.trigger()
    assert window.panel.entry_count("figure") == {} and stored(window) == []


def test_clicking_a_highlight_selects_it_and_delete_removes_it(window, add_article, qtbot):
    open_first(window, add_article)
    window.reader.select_span(11, 15)
    qtbot.keyClick(window.reader.text, Qt.Key.Key_1)
    window.reader.select_span(0, 0)
    text = window.reader.text
    cursor = QTextCursor(text.document())
    cursor.setPosition(12)
    point = text.cursorRect(cursor).center()
    qtbot.mouseClick(text.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.panel.selected_entry().name == "清华大学"
    assert window.reader.current_mention == tagging.article_mentions(window.db, window.workbench.article_id)[0].id
    qtbot.keyClick(text, Qt.Key.Key_Delete)
    assert stored(window) == []


def test_stepping_through_occurrences_from_the_panel(window, add_article):
    open_first(window, add_article)
    window.reader.select_span(4, 8)
    window.commands.tag_institution.trigger()
    window.commands.label_all.trigger()
    item = window.panel.tree.topLevelItem(0).child(0)
    ids = [m.id for m in tagging.article_mentions(window.db, window.workbench.article_id)]
    window.panel.tree.itemClicked.emit(item, 0)
    first = window.reader.current_mention
    window.panel.tree.itemClicked.emit(item, 0)
    assert {first, window.reader.current_mention} == set(ids)


def test_overlapping_tag_is_refused_with_a_message(window, add_article, qtbot):
    open_first(window, add_article)
    window.reader.select_span(4, 8)
    window.commands.tag_institution.trigger()
    window.reader.select_span(6, 8)
    window.commands.tag_figure_exact.trigger()
    assert "overlaps" in window.statusBar().currentMessage()
    assert len(stored(window)) == 1


def test_next_and_previous_article_from_the_keyboard(window, add_article, qtbot):
    ids = open_first(window, add_article, count=3)
    assert window.workbench.article_id == ids[0]
    qtbot.keyClick(window.reader.text, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert window.workbench.article_id == ids[1]
    qtbot.keyClick(window.reader.text, Qt.Key.Key_N)
    assert window.workbench.article_id == ids[2]
    qtbot.keyClick(window.reader.text, Qt.Key.Key_P)
    assert window.workbench.article_id == ids[1]


def test_mark_done_sets_status_and_moves_on(window, add_article, qtbot):
    ids = open_first(window, add_article, count=2)
    window.commands.mark_done.trigger()
    assert library.get_article(window.db, ids[0]).status == "done"
    assert window.workbench.article_id == ids[1]


def test_tags_that_touch_are_told_apart(window, add_article):
    """中国农业银行 and 长治分行 tagged side by side read as one tag; every other one is shaded."""
    text = "中国农业银行长治分行行长张三，与中国人民银行人士会面。"
    add_article(text, title="相邻")
    window.model.sort(0, Qt.SortOrder.AscendingOrder)
    window.article_list.select_row(0)
    for start, end in ((0, 6), (6, 10), (16, 22)):
        tagging.tag_mention(window.db, article_id=window.workbench.article_id, start=start, end=end,
                            kind=Kind.INSTITUTION, user="ann")
    window.workbench.open_article(window.workbench.article_id)
    colors = {s.cursor.selectedText(): s.format.background().color().name() for s in window.reader.text.extraSelections()}
    assert colors["中国农业银行"] != colors["长治分行"]  # touching: a shade apart
    assert colors["中国农业银行"] == colors["中国人民银行"]  # apart: the same colour


def test_the_panel_s_counts_line_up_on_the_right(window, add_article):
    open_first(window, add_article)
    window.reader.select_span(4, 8)
    window.commands.tag_institution.trigger()
    kind = window.panel.tree.topLevelItem(0)
    assert kind.textAlignment(1) == kind.child(0).textAlignment(1) == int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
