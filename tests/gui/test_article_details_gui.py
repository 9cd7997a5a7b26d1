"""Article → Edit details…: the dialog, and the list, reader, source filter and history following the change."""

from datetime import datetime

import pytest

from curator.core.settings import Settings
from curator.gui.article_details_dialog import ArticleDetailsDialog
from curator.gui.article_table_model import PUBLISHED, SOURCE, TITLE
from curator.gui.history_panel import describe
from curator.services import library, review
from curator.services.article_details import ArticleDetails

pytestmark = pytest.mark.gui

TEXT = "中国农业银行长治分行行长张三表示，将支持小微企业。"


@pytest.fixture
def opened(window, add_article):
    """The window with two articles listed and the first open."""
    add_article(TEXT, title="旧标题", source="测试报")
    add_article("另一篇文章。", title="另一篇", source="测试报")
    window.refresher.reload_library(sources=True)
    window.article_list.select_row(window.model.row_of(1))
    return window


def edit_in_dialog(window, **fields):
    window.commands.edit_details.trigger()
    dialog = window.details_editor.dialog
    assert dialog is not None and dialog.isVisible()
    for name, value in fields.items():
        getattr(dialog, name).setText(value)
    dialog.buttons.accepted.emit()
    return dialog


def row_of_first(window) -> list:
    row = window.model.row_of(1)
    return [window.model.index(row, column).data() for column in (TITLE, SOURCE, PUBLISHED)]


def sources_listed(window) -> list[str]:
    combo = window.article_list.source_filter
    return [combo.itemText(i) for i in range(1, combo.count())]


def test_the_dialog_shows_the_open_article_and_the_list_and_reader_follow_the_edit(opened):
    dialog = edit_in_dialog(opened, title="新标题", source="新华社", published="2024-03-05")
    assert not dialog.isVisible()
    assert row_of_first(opened) == ["新标题", "新华社", "2024-03-05"]
    assert opened.reader.title.text() == "新标题"
    assert "新华社" in opened.reader.meta.text() and "2024-03-05" in opened.reader.meta.text()
    assert sources_listed(opened) == ["新华社", "测试报"]
    assert library.get_article(opened.db, 1).text == TEXT


def test_undo_in_the_window_puts_the_details_back_everywhere(opened):
    edit_in_dialog(opened, title="新标题", source="新华社")
    opened.commands.undo.trigger()
    assert row_of_first(opened) == ["旧标题", "测试报", ""]
    assert opened.reader.title.text() == "旧标题"
    assert sources_listed(opened) == ["测试报"]
    opened.commands.redo.trigger()
    assert opened.reader.title.text() == "新标题" and row_of_first(opened)[:2] == ["新标题", "新华社"]


def test_a_bad_date_is_said_in_the_dialog_which_stays_open(opened):
    dialog = edit_in_dialog(opened, title="新标题", published="2024-02-30")
    assert dialog.isVisible() and dialog.problem.isVisible()
    assert "2024-02-30" in dialog.problem.text()
    assert library.get_article(opened.db, 1).title == "旧标题"
    dialog.published.setText("")
    dialog.buttons.accepted.emit()
    assert not dialog.isVisible() and library.get_article(opened.db, 1).title == "新标题"


def test_a_title_cannot_be_emptied(qtbot):
    dialog = ArticleDetailsDialog(ArticleDetails(1, "标题", None, None, datetime(2024, 3, 5, 9, 30), None), [])
    qtbot.addWidget(dialog)
    ok = dialog.buttons.buttons()[0]
    assert dialog.published.text() == "2024-03-05 09:30" and ok.isEnabled()
    dialog.title.setText("  ")
    assert not ok.isEnabled()


def test_the_button_beside_the_title_opens_the_dialog(opened):
    assert opened.reader.details_button.isVisible()
    opened.reader.details_button.click()
    assert opened.details_editor.dialog.title.text() == "旧标题"
    opened.details_editor.dialog.reject()


def test_edits_are_offered_only_while_the_article_may_change(make_window, add_article):
    window = make_window(Settings(user="rex", role="reviewer", language="en"))
    add_article(TEXT, title="旧标题")
    window.refresher.reload_library()
    window.article_list.select_row(0)
    assert window.commands.edit_details.isEnabled()  # positive control
    review.submit_article(window.db, article_id=1, user="ann")
    window.workbench.open_article(1)
    window.workbench.apply(lambda: review.approve_article(window.db, article_id=1, user="rex"))
    assert not window.commands.edit_details.isEnabled()


def test_a_search_that_no_longer_matches_drops_the_row(opened, qtbot):
    opened.article_list.search.setText("旧标题")
    qtbot.waitUntil(lambda: opened.model.rowCount() == 1)
    edit_in_dialog(opened, title="新标题")
    assert opened.model.rowCount() == 0


def test_the_history_says_what_changed(opened):
    edit_in_dialog(opened, source="新华社", published="2024-03-05 09:30")
    opened.review.actions.show_history.trigger()
    (row, *_older) = opened.review.history.rows
    assert row.action == "Details edited"
    assert row.details == "Source：测试报 → 新华社；Published：— → 2024-03-05 09:30"
    assert describe({"action": "article_edited", "details": {"title": {"from": "甲", "to": "乙"}}}) == "Title：甲 → 乙"
