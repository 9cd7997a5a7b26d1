"""Reviewer mode: verdicts by key, approving and sending back articles, read-only approved articles, the queue."""

import pytest
from PySide6.QtCore import Qt

from curator.core.settings import Settings
from curator.core.types import Kind
from curator.services import library, review, tagging

pytestmark = pytest.mark.gui

TEXT = "他毕业于北京大学，现任清华大学教授。张伟也出席了。"


@pytest.fixture
def reviewer(make_window):
    return make_window(Settings(user="rex", role="reviewer", language="en"))


def submitted(db, add_article, *, title="文章", spans=((4, 8), (11, 15))):
    """An article tagged by ann and marked done."""
    aid = add_article(TEXT, title=title)
    for start, end in spans:
        tagging.tag_mention(db, article_id=aid, start=start, end=end, kind=Kind.INSTITUTION, user="ann")
    review.submit_article(db, article_id=aid, user="ann")
    return aid


def open_in_queue(window, aid):
    window.review.panel.refresh_queue(None)
    ids = window.review.panel.queue.article_ids()
    window.review.panel.queue.setCurrentRow(ids.index(aid))
    assert window.workbench.article_id == aid
    window.reader.text.setFocus()


def verdicts(window):
    return [(m.surface, m.status, m.reviewer, m.comment)
            for m in tagging.article_mentions(window.db, window.workbench.article_id)]


def test_role_shows_in_status_bar_and_decides_reviewer_mode(reviewer, window):
    assert reviewer.review.reviewer_mode and "rex · Reviewer" in reviewer.review.user_label.text()
    assert not window.review.reviewer_mode and window.review.user_label.text() == "ann · Editor"
    assert not window.review.actions.approve_mention.isEnabled()


def test_queue_shows_only_done_articles(reviewer, db, add_article):
    done = submitted(db, add_article, title="待审")
    add_article(TEXT + "。", title="新的")
    approved = submitted(db, add_article, title="已批", spans=((4, 8),))
    review.approve_article(db, article_id=approved, user="rex")
    reviewer.review.panel.refresh_queue(None)
    assert reviewer.review.panel.queue.article_ids() == [done]


def test_an_article_opened_from_the_queue_is_the_current_row_of_the_list(reviewer, db, add_article):
    waiting = submitted(db, add_article, title="待审")
    other = add_article(TEXT + "。", title="新的")
    reviewer.model.reload()
    reviewer.article_list.select_row(reviewer.model.row_of(other))
    open_in_queue(reviewer, waiting)
    assert reviewer.article_list.current_row() == reviewer.model.row_of(waiting)
    assert reviewer.article_list.selected_ids() == [waiting]


def test_key_y_approves_the_tag_and_u_rejects_with_a_comment(reviewer, db, add_article, qtbot):
    aid = submitted(db, add_article)
    open_in_queue(reviewer, aid)
    qtbot.keyClick(reviewer.reader.text, Qt.Key.Key_Y)  # no tag chosen: the first still to review
    reviewer.review.controller.ask_text = lambda _title, _label: ("应为“清华大学”全称", True)
    qtbot.keyClick(reviewer.reader.text, Qt.Key.Key_U)
    assert verdicts(reviewer) == [("北京大学", "approved", "rex", None),
                                  ("清华大学", "rejected", "rex", "应为“清华大学”全称")]
    assert "✗" in reviewer.panel.tree.topLevelItem(0).child(1).text(0)
    assert any("应为" in line for line in reviewer.reader.tooltip(12).splitlines())


def test_cancelled_reject_prompt_leaves_the_tag_pending(reviewer, db, add_article, qtbot):
    aid = submitted(db, add_article)
    open_in_queue(reviewer, aid)
    reviewer.review.controller.ask_text = lambda _title, _label: ("", False)
    qtbot.keyClick(reviewer.reader.text, Qt.Key.Key_U)
    assert {status for _, status, _, _ in verdicts(reviewer)} == {"pending"}


def test_approve_all_remaining(reviewer, db, add_article, qtbot):
    aid = submitted(db, add_article)
    open_in_queue(reviewer, aid)
    qtbot.keyClick(reviewer.reader.text, Qt.Key.Key_Y, Qt.KeyboardModifier.ShiftModifier)
    assert [status for _, status, _, _ in verdicts(reviewer)] == ["approved", "approved"]
    assert "Tags: 0 to review, 2 approved, 0 rejected" in reviewer.review.panel.banner.text()


def test_approve_article_moves_to_the_next_in_queue(reviewer, db, add_article):
    first = submitted(db, add_article, title="一")
    second = submitted(db, add_article, title="二", spans=((4, 8),))
    open_in_queue(reviewer, first)
    reviewer.review.actions.approve_article.trigger()
    article = library.get_article(db, first)
    assert (article.status, article.reviewer) == ("approved", "rex")
    assert reviewer.workbench.article_id == second
    assert reviewer.review.panel.queue.article_ids() == [second]


def test_approve_article_is_refused_while_a_tag_is_rejected(reviewer, db, add_article):
    aid = submitted(db, add_article)
    open_in_queue(reviewer, aid)
    reviewer.review.controller.ask_text = lambda _title, _label: ("", True)
    reviewer.review.actions.reject_mention.trigger()
    reviewer.review.actions.approve_article.trigger()
    assert library.get_article(db, aid).status == "done"
    assert "rejected tags" in reviewer.statusBar().currentMessage()


