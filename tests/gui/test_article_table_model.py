"""The article model tested without a view: rows, paging, sorting, filtering."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from curator.gui.article_table_model import COLUMNS, STATUS, TITLE, ArticleTableModel
from curator.services import library
from curator.storage.articles import ArticleFilter

pytestmark = pytest.mark.gui


def titles(model):
    return [model.data(model.index(row, TITLE)) for row in range(model.rowCount())]


def test_rows_are_fetched_a_page_at_a_time(db, add_article, monkeypatch):
    for i in range(250):
        add_article(f"正文{i}", title=f"标题{i:03d}")
    calls = []
    real = library.list_articles
    monkeypatch.setattr(library, "list_articles", lambda *a, **k: calls.append(k) or real(*a, **k))
    model = ArticleTableModel(library.LibraryArticleList(db), page_size=100)
    assert (model.rowCount(), model.columnCount()) == (250, len(COLUMNS))
    assert calls == []  # nothing fetched until a row is asked for
    model.data(model.index(5, TITLE))
    model.data(model.index(99, TITLE))
    assert [c["offset"] for c in calls] == [0]
    model.data(model.index(249, TITLE))
    assert [(c["offset"], c["limit"]) for c in calls] == [(0, 100), (200, 100)]


def test_sorting_by_title_both_ways(db, add_article):
    for title in ("乙", "甲", "丙"):
        add_article(title + "的正文", title=title)
    model = ArticleTableModel(library.LibraryArticleList(db))
    model.sort(TITLE, Qt.SortOrder.AscendingOrder)
    ascending = titles(model)
    assert ascending == sorted(ascending)
    model.sort(TITLE, Qt.SortOrder.DescendingOrder)
    assert titles(model) == list(reversed(ascending))
    assert model.order == ("title", True)


def test_filters_by_status_source_and_two_character_search(db, add_article):
    add_article("中国农业银行发布公告", title="银行", source="新华社")
    add_article("北京大学招生", title="大学", source="人民日报", status="done")
    add_article("天气晴朗", title="天气", source="新华社")
    model = ArticleTableModel(library.LibraryArticleList(db))
    model.set_filter(ArticleFilter(source="新华社"))
    assert sorted(titles(model)) == ["天气", "银行"]
    model.set_filter(ArticleFilter(status="done"))
    assert titles(model) == ["大学"]
    model.set_filter(ArticleFilter(search="银行"))
    assert titles(model) == ["银行"]
    library.index_all(db)  # the same search through the full-text index
    model.reload()
    assert titles(model) == ["银行"]


def test_status_is_shown_with_a_colour(db, add_article):
    add_article("正文", status="done")
    model = ArticleTableModel(library.LibraryArticleList(db), status_colors={"done": "#2f7de1"})
    assert model.data(model.index(0, STATUS), Qt.ItemDataRole.DecorationRole) == QColor("#2f7de1")
    assert model.data(model.index(0, STATUS)) == "Done"
    assert model.headerData(TITLE, Qt.Orientation.Horizontal) == "Title"


def test_the_row_of_an_article_not_fetched_yet_comes_from_the_database(db, add_article):
    ids = [add_article(f"正文{i}", title=f"标题{i:03d}") for i in range(250)]
    model = ArticleTableModel(library.LibraryArticleList(db), page_size=100)
    model.sort(TITLE, Qt.SortOrder.DescendingOrder)
    model.data(model.index(0, TITLE))  # only the first page is fetched
    assert model.row_of(ids[0]) == 249  # 标题000 sorts last, on a page never fetched
    assert model.data(model.index(249, TITLE)) == "标题000"
    model.set_filter(ArticleFilter(search="正文1"))
    assert model.row_of(ids[5]) is None  # 正文5 is filtered out
