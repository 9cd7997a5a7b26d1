import pytest

from curator.core.types import Kind
from curator.services import article_status, changes, library, tagging
from curator.services.tagging import ReadOnlyArticle


def test_mark_done_sets_status_and_undo_restores_it(db, add_article):
    aid = add_article("北京大学的学生")
    tagging.tag_mention(db, article_id=aid, start=0, end=4, kind=Kind.INSTITUTION, user="ann")
    change = article_status.mark_done(db, article_id=aid, user="ann")
    assert change.article_ids == {aid}
    assert library.get_article(db, aid).status == "done"
    changes.undo(db, user="ann", article_id=aid)
    assert library.get_article(db, aid).status == "in_progress"


def test_mark_done_refuses_an_approved_article(db, add_article):
    aid = add_article("北京大学的学生", status="approved")
    with pytest.raises(ReadOnlyArticle):
        article_status.mark_done(db, article_id=aid, user="ann")


def test_mark_done_follows_the_review_lifecycle(db, add_article):
    """mark_done and review.submit_article are one path: same event, same refusal of a done article."""
    aid = add_article("北京大学的学生")
    article_status.mark_done(db, article_id=aid, user="ann")
    again = article_status.mark_done(db, article_id=aid, user="ann")
    assert again.empty
    assert library.get_article(db, aid).status == "done"
