import pytest

from curator.core.types import Kind, Origin
from curator.services import changes, library, tagging
from curator.services.tagging import ReadOnlyArticle

TEXT = "中国农业银行长治市分行行长孙洪卫表示，中国农业银行长治市分行将继续支持小微企业。"
BANK = (0, 11)


def mentions(db, article_id):
    return [(m.start, m.end, m.kind, m.surface) for m in tagging.article_mentions(db, article_id)]


def test_tag_stores_span_kind_user_and_counts(db, add_article):
    aid = add_article(TEXT)
    change = tagging.tag_mention(db, article_id=aid, start=13, end=16, kind=Kind.FIGURE, user="ann")
    assert change.added and change.article_ids == {aid}
    (m,) = tagging.article_mentions(db, aid)
    assert (m.surface, m.kind, m.annotator, m.origin, m.status) == ("孙洪卫", "figure", "ann", "manual", "pending")
    article = library.get_article(db, aid)
    assert (article.n_figures, article.n_institutions, article.status) == (1, 0, "in_progress")


def test_retagging_same_span_changes_kind(db, add_article):
    aid = add_article(TEXT)
    tagging.tag_mention(db, article_id=aid, start=0, end=11, kind=Kind.FIGURE, user="ann")
    change = tagging.tag_mention(db, article_id=aid, start=0, end=11, kind=Kind.INSTITUTION, user="ann")
    assert change.updated and not change.added
    assert mentions(db, aid) == [(0, 11, "institution", "中国农业银行长治市分行")]


def test_overlapping_tag_is_refused(db, add_article):
    aid = add_article(TEXT)
    tagging.tag_mention(db, article_id=aid, start=0, end=11, kind=Kind.INSTITUTION, user="ann")
    with pytest.raises(ValueError, match="overlaps"):
        tagging.tag_mention(db, article_id=aid, start=2, end=6, kind=Kind.INSTITUTION, user="ann")


@pytest.mark.parametrize("span", [(-1, 3), (5, 5), (0, 999)])
def test_span_outside_text_is_refused(db, add_article, span):
    aid = add_article(TEXT)
    with pytest.raises(ValueError):
        tagging.tag_mention(db, article_id=aid, start=span[0], end=span[1], kind=Kind.FIGURE, user="ann")


def test_tag_all_occurrences_tags_the_other_ones(db, add_article):
    aid = add_article(TEXT)
    first = tagging.tag_mention(db, article_id=aid, start=0, end=11, kind=Kind.INSTITUTION, user="ann").added[0]
    change = tagging.tag_all_occurrences(db, mention_id=first, user="ann")
    second = TEXT.index("中国农业银行长治市分行", 1)
    assert mentions(db, aid) == [(0, 11, "institution", TEXT[0:11]), (second, second + 11, "institution", TEXT[0:11])]
    assert len(change.added) == 1
    assert library.get_article(db, aid).n_institutions == 1  # one entity, two mentions


def test_undo_and_redo_tag(db, add_article):
    aid = add_article(TEXT)
    tagging.tag_mention(db, article_id=aid, start=13, end=16, kind=Kind.FIGURE, user="ann")
    undone = changes.undo(db, user="ann", article_id=aid)
    assert undone.removed and mentions(db, aid) == []
    assert library.get_article(db, aid).status == "new"  # the status change is part of the same step
    redone = changes.redo(db, user="ann", article_id=aid)
    assert redone.added and mentions(db, aid) == [(13, 16, "figure", "孙洪卫")]
    assert changes.redo(db, user="ann", article_id=aid) is None


def test_undo_untag_restores_same_mention(db, add_article):
    aid = add_article(TEXT)
    mid = tagging.tag_mention(db, article_id=aid, start=13, end=16, kind=Kind.FIGURE, user="ann").added[0]
    tagging.untag_mention(db, mention_id=mid, user="ann")
    assert mentions(db, aid) == []
    change = changes.undo(db, user="ann", article_id=aid)
    assert change.added == [mid]
    (m,) = tagging.article_mentions(db, aid)
    assert (m.id, m.annotator, m.surface) == (mid, "ann", "孙洪卫")


