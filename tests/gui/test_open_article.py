"""The open article has one home, a plain object outside any widget (issue 12: ReaderView held it
and sixteen places reached into the widget for it)."""

import subprocess
import sys
from datetime import datetime

from curator.gui.open_article import OpenArticle
from curator.services.library import Article, ArticleState
from curator.services.tagging import MentionView

STAMP = datetime(2026, 12, 6, 8, 0)


def mention(mention_id: int, start: int, end: int) -> MentionView:
    return MentionView(mention_id, 1, 1, "institution", "农行", start, end, "农行", "manual", None, "pending",
                       "ann", STAMP, None, None, None)


def article() -> Article:
    return Article(id=1, title="标题", text="县农行和县中行", content_hash="h", chars=7, status="new",
                   imported_at=STAMP, updated_at=STAMP)


def test_tags_are_kept_in_text_order_and_found_by_position():
    state = OpenArticle()
    state.open(article(), [mention(2, 4, 7), mention(1, 0, 3)])
    assert [m.id for m in state.mentions] == [1, 2]
    assert state.mention_at(1).id == 1 and state.mention_at(3) is None and state.mention_at(6).id == 2
    assert [m.id for m in state.overlapping(2, 5)] == [1, 2]


def test_the_current_tag_goes_when_its_tag_goes():
    state = OpenArticle()
    state.open(article(), [mention(1, 0, 3), mention(2, 4, 7)])
    state.current_mention = 2
    state.set_mentions([mention(1, 0, 3)])
    assert state.current_mention is None


def test_a_change_s_state_reaches_the_open_article():
    state = OpenArticle()
    state.open(article(), [])
    state.take_state(ArticleState(1, "changes_requested", 0, 0, "rex", STAMP, "缺少支行名称"))
    assert (state.status, state.article.reviewer, state.article.review_note) == ("changes_requested", "rex", "缺少支行名称")


def test_the_state_needs_no_qt():
    code = "import sys, curator.gui.open_article; assert not [m for m in sys.modules if m.startswith('PySide6')]"
    subprocess.run([sys.executable, "-c", code], check=True)


def test_the_window_s_parts_share_one_state(window):
    assert window.reader.state is window.open_article is window.workbench.state
