import pytest

from curator.core.types import ArticleStatus, Kind
from curator.services import changes, history, library, review, tagging
from curator.services.tagging import ReadOnlyArticle

TEXT = "中国农业银行长治市分行行长孙洪卫表示，中国农业银行长治市分行将继续支持小微企业。"


def tagged(db, add_article, **kwargs):
    aid = add_article(TEXT, **kwargs)
    bank = tagging.tag_mention(db, article_id=aid, start=0, end=11, kind=Kind.INSTITUTION, user="ann").added[0]
    person = tagging.tag_mention(db, article_id=aid, start=13, end=16, kind=Kind.FIGURE, user="ann").added[0]
    return aid, bank, person


def status(db, aid):
    return library.get_article(db, aid).status


def test_full_lifecycle_records_reviewer_and_note(db, add_article):
    aid, *_ = tagged(db, add_article)
    review.submit_article(db, article_id=aid, user="ann", role="editor")
    assert [a.id for a in review.review_queue(db)] == [aid]
    review.request_changes(db, article_id=aid, user="rex", note="孙洪卫 is a person", role="reviewer")
    article = library.get_article(db, aid)
    assert (article.status, article.reviewer, article.review_note) == ("changes_requested", "rex", "孙洪卫 is a person")
    assert article.reviewed_at is not None
    tagging.tag_mention(db, article_id=aid, start=19, end=30, kind=Kind.INSTITUTION, user="ann")
    assert status(db, aid) == "in_progress"  # editing after a request reopens the work
    review.submit_article(db, article_id=aid, user="ann")
    review.approve_article(db, article_id=aid, user="rex", role="reviewer")
    assert status(db, aid) == "approved"
    assert review.review_queue(db) == []


@pytest.mark.parametrize("start,target", [
    ("new", "approved"), ("in_progress", "approved"), ("in_progress", "changes_requested"),
    ("approved", "done"), ("approved", "changes_requested"), ("changes_requested", "approved"), ("new", "new"),
])
def test_invalid_transitions_say_what_is_allowed(db, add_article, start, target):
    aid = add_article(TEXT, status=start)
    with pytest.raises(ValueError, match=f"cannot move an article from {start} to {target}"):
        review.set_article_status(db, article_id=aid, status=target, user="rex")
    assert status(db, aid) == start


def test_unknown_status_is_refused(db, add_article):
    aid = add_article(TEXT)
    with pytest.raises(ValueError, match="unknown status 'finished'"):
        review.set_article_status(db, article_id=aid, status="finished", user="ann")


def test_editor_cannot_approve_and_note_needs_a_verdict(db, add_article):
    aid = add_article(TEXT, status="done")
    with pytest.raises(PermissionError, match="only a reviewer"):
        review.approve_article(db, article_id=aid, user="ann", role="editor")
    with pytest.raises(ValueError, match="note"):
        review.set_article_status(db, article_id=aid, status="in_progress", user="ann", note="oops")


def test_a_reviewers_fixes_keep_a_submitted_article_in_the_queue(db, add_article):
    aid, bank, person = tagged(db, add_article)
    review.submit_article(db, article_id=aid, user="ann", role="editor")
    tagging.tag_mention(db, article_id=aid, start=19, end=30, kind=Kind.INSTITUTION, user="rex", role="reviewer")
    tagging.change_kind(db, mention_ids=[person], kind=Kind.FIGURE, user="rex", role="reviewer")
    tagging.untag_mentions(db, mention_ids=[bank], user="rex", role="reviewer")
    assert status(db, aid) == "done" and [a.id for a in review.review_queue(db)] == [aid]
    tagging.tag_mention(db, article_id=aid, start=0, end=11, kind=Kind.INSTITUTION, user="ann", role="editor")
    assert status(db, aid) == "in_progress"  # the editor's edit withdraws it for more work


def test_reopen_makes_an_approved_article_editable(db, add_article):
    aid, *_ = tagged(db, add_article)
    review.submit_article(db, article_id=aid, user="ann")
    review.approve_article(db, article_id=aid, user="rex")
    with pytest.raises(ReadOnlyArticle):
        tagging.tag_mention(db, article_id=aid, start=19, end=30, kind=Kind.INSTITUTION, user="ann")
    with pytest.raises(PermissionError):
        review.reopen_article(db, article_id=aid, user="ann", role="editor")
    review.reopen_article(db, article_id=aid, user="rex", note="one more bank", role="reviewer")
    assert status(db, aid) == "in_progress"
    tagging.tag_mention(db, article_id=aid, start=19, end=30, kind=Kind.INSTITUTION, user="ann")