def test_undo_change_kind_and_redo_chain(db, add_article):
    aid = add_article(TEXT)
    mid = tagging.tag_mention(db, article_id=aid, start=0, end=11, kind=Kind.FIGURE, user="ann").added[0]
    tagging.change_kind(db, mention_ids=[mid], kind=Kind.INSTITUTION, user="ann")
    changes.undo(db, user="ann")
    assert mentions(db, aid)[0][2] == "figure"
    changes.undo(db, user="ann")
    assert mentions(db, aid) == []
    changes.redo(db, user="ann")
    changes.redo(db, user="ann")
    assert mentions(db, aid)[0][2] == "institution"


def test_new_action_after_undo_drops_redo(db, add_article):
    aid = add_article(TEXT)
    tagging.tag_mention(db, article_id=aid, start=13, end=16, kind=Kind.FIGURE, user="ann")
    changes.undo(db, user="ann")
    tagging.tag_mention(db, article_id=aid, start=0, end=11, kind=Kind.INSTITUTION, user="ann")
    assert changes.redo(db, user="ann") is None


def test_undo_is_per_user(db, add_article):
    aid = add_article(TEXT)
    tagging.tag_mention(db, article_id=aid, start=13, end=16, kind=Kind.FIGURE, user="ann")
    assert changes.undo(db, user="bob") is None
    assert len(mentions(db, aid)) == 1


def test_mention_ids_are_not_reused_after_removal(db, add_article):
    aid = add_article(TEXT)
    mid = tagging.tag_mention(db, article_id=aid, start=13, end=16, kind=Kind.FIGURE, user="ann").added[0]
    tagging.untag_mention(db, mention_id=mid, user="ann")
    other = tagging.tag_mention(db, article_id=aid, start=0, end=11, kind=Kind.INSTITUTION, user="bob").added[0]
    assert other != mid
    changes.undo(db, user="ann")  # restores mid without clashing with bob's tag
    assert len(mentions(db, aid)) == 2


def test_approved_article_is_read_only(db, add_article):
    aid = add_article(TEXT, status="approved")
    with pytest.raises(ReadOnlyArticle):
        tagging.tag_mention(db, article_id=aid, start=13, end=16, kind=Kind.FIGURE, user="ann")


def test_suggested_origin_is_recorded(db, add_article):
    aid = add_article(TEXT)
    tagging.tag_mention(db, article_id=aid, start=13, end=16, kind=Kind.FIGURE, user="ann",
                        origin=Origin.SUGGESTED, score=0.9)
    (m,) = tagging.article_mentions(db, aid)
    assert (m.origin, m.score) == ("suggested", 0.9)


def test_fixing_a_rejected_tag_sends_it_back_to_review(db, add_article):
    from curator.services import review

    aid = add_article(TEXT)
    mid = tagging.tag_mention(db, article_id=aid, start=13, end=16, kind=Kind.INSTITUTION, user="ann").added[0]
    review.review_mention(db, mention_id=mid, verdict="rejected", comment="这是人名", user="rev")
    tagging.change_kind(db, mention_ids=[mid], kind=Kind.FIGURE, user="ann")
    (m,) = tagging.article_mentions(db, aid)
    assert (m.kind, m.status) == ("figure", "pending")
    changes.undo(db, user="ann")
    (m,) = tagging.article_mentions(db, aid)
    assert (m.kind, m.status) == ("institution", "rejected")


def test_status_read_within_one_step_is_fresh(db, add_article):
    aid = add_article(TEXT)
    from curator.services.changes import ChangeBatch
    from curator.core.types import ArticleStatus

    from curator.storage.articles import get_article

    with db.writing() as session:
        batch = ChangeBatch(session, user="ann", action="test")
        article = get_article(session, aid)
        batch.set_article_status(article, ArticleStatus.IN_PROGRESS)
        batch.set_article_status(article, ArticleStatus.DONE)
        change = batch.finish()
    assert change.statuses == {aid: ("new", "done")}
    assert library.get_article(db, aid).status == "done"
    changes.undo(db, user="ann")
    assert library.get_article(db, aid).status == "new"


def test_accepting_a_name_everywhere_records_suggested_origin(db, add_article):
    first, second = add_article(TEXT), add_article("另据报道，孙洪卫出席会议。", title="其他")
    change = tagging.tag_name_everywhere(db, name="孙洪卫", kind=Kind.FIGURE, user="ann", origin=Origin.SUGGESTED)
    assert change.article_ids == {first, second}
    assert {m.origin for a in (first, second) for m in tagging.article_mentions(db, a)} == {"suggested"}