def test_request_changes_sends_the_article_back_with_a_note(reviewer, db, add_article):
    aid = submitted(db, add_article)
    open_in_queue(reviewer, aid)
    reviewer.review.controller.ask_text = lambda _title, _label: ("请补全人物", True)
    reviewer.review.actions.request_changes.trigger()
    article = library.get_article(db, aid)
    assert (article.status, article.review_note, article.reviewer) == ("changes_requested", "请补全人物", "rex")
    assert reviewer.review.panel.queue.article_ids() == []


def test_approved_article_is_read_only_for_the_editor(window, db, add_article, qtbot):
    aid = submitted(db, add_article, spans=((4, 8),))
    review.approve_article(db, article_id=aid, user="rex")
    window.model.reload()
    window.article_list.select_row(0)
    assert window.workbench.article_id == aid
    assert "Read-only" in window.review.panel.banner.text()
    window.reader.select_span(11, 15)
    window.reader.text.setFocus()
    qtbot.keyClick(window.reader.text, Qt.Key.Key_1)
    assert len(tagging.article_mentions(db, aid)) == 1
    assert "approved" in window.statusBar().currentMessage()
    assert not window.review.actions.reopen_article.isEnabled()  # only reviewers may reopen


def test_reviewer_reopens_an_approved_article(reviewer, db, add_article):
    aid = submitted(db, add_article, spans=((4, 8),))
    review.approve_article(db, article_id=aid, user="rex")
    reviewer.model.reload()
    reviewer.article_list.select_row(0)
    reviewer.review.controller.ask_text = lambda _title, _label: ("漏标了清华大学", True)
    reviewer.review.actions.reopen_article.trigger()
    assert library.get_article(db, aid).status == "in_progress"
    reviewer.reader.select_span(11, 15)
    reviewer.commands.tag_institution.trigger()
    assert len(tagging.article_mentions(db, aid)) == 2


def test_editor_sees_the_rejection_comment(window, db, add_article):
    aid = submitted(db, add_article, spans=((4, 8),))
    (mention,) = tagging.article_mentions(db, aid)
    review.review_mention(db, mention_id=mention.id, verdict="rejected", user="rex", comment="不是机构")
    review.request_changes(db, article_id=aid, user="rex", note="见批注")
    window.model.reload()
    window.article_list.select_row(0)
    banner = window.review.panel.banner.text()
    assert "Changes requested by rex" in banner and "见批注" in banner
    assert "不是机构" in window.panel.tree.topLevelItem(0).child(0).toolTip(0)


def test_review_keys_are_listed_in_the_shortcuts_dialog(reviewer):
    from curator.gui.shortcuts import ShortcutsDialog

    dialog = ShortcutsDialog(reviewer.commands, reviewer, more=reviewer.review.actions.all())
    rows = {dialog.table.item(r, 0).text(): dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())}
    assert rows["Approve tag"] == "Y" and rows["Reject tag…"] == "U"


def test_review_tools_speak_chinese(make_window):
    window = make_window(Settings(user="rex", role="reviewer", language="zh_CN"))
    assert window.review.menu.title() == "审核(&R)"
    assert window.review.history_dock.windowTitle() == "历史"
    assert window.review.user_label.text() == "rex · 审核 · 审核模式"
    assert window.review.panel.banner.text() == "没有打开文章。"


def test_a_reviewers_fix_in_the_reader_keeps_the_article_in_the_queue(reviewer, db, add_article, qtbot):
    aid = submitted(db, add_article, spans=((4, 8),))
    open_in_queue(reviewer, aid)
    reviewer.reader.select_span(11, 15)
    qtbot.keyClick(reviewer.reader.text, Qt.Key.Key_1)  # the editor missed 清华大学
    assert [(m.surface, m.annotator) for m in tagging.article_mentions(db, aid)] == [("北京大学", "ann"), ("清华大学", "rex")]
    assert library.get_article(db, aid).status == "done"
    reviewer.review.panel.refresh_queue(None)
    assert reviewer.review.panel.queue.article_ids() == [aid]


def test_a_verdict_on_an_article_changed_since_it_was_shown_is_refused(reviewer, db, add_article, qtbot):
    """No lost updates for reviewers either: the editor removed a tag while the reviewer looked;
    the reviewer's verdict is refused with who and what, nothing is saved, and the view catches up."""
    aid = submitted(db, add_article)
    open_in_queue(reviewer, aid)
    reviewer.watch.stop()  # the editor's change lands between two looks
    first = tagging.article_mentions(db, aid)[0].id
    tagging.untag_mention(db, mention_id=tagging.article_mentions(db, aid)[1].id, user="ann", role="editor")
    assert not reviewer.review.controller.approve_mention()
    assert [m.status for m in tagging.article_mentions(db, aid)] == ["pending"]
    said = reviewer.statusBar().currentMessage()
    assert said.startswith("ann changed this article a moment ago") and said.endswith("not saved")
    qtbot.waitUntil(lambda: [m.id for m in reviewer.reader.mentions] == [first], timeout=2000)
