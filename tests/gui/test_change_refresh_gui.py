"""A tag in the window is one write transaction and one read; the views refresh from the change
(issue 12: pressing 1 opened 7 sessions, ran 18 statements and read the article 3 times)."""

import pytest

from curator.core.types import Kind
from curator.gui.article_table_model import FIGURES, INSTITUTIONS, STATUS
from curator.services import tagging
from tests.services.test_statement_budget import BUDGET, Statements

pytestmark = pytest.mark.gui

TEXT = "中国农业银行长治分行行长张三表示，将支持小微企业。"


def open_only_article(window, add_article):
    add_article(TEXT, title="测试")
    window.refresher.reload_library()  # as after an import
    window.article_list.select_row(0)


def test_pressing_1_is_one_write_transaction_and_one_read(window, add_article):
    open_only_article(window, add_article)
    statements = Statements(window.db, main_thread_only=True)
    window.reader.select_span(0, 6)
    window.commands.tag_institution_exact.trigger()
    assert sum(s.startswith("BEGIN") for s in statements.traced) == 1
    (read,) = statements.outside_transactions()
    assert "FROM mention" in read  # the open article's tags, its one read
    assert len(statements.sent) <= BUDGET + 1
    assert [m.surface for m in window.reader.mentions] == ["中国农业银行"]


def test_the_list_row_and_the_counts_follow_the_change_without_reading(window, add_article):
    open_only_article(window, add_article)
    statements = Statements(window.db, main_thread_only=True)
    window.reader.select_span(0, 6)
    window.commands.tag_institution_exact.trigger()
    window.reader.select_span(10, 12)
    window.commands.tag_figure_exact.trigger()
    model = window.model
    assert [model.index(0, column).data() for column in (STATUS, INSTITUTIONS, FIGURES)] == ["In progress", 1, 1]
    assert window.counts.text() == "Articles: 1  ·  In progress 1"
    assert not [s for s in statements.outside_transactions() if "FROM article" in s]
    assert window.reader.article.status == "in_progress"
    assert window.review.panel.banner_lines()[0] == "Status: In progress"


def test_an_undo_in_the_window_shows_the_article_as_it_was(window, add_article):
    open_only_article(window, add_article)
    window.reader.select_span(0, 6)
    window.commands.tag_institution_exact.trigger()
    window.commands.undo.trigger()
    assert window.reader.mentions == [] and window.panel.entry_count(Kind.INSTITUTION) == {}
    assert window.model.index(0, STATUS).data() == "New"
    assert window.counts.text() == "Articles: 1  ·  New 1"
    assert tagging.article_mentions(window.db, window.workbench.article_id) == []



def test_a_rename_in_the_registry_shows_in_the_open_article(window, add_article):
    """Issue 13: a rename moves no tag, so the Change names no article; the reader and the panel
    showed the old name until the article was opened again."""
    from curator.services import registry

    open_only_article(window, add_article)
    window.reader.select_span(0, 6)
    window.commands.tag_institution_exact.trigger()
    (mention,) = window.reader.mentions
    change = registry.rename(window.db, entity_id=mention.entity_id, name="农业银行", user="ann")
    assert window.workbench.article_id not in change.article_ids  # what made the reader miss it
    window.refresher.apply(change)
    assert [m.entity for m in window.reader.mentions] == ["农业银行"]
    assert window.panel.entry_count(Kind.INSTITUTION) == {"农业银行": 1}
