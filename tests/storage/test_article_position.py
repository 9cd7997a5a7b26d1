"""Where an article sits in the filtered, sorted list: the row the window selects after undo."""

import pytest

from curator.services import library
from curator.storage.articles import ArticleFilter

ORDERS = [("id", False), ("title", False), ("title", True), ("source", False), ("source", True), ("published", True)]


@pytest.mark.parametrize(("order_by", "descending"), ORDERS)
def test_position_matches_the_listed_order(db, add_article, order_by, descending):
    for i in range(30):
        # repeated titles and missing sources: ties and NULLs must sort as the list sorts them
        add_article(f"正文{i}", title=f"标题{i % 7}", source=None if i % 4 == 0 else f"报{i % 3}")
    listed = [a.id for a in library.list_articles(db, ArticleFilter(), order_by=order_by, descending=descending)]
    for row, article_id in enumerate(listed):
        assert library.article_position(db, ArticleFilter(), article_id, order_by=order_by, descending=descending) == row


def test_an_article_the_filter_leaves_out_has_no_position(db, add_article):
    kept = add_article("银行新闻", status="done")
    left_out = add_article("天气新闻", status="new")
    query = ArticleFilter(status="done")
    assert library.article_position(db, query, kept) == 0
    assert library.article_position(db, query, left_out) is None