def test_status_change_is_undoable(db, add_article):
    aid, *_ = tagged(db, add_article)
    review.submit_article(db, article_id=aid, user="ann")
    review.request_changes(db, article_id=aid, user="rex", note="check")
    changes.undo(db, user="rex")
    article = library.get_article(db, aid)
    assert (article.status, article.reviewer, article.review_note) == ("done", None, None)
    changes.redo(db, user="rex")
    assert status(db, aid) == "changes_requested"


def test_reject_with_comment_then_undo(db, add_article):
    aid, bank, person = tagged(db, add_article)
    review.review_mention(db, mention_id=person, verdict="rejected", user="rex", comment="写错了", role="reviewer")
    m = {m.id: m for m in tagging.article_mentions(db, aid)}[person]
    assert (m.status, m.reviewer, m.comment) == ("rejected", "rex", "写错了") and m.reviewed_at is not None
    changes.undo(db, user="rex")
    m = {m.id: m for m in tagging.article_mentions(db, aid)}[person]
    assert (m.status, m.reviewer, m.comment, m.reviewed_at) == ("pending", None, None, None)


def test_editor_cannot_review_mentions(db, add_article):
    _, bank, _ = tagged(db, add_article)
    with pytest.raises(PermissionError):
        review.review_mention(db, mention_id=bank, verdict="approved", user="ann", role="editor")


def test_approve_remaining_keeps_verdicts_given(db, add_article):
    aid, bank, person = tagged(db, add_article)
    review.review_mention(db, mention_id=person, verdict="rejected", user="rex", comment="no")
    change = review.approve_remaining(db, article_id=aid, user="rex")
    assert change.updated == [bank]
    assert {m.id: m.status for m in tagging.article_mentions(db, aid)} == {bank: "approved", person: "rejected"}
    changes.undo(db, user="rex")  # one step takes back the whole batch
    assert {m.id: m.status for m in tagging.article_mentions(db, aid)} == {bank: "pending", person: "rejected"}


def test_article_with_rejected_mention_cannot_be_approved(db, add_article):
    aid, bank, person = tagged(db, add_article)
    review.submit_article(db, article_id=aid, user="ann")
    review.review_mention(db, mention_id=person, verdict="rejected", user="rex")
    with pytest.raises(ValueError, match="1 rejected"):
        review.approve_article(db, article_id=aid, user="rex")


def test_approving_article_approves_pending_mentions(db, add_article):
    aid, *_ = tagged(db, add_article)
    review.submit_article(db, article_id=aid, user="ann")
    review.approve_article(db, article_id=aid, user="rex")
    assert {m.status for m in tagging.article_mentions(db, aid)} == {"approved"}


def test_history_is_newest_first_with_users_and_undone_flag(db, add_article):
    aid, bank, person = tagged(db, add_article)
    tagging.change_kind(db, mention_ids=[person], kind=Kind.INSTITUTION, user="ann")
    changes.undo(db, user="ann")
    review.submit_article(db, article_id=aid, user="ann")
    review.review_mention(db, mention_id=bank, verdict="approved", user="rex", comment="ok")
    events = history.article_history(db, aid)
    assert [(e["action"], e["user"], e["undone"]) for e in events] == [
        ("reviewed", "rex", False),
        ("status_changed", "ann", False),
        ("kind_changed", "ann", True),
        ("tagged", "ann", False),
        ("status_changed", "ann", False),
        ("tagged", "ann", False),
    ]
    assert events[0]["details"] == {"from": "pending", "to": "approved", "comment": "ok"}
    assert events[0]["mention_id"] == bank
    assert events[1]["details"] == {"from": "in_progress", "to": "done"}
    assert events[2]["details"] == {"from": "figure:孙洪卫", "to": "institution:孙洪卫"}
    assert events[3]["details"]["surface"] == "孙洪卫" and events[3]["details"]["kind"] == "figure"
    assert all(e["at"].endswith("+00:00") for e in events)
    assert events == sorted(events, key=lambda e: e["id"], reverse=True)


def test_every_status_has_a_move_out_so_a_refusal_names_where_to_go():
    """check_transition's refusal lists the allowed moves and has no wording for a final status."""
    assert {frm for frm, _to in review.TRANSITIONS} == set(ArticleStatus)
