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
