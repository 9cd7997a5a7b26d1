"""N and P move within the filtered list, from the open article (issue 12)."""

import pytest

from curator.core.types import ArticleStatus

pytestmark = pytest.mark.gui


def test_after_a_filter_change_n_goes_on_from_the_open_article(window, add_article):
    ids = [add_article(f"第{i}篇文章的正文。", title=f"文章{i}", status=status)
           for i, status in enumerate(["new", "done", "new", "done", "new"])]
    window.refresher.reload_library()
    window.model.sort(0)  # by title: 文章0 … 文章4
    window.article_list.select_row(2)  # 文章2, new
    assert window.workbench.article_id == ids[2]
    window.article_list.status_filter.setCurrentIndex(window.article_list.status_filter.findData(str(ArticleStatus.NEW)))
    assert window.workbench.article_id == ids[2]  # still open, its row marked in the new list
    window.commands.next_article.trigger()
    assert window.workbench.article_id == ids[4]  # the next new one, not the first of the list
    window.commands.previous_article.trigger()
    window.commands.previous_article.trigger()
    assert window.workbench.article_id == ids[0]


def test_when_the_open_article_leaves_the_list_n_starts_at_the_top(window, add_article):
    ids = [add_article(f"第{i}篇文章的正文。", title=f"文章{i}", status=status)
           for i, status in enumerate(["new", "done", "new"])]
    window.refresher.reload_library()
    window.model.sort(0)
    window.article_list.select_row(1)  # 文章1, done
    window.article_list.status_filter.setCurrentIndex(window.article_list.status_filter.findData(str(ArticleStatus.NEW)))
    window.commands.next_article.trigger()
    assert window.workbench.article_id == ids[0]
