"""The search box keeps to the core's query limits and says when it cuts (issue 14, item 9)."""

import pytest

from curator.services import library

pytestmark = pytest.mark.gui


def test_the_search_box_searches_the_first_words_and_says_so(window, add_article, qtbot):
    add_article("中国农业银行长治市分行发放贷款。", title="农行")
    with qtbot.waitSignal(window.article_list.message) as said:
        window.article_list.search.setText(" ".join(["银行"] * 50))
        window.article_list._apply_filter()
    assert str(library.MAX_QUERY_TERMS) in said.args[0]
    assert window.model.rowCount() == 1
    assert len(window.article_list.search.text()) <= library.MAX_QUERY_CHARS


def test_the_status_bar_shows_how_far_the_search_index_is(window, add_article, qtbot, monkeypatch):
    """After an upgrade of the index every article waits for it: the window says how many are done."""
    indicator = window.importer.indexing_indicator
    for number in range(3):
        add_article(f"第{number}篇：银行发放贷款。")  # as an upgrade leaves them: not indexed
    shown = []
    show_progress = indicator.show_progress

    def seen(done, total):
        show_progress(done, total)
        shown.append((done, total, indicator.isVisibleTo(window), indicator.text()))

    monkeypatch.setattr(indicator, "show_progress", seen)
    with qtbot.waitSignal(window.importer.indexed, timeout=30_000) as indexed:
        window.importer.index_pending()
    assert indexed.args == [3]
    assert shown[0] == (0, 3, True, "Indexing for search: 0 of 3 articles")
    assert shown[-1][:2] == (3, 3)
    assert not indicator.isVisibleTo(window)  # gone once all are indexed


def test_the_list_says_how_many_articles_a_search_or_filter_lets_through(window, add_article, qtbot):
    for number in range(3):
        add_article(f"第{number}篇：{'农业银行' if number else '天气'}。", title=f"稿{number}")
    window.model.reload()
    found = window.article_list.found
    assert not found.isVisibleTo(window)  # the whole library: the status bar counts it
    window.article_list.search.setText("银行")
    window.article_list._apply_filter()
    assert found.isVisibleTo(window) and found.text() == "Articles found: 2"
    window.article_list.search.setText("无此词")
    window.article_list._apply_filter()
    assert found.text() == "Articles found: 0"
    window.article_list.search.clear()
    window.article_list._apply_filter()
    assert not found.isVisibleTo(window)
