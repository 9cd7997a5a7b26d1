"""Deleting the open article from the window, and undoing it."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from curator.core.settings import Settings
from curator.core.types import Kind
from curator.services import library, review, tagging

pytestmark = pytest.mark.gui

TEXT = "他毕业于北京大学，现任清华大学教授。"


@pytest.fixture
def three(window, add_article):
    ids = [add_article(TEXT + "。" * i, title=f"文章{i}") for i in range(3)]
    tagging.tag_mention(window.db, article_id=ids[0], start=4, end=8, kind=Kind.INSTITUTION, user="ann")
    window.model.reload()
    window.model.sort(0, Qt.SortOrder.AscendingOrder)
    window.article_list.select_row(0)
    assert window.workbench.article_id == ids[0]
    return ids


def listed(window):
    return [window.model.article_id(row) for row in range(window.model.rowCount())]


def test_delete_asks_then_moves_on_and_undo_brings_the_article_back(window, three):
    asked = []
    window.confirm_delete = lambda title, tags: asked.append((title, tags)) or True
    window.commands.delete_article.trigger()
    assert asked == [("文章0", 1)]
    assert listed(window) == three[1:] and window.workbench.article_id == three[1]
    assert "文章0" in window.statusBar().currentMessage()
    window.commands.undo.trigger()
    assert sorted(listed(window)) == three and window.workbench.article_id == three[0]
    assert [m.surface for m in tagging.article_mentions(window.db, three[0])] == ["北京大学"]
    assert [m.surface for m in window.reader.mentions] == ["北京大学"]


def test_declining_the_question_deletes_nothing(window, three):
    window.confirm_delete = lambda title, tags: False
    window.commands.delete_article.trigger()
    assert listed(window) == three and window.workbench.article_id == three[0]


def test_after_another_change_undo_is_about_that_change(window, three):
    window.confirm_delete = lambda title, tags: True
    window.commands.delete_article.trigger()
    window.reader.select_span(11, 15)
    window.commands.tag_institution.trigger()
    window.commands.undo.trigger()  # takes back the tag in the article now open, not the deletion
    assert tagging.article_mentions(window.db, three[1]) == []
    assert listed(window) == three[1:]


def test_an_approved_article_is_not_deleted(window, three):
    review.submit_article(window.db, article_id=three[0], user="ann")
    review.approve_article(window.db, article_id=three[0], user="rex")
    window.workbench.open_article(three[0])
    window.confirm_delete = lambda title, tags: True
    window.commands.delete_article.trigger()
    assert library.get_article(window.db, three[0]).status == "approved"
    assert "approved" in window.statusBar().currentMessage()


def test_the_question_is_asked_in_chinese(make_window, add_article, monkeypatch):
    window = make_window(Settings(user="ann", language="zh_CN"))
    aid = add_article(TEXT, title="农行长治")
    tagging.tag_mention(window.db, article_id=aid, start=4, end=8, kind=Kind.INSTITUTION, user="ann")
    window.model.reload()
    window.article_list.select_row(0)
    asked = []
    def answer(_parent, title, text, _buttons, default):
        asked.append((title, text, default))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    window.commands.delete_article.trigger()
    assert asked == [("删除文章", "从资料库中删除“农行长治”及其 1 个标注？", QMessageBox.StandardButton.No)]
    assert window.statusBar().currentMessage() == "已删除“农行长治”。撤销（Ctrl+Z）可恢复。"


def test_undo_selects_the_restored_article_even_on_a_page_not_fetched(window, add_article):
    ids = [add_article(TEXT + "。" * i, title=f"文章{i:03d}") for i in range(300)]
    window.model.reload()
    window.model.sort(0, Qt.SortOrder.DescendingOrder)  # 文章299 first; 文章000 on the last page
    window.article_list.select_row(window.model.rowCount() - 1)
    assert window.workbench.article_id == ids[0]
    window.confirm_delete = lambda title, tags: True
    window.commands.delete_article.trigger()
    window.article_list.select_row(0)  # the list shows (and caches) only its first page again
    window.commands.undo.trigger()
    assert window.model.article_id(window.article_list.current_row()) == ids[0]
    assert window.workbench.article_id == ids[0]


def test_undo_in_library_reaches_a_deletion_after_other_changes(window, three, qtbot):
    window.confirm_delete = lambda title, tags: True
    window.commands.delete_article.trigger()  # 文章0 goes; 文章1 opens
    window.reader.select_span(11, 15)
    window.commands.tag_institution.trigger()
    window.commands.undo.trigger()  # the tag in 文章1
    window.commands.undo.trigger()
    assert "Ctrl+Alt+Z" in window.statusBar().currentMessage()  # points to the library-wide undo
    with qtbot.waitSignal(window.library_undo.done, timeout=10_000):
        window.commands.undo_library.trigger()  # the newest change anywhere: the deletion
    assert sorted(listed(window)) == three and window.workbench.article_id == three[0]
    assert [m.surface for m in tagging.article_mentions(window.db, three[0])] == ["北京大学"]
    with qtbot.waitSignal(window.library_undo.done, timeout=10_000):
        window.commands.redo_library.trigger()  # and it can be deleted again
    assert listed(window) == three[1:]
    # the open article went: a neighbour opens, and its row is the one selected
    assert window.workbench.article_id in three[1:]
    assert window.model.article_id(window.article_list.current_row()) == window.workbench.article_id


def test_undo_in_library_says_where_it_changed_something(window, three, qtbot):
    tagging.tag_mention(window.db, article_id=three[2], start=11, end=15, kind=Kind.INSTITUTION, user="ann")
    with qtbot.waitSignal(window.library_undo.done, timeout=10_000):
        window.commands.undo_library.trigger()  # 文章0 is open; the tag was in 文章2
    assert tagging.article_mentions(window.db, three[2]) == []
    assert str(three[2]) in window.statusBar().currentMessage()
