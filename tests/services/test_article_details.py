"""Editing an article's details: recorded with before and after, undoable, never the text."""

from datetime import datetime

import pytest

from curator.core.types import Kind
from curator.services import article_details, changes, history, library, review, tagging
from curator.services.article_details import edit_details, parse_published
from curator.services.tagging import ReadOnlyArticle

TEXT = "中国农业银行长治市分行行长孙洪卫表示，将继续支持小微企业。"


def details(db, article_id) -> tuple:
    a = library.get_article(db, article_id)
    return a.title, a.source, a.author, a.published, a.url


def test_an_edit_changes_the_details_and_says_so_in_the_change(db, add_article):
    aid = add_article(TEXT, title="旧标题", source="测试报")
    change = edit_details(db, article_id=aid, user="ann", title="新标题", author="李若男",
                          published=datetime(2024, 3, 5), url="http://example.cn/a")
    assert details(db, aid) == ("新标题", "测试报", "李若男", datetime(2024, 3, 5), "http://example.cn/a")
    assert change.article_ids == {aid}
    assert change.details[aid] == article_details.ArticleDetails(
        aid, "新标题", "测试报", "李若男", datetime(2024, 3, 5), "http://example.cn/a")
    assert library.get_article(db, aid).text == TEXT


def test_a_blank_value_clears_a_field_and_text_is_kept_as_imports_keep_it(db, add_article):
    aid = add_article(TEXT, source="测试报")
    edit_details(db, article_id=aid, user="ann", source="  ", author=" 李 \n若男 ", url=None)
    assert details(db, aid)[1:3] == (None, "李 若男")


def test_the_title_cannot_be_cleared(db, add_article):
    aid = add_article(TEXT, title="标题")
    with pytest.raises(ValueError, match="an article needs a title"):
        edit_details(db, article_id=aid, user="ann", title=" ")
    assert details(db, aid)[0] == "标题"


def test_the_history_shows_before_and_after_of_what_changed(db, add_article):
    aid = add_article(TEXT, title="旧标题", source="测试报")
    edit_details(db, article_id=aid, user="ann", title="新标题", source="测试报", published=datetime(2024, 3, 5, 9, 30))
    (event,) = history.article_history(db, aid)
    assert (event["user"], event["action"]) == ("ann", "article_edited")
    assert event["details"] == {"title": {"from": "旧标题", "to": "新标题"},
                                "published": {"from": None, "to": "2024-03-05T09:30:00"}}


def test_an_edit_that_changes_nothing_records_nothing(db, add_article):
    aid = add_article(TEXT, title="标题", source="测试报")
    change = edit_details(db, article_id=aid, user="ann", title="标题", source="测试报")
    assert change.empty and history.article_history(db, aid) == []
    assert changes.undo(db, user="ann", article_id=aid) is None


def test_undo_and_redo_an_edit(db, add_article):
    aid = add_article(TEXT, title="旧标题", source="测试报")
    edit_details(db, article_id=aid, user="ann", title="新标题", source=None, published=datetime(2024, 3, 5))
    undone = changes.undo(db, user="ann", article_id=aid)
    assert details(db, aid) == ("旧标题", "测试报", None, None, None)
    assert undone.details[aid].source == "测试报"
    redone = changes.redo(db, user="ann", article_id=aid)
    assert details(db, aid) == ("新标题", None, None, datetime(2024, 3, 5), None)
    assert redone.details[aid].published == datetime(2024, 3, 5)
    assert [e["undone"] for e in history.article_history(db, aid)] == [False]


def test_an_approved_article_is_read_only(db, add_article):
    aid = add_article(TEXT, title="标题")
    review.submit_article(db, article_id=aid, user="ann")
    review.approve_article(db, article_id=aid, user="rex")
    with pytest.raises(ReadOnlyArticle):
        edit_details(db, article_id=aid, user="ann", title="新标题")
    assert details(db, aid)[0] == "标题"


def test_an_edit_keeps_the_status_and_tags(db, add_article):
    aid = add_article(TEXT)
    tagging.tag_mention(db, article_id=aid, start=13, end=16, kind=Kind.FIGURE, user="ann")
    review.submit_article(db, article_id=aid, user="ann")
    change = edit_details(db, article_id=aid, user="ann", source="人民日报")
    assert library.get_article(db, aid).status == "done" and not change.statuses
    assert [m.surface for m in tagging.article_mentions(db, aid)] == ["孙洪卫"]


def test_a_new_title_is_searched_and_the_old_one_is_not(db, add_article):
    aid = add_article(TEXT, title="旧标题甲乙")
    library.index_all(db)
    edit_details(db, article_id=aid, user="ann", title="新标题丙丁")
    for indexed in (False, True):  # found by the scan until the indexer takes the article in again
        assert library.get_article(db, aid).indexed is indexed
        assert [a.id for a in library.list_articles(db, library.ArticleFilter(search="丙丁"))] == [aid]
        assert library.list_articles(db, library.ArticleFilter(search="甲乙")) == []
        library.index_all(db)


def test_undoing_after_the_article_was_deleted_changes_nothing(db, add_article):
    from curator.services import deletion

    aid = add_article(TEXT, title="旧标题")
    edit_details(db, article_id=aid, user="ann", title="新标题")
    deletion.delete_articles(db, article_ids=[aid], user="bob")
    change = changes.undo(db, user="ann", article_id=aid)
    assert change is not None and change.details == {}


@pytest.mark.parametrize("text, expected", [
    ("2024-03-05", datetime(2024, 3, 5)), (" 2024-03-05 14:30 ", datetime(2024, 3, 5, 14, 30)),
    ("2024-03-05T14:30+08:00", datetime(2024, 3, 5, 14, 30)), ("", None),
])
def test_published_dates_as_typed(text, expected):
    assert parse_published(text) == expected


@pytest.mark.parametrize("text", ["2024-13-01", "昨天", "5/3/2024"])
def test_a_bad_date_is_one_line_naming_it(text):
    with pytest.raises(ValueError, match=r"^published date '.*' is not a date \(YYYY-MM-DD or YYYY-MM-DD HH:MM\)$"):
        parse_published(text)
