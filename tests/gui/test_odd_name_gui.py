"""Tagging a span that does not look like a name asks first (issue 11: absurd tags were propagated)."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from curator.core.settings import Settings
from curator.services import tagging

pytestmark = pytest.mark.gui

TEXT = "行长孙洪卫表示，将继续支持小微企业。"


@pytest.fixture
def asked(monkeypatch):
    """The questions put to the editor; the answer is set by the test."""
    class Questions(list):
        answer = QMessageBox.StandardButton.No

    questions = Questions()

    def question(parent, title, text, buttons, default):
        questions.append((title, text, default))
        return questions.answer

    monkeypatch.setattr(QMessageBox, "question", question)
    return questions


def tag_as_figure(window, add_article, qtbot, start, end):
    add_article(TEXT, title="测试")
    window.model.sort(0, Qt.SortOrder.AscendingOrder)
    window.article_list.select_row(0)
    window.reader.text.setFocus()
    window.reader.select_span(start, end)
    window.commands.tag_figure_exact.trigger()
    return tagging.article_mentions(window.db, window.workbench.article_id)


def test_a_clause_is_tagged_only_if_the_editor_confirms(make_window, add_article, qtbot, asked):
    window = make_window(Settings(user="ann", language="zh_CN"))
    assert tag_as_figure(window, add_article, qtbot, 2, 12) == []  # answered No: nothing tagged
    ((title, text, default),) = asked
    assert title == "不是名称？" and "看起来像一个句子，不像名称" in text
    assert default == QMessageBox.StandardButton.No  # Enter out of habit does not tag a clause
    asked.answer = QMessageBox.StandardButton.Yes
    window.reader.select_span(2, 12)
    window.commands.tag_figure_exact.trigger()
    assert [m.surface for m in tagging.article_mentions(window.db, window.workbench.article_id)] == ["孙洪卫表示，将继续支"]


def test_a_name_is_tagged_without_a_question(make_window, add_article, qtbot, asked):
    window = make_window()
    assert [m.surface for m in tag_as_figure(window, add_article, qtbot, 2, 5)] == ["孙洪卫"]
    assert asked == []
