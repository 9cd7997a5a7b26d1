"""The History dock: every event of the open article, newest first, refreshed after each change."""

import pytest

from curator.core.settings import Settings
from curator.core.types import Kind
from curator.gui.history_panel import HistoryPanel, action_label, describe, history_rows
from curator.services import history, review, tagging

pytestmark = pytest.mark.gui


def test_rows_newest_first_after_tagging_and_reviewing(make_window, db, add_article):
    window = make_window(Settings(user="rex", role="reviewer", language="en"))
    aid = add_article("他毕业于北京大学。")
    window.model.reload()
    window.article_list.select_row(0)
    window.review.actions.show_history.trigger()  # View → History: shown, it follows every change
    window.reader.select_span(4, 8)
    window.commands.tag_institution.trigger()
    window.commands.mark_done.trigger()
    window.review.controller.approve_mention()
    rows = window.review.history.rows
    assert [r.action for r in rows] == ["Reviewed", "Status changed", "Status changed", "Tagged"]
    assert rows[0].user == "rex" and rows[0].details == "北京大学：to review → approved"
    assert rows[3].details == "北京大学（Institution）" and rows[1].details == "In progress → Done"
    assert window.review.history.tree.topLevelItemCount() == 4
    assert window.review.history.article_id == aid


def test_undone_events_are_marked(make_window, db, add_article):
    window = make_window()
    add_article("他毕业于北京大学。")
    window.model.reload()
    window.article_list.select_row(0)
    window.review.actions.show_history.trigger()  # View → History: shown, it follows every change
    window.reader.select_span(4, 8)
    window.commands.tag_institution.trigger()
    window.commands.undo.trigger()
    rows = window.review.history.rows
    assert [(r.action, r.undone) for r in rows] == [("Status changed (undone)", True), ("Tagged (undone)", True)]
    assert window.review.history.tree.topLevelItem(0).font(0).strikeOut()


def test_history_rows_show_local_time_and_review_comment(qtbot, db, add_article):
    aid = add_article("他毕业于北京大学。")
    change = tagging.tag_mention(db, article_id=aid, start=4, end=8, kind=Kind.INSTITUTION, user="ann")
    review.review_mention(db, mention_id=change.added[0], verdict="rejected", user="rex", comment="不是机构")
    panel = HistoryPanel(lambda article_id: history.article_history(db, article_id))
    qtbot.addWidget(panel)
    panel.set_shown(True)
    panel.show_article(aid)
    assert panel.rows[0].details.endswith("不是机构")
    assert len(panel.rows[0].when) == len("2026-01-01 12:00")
    assert history_rows([]) == []


def test_a_hidden_history_is_read_when_shown_not_on_every_change(qtbot, db, add_article):
    aid = add_article("他毕业于北京大学。")
    tagging.tag_mention(db, article_id=aid, start=4, end=8, kind=Kind.INSTITUTION, user="ann")
    reads = []
    panel = HistoryPanel(lambda article_id: reads.append(article_id) or history.article_history(db, article_id))
    qtbot.addWidget(panel)
    for _ in range(3):
        panel.show_article(aid)  # three changes while the History tab is behind the Review tab
    assert reads == []
    panel.set_shown(True)  # its tab came to the front
    assert reads == [aid] and [row.action for row in panel.rows] == ["Status changed", "Tagged"]
    panel.show_article(aid)  # visible: it follows each change
    assert reads == [aid, aid]


def test_a_deletion_is_described_by_title_and_tag_count(qapp):
    event = {"action": "article_deleted", "details": {"title": "农行长治", "tags": 2}, "mention_id": None}
    assert action_label("article_deleted") == "Article deleted"
    assert describe(event) == "农行长治（2 tag(s)）"


def test_every_action_an_articles_history_shows_has_a_label_of_its_own():
    from curator.core.types import EventAction as A

    library_wide = {A.ENTITY_MERGED, A.ENTITY_SPLIT, A.ENTITY_RENAMED, A.ENTITY_PARENT_SET, A.ALIAS_PROPOSAL_DECIDED,
                    A.MEMBER_GRANTED, A.MEMBER_REVOKED}  # recorded on no article
    unlabelled = [action for action in set(A) - library_wide if action_label(str(action)) == str(action)]
    assert unlabelled == []
