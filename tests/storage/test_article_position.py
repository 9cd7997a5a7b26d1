"""Where an article sits in the filtered, sorted list: the row the window selects after undo."""

import pytest

from curator.services import library
from curator.storage.articles import ArticleFilter

ORDERS = [("id", False), ("title", False), ("title", True), ("source", False), ("source", True), ("published", True),
          ("imported_at", True)]


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


def test_newest_import_first_lists_an_import_newest_first_throughout(db, tmp_path):
    """An import stores its files in chunks, each stamped when stored: with ties by id ascending, a
    2,000-file import listed its second chunk first, then its first, each oldest first."""
    from curator.services import importing

    folder = tmp_path / "稿件"
    folder.mkdir()
    for i in range(5):
        (folder / f"a{i}.txt").write_text(f"第{i}号稿件\n\n山西银行阳泉分行开业，行长讲话。{i}", encoding="utf-8")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(importing, "CHUNK", 2)  # three chunks, three stamps
        ids = importing.import_paths(db, [folder], user="ann", workers=1).articles
    listed = [a.id for a in library.list_articles(db, ArticleFilter(), order_by="imported_at", descending=True)]
    assert listed == sorted(ids, reverse=True)
