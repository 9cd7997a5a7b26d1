"""No lost updates (issue 15): every change moves its article to a new version in the same
transaction; a change from a stale view is refused with who changed what, and undo never undoes
another user's work."""

import pytest

from curator.core.types import Kind
from curator.nlp.suggestion import Suggestion
from curator.services import article_details, changes, history, library, review, tagging
from curator.services.conflicts import Conflict
from curator.services.suggestions import SuggestionService
from curator.services.tagging import ReadOnlyArticle

TEXT = "中国农业银行长治市分行行长孙洪卫表示，中国农业银行长治市分行将继续支持小微企业。"
BANK, PERSON, OTHER_BANK = (0, 11), (13, 16), (19, 30)


def version(db, aid) -> int:
    return library.get_article(db, aid).version


def tag(db, aid, span, user, kind=Kind.INSTITUTION, **options):
    return tagging.tag_mention(db, article_id=aid, start=span[0], end=span[1], kind=kind, user=user, **options)


def test_every_kind_of_change_moves_the_version_and_the_change_says_to_which(db, add_article):
    aid = add_article(TEXT)
    assert version(db, aid) == 0
    bank = tag(db, aid, BANK, "ann").added[0]
    steps = [
        lambda: tag(db, aid, PERSON, "ann", Kind.FIGURE),
        lambda: tagging.change_kind(db, mention_ids=[bank], kind=Kind.FIGURE, user="ann"),
        lambda: tagging.untag_mention(db, mention_id=bank, user="ann"),
        lambda: SuggestionService(db).reject(aid, Suggestion(19, 30, "中国农业银行长治市分行", Kind.INSTITUTION, 0.9, "rules"), user="ann"),
        lambda: article_details.edit_details(db, article_id=aid, user="ann", title="新标题"),
        lambda: review.submit_article(db, article_id=aid, user="ann"),
        lambda: review.review_mention(db, mention_id=tagging.article_mentions(db, aid)[0].id, verdict="approved", user="rex"),
        lambda: changes.undo(db, user="rex"),
        lambda: changes.redo(db, user="rex"),
        lambda: changes.undo(db, user="ann", article_id=aid),
    ]
    for step in steps:
        before = version(db, aid)
        change = step()
        assert change.articles[aid].version == version(db, aid) == before + 1
    assert [e["action"] for e in history.article_history(db, aid)][:2] == ["reviewed", "status_changed"]


def test_a_stale_view_is_refused_with_who_changed_what_and_nothing_is_written(db, add_article):
    aid = add_article(TEXT, status="in_progress")
    seen = version(db, aid)  # what ann's window shows
    tag(db, aid, BANK, "孙贵坤")
    tag(db, aid, PERSON, "孙贵坤", Kind.FIGURE)
    events = len(history.article_history(db, aid))
    with pytest.raises(Conflict) as refused:
        tag(db, aid, OTHER_BANK, "ann", expected_version=seen)
    assert str(refused.value) == "孙贵坤 changed this article a moment ago: 2 tags added; your change was not saved"
    assert (len(tagging.article_mentions(db, aid)), version(db, aid)) == (2, seen + 2)  # nothing written,
    assert len(history.article_history(db, aid)) == events  # not even to the history
    change = tag(db, aid, OTHER_BANK, "ann", expected_version=seen + 2)  # from a view that is current: saved
    assert change.articles[aid].version == seen + 3


@pytest.mark.parametrize("other_change, told", [
    (lambda db, aid, mention: review.submit_article(db, article_id=aid, user="bob"), "status now done"),
    (lambda db, aid, mention: article_details.edit_details(db, article_id=aid, user="bob", source="山西日报"),
     "details edited"),
    (lambda db, aid, mention: tagging.untag_mention(db, mention_id=mention, user="bob"),
     "1 tag removed, 1 suggestion rejected"),
    (lambda db, aid, mention: changes.undo(db, user="bob"), "1 tag removed"),  # bob's own tag, undone
])
def test_the_refusal_says_what_the_other_user_did(db, add_article, other_change, told):
    aid = add_article(TEXT, status="in_progress")
    mention = tag(db, aid, BANK, "bob").added[0]
    seen = version(db, aid)
    other_change(db, aid, mention)
    for stale in (
        lambda: tag(db, aid, PERSON, "ann", Kind.FIGURE, expected_version=seen),
        lambda: review.set_article_status(db, article_id=aid, status="done", user="ann", expected_version=seen),
        lambda: article_details.edit_details(db, article_id=aid, user="ann", title="别的", expected_version=seen),
    ):
        with pytest.raises(Conflict, match=f"^bob changed this article a moment ago: {told};"):
            stale()


def test_undo_never_undoes_another_users_work(db, add_article):
    aid = add_article(TEXT)
    bank = tag(db, aid, BANK, "ann").added[0]
    tagging.change_kind(db, mention_ids=[bank], kind=Kind.FIGURE, user="bob")
    with pytest.raises(Conflict, match="cannot undo your change to article .*: bob has changed"):
        changes.undo(db, user="ann")
    assert [m.kind for m in tagging.article_mentions(db, aid)] == ["figure"]  # bob's kind stays
    changes.undo(db, user="bob")  # bob takes his change back himself
    assert changes.undo(db, user="ann").removed == [bank]  # now ann's tag is hers alone again


def test_undo_does_not_put_back_a_tag_over_another_users(db, add_article):
    aid = add_article(TEXT)
    bank = tag(db, aid, BANK, "ann").added[0]
    tagging.untag_mention(db, mention_id=bank, user="ann")
    tag(db, aid, (0, 6), "bob")  # 中国农业银行, inside the span ann removed
    with pytest.raises(Conflict, match="bob"):
        changes.undo(db, user="ann")
    assert [(m.start, m.end) for m in tagging.article_mentions(db, aid)] == [(0, 6)]
    tag(db, aid, PERSON, "bob", Kind.FIGURE)  # elsewhere in the article: no clash
    changes.undo(db, user="bob")
    changes.undo(db, user="bob")
    assert changes.undo(db, user="ann").added == [bank]


def test_an_import_another_user_tagged_in_is_not_undone(db, tmp_path):
    from curator.services import importing

    (tmp_path / "news.txt").write_text(TEXT, encoding="utf-8")
    (aid,) = importing.import_paths(db, [tmp_path / "news.txt"], user="ann", workers=1).articles
    tag(db, aid, BANK, "bob")
    with pytest.raises(Conflict, match="bob"):
        changes.undo(db, user="ann")  # it would delete bob's tag with the article
    assert library.count_articles(db) == 1
    changes.undo(db, user="bob")
    assert changes.undo(db, user="ann").deleted_articles == [aid]


def test_undo_does_not_change_an_approved_article(db, add_article):
    aid = add_article(TEXT)
    article_details.edit_details(db, article_id=aid, user="ann", title="新标题")
    review.submit_article(db, article_id=aid, user="rex")
    review.approve_article(db, article_id=aid, user="rex")
    with pytest.raises(ReadOnlyArticle):
        changes.undo(db, user="ann")
    assert library.get_article(db, aid).title == "新标题"
    changes.undo(db, user="rex")  # the reviewer's own move may be undone: the approval goes
    assert library.get_article(db, aid).status == "done"
