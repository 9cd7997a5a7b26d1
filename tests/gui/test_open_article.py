"""The open article has one home, a plain object outside any widget (issue 12: ReaderView held it
and sixteen places reached into the widget for it)."""

import subprocess
import sys
from datetime import datetime

from PySide6.QtGui import QTextCursor

from curator.core.types import Kind
from curator.gui.open_article import OpenArticle
from curator.nlp.suggestion import Suggestion
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


def suggestion(start: int, end: int, text: str) -> Suggestion:
    return Suggestion(start, end, text, Kind.INSTITUTION, 0.9, "rule")


def test_suggestions_keep_their_place_as_they_are_decided():
    offered = OpenArticle().suggestions
    first, second, third = suggestion(0, 3, "县农行"), suggestion(4, 7, "县中行"), suggestion(8, 10, "农行")
    offered.show(1, [first, second, third])
    assert offered.current_item() == first
    assert offered.choose(1) == second and offered.anchor == 4
    offered.drop([second], offered.anchor)
    assert offered.items == [first, third] and offered.current_item() == third  # the next one on, not the first
    offered.clear(forget_place=False)
    offered.show(1, [first, third])
    assert offered.current_item() == third  # a refresh comes back to where the editor was
    assert offered.index_at(9) == 1 and offered.index_at(3) is None


def test_the_selection_is_kept_in_code_points_beside_emoji(window, add_article, qtbot):
    article_id = add_article("😀😀 县农行行长")
    window.workbench.open_article(article_id)
    window.reader.select_span(3, 6)
    assert window.open_article.selection == (3, 6)
    assert window.reader.text.textCursor().selectedText() == "县农行"
    window.reader.text.moveCursor(QTextCursor.MoveOperation.End)
    assert window.open_article.selection is None


def test_the_suggestion_controller_keeps_no_copy_of_the_suggestions(window):
    assert window.suggester.offered is window.open_article.suggestions
