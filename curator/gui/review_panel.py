"""The Review dock: where the open article stands in review, the reviewer's buttons and the queue."""

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QSizePolicy, QToolButton, QVBoxLayout, QWidget

from curator.core.types import ArticleStatus, MentionStatus
from curator.gui.labels import status_label
from curator.gui.review_actions import ReviewActions
from curator.gui.review_queue import ReviewQueue
from curator.services.library import Article, ArticleSummary
from curator.services.tagging import MentionView


def local_time(value) -> str:
    """A stored UTC time (naive means UTC) in the user's local time, to the minute."""
    from datetime import UTC, datetime

    if value is None:
        return ""
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone().strftime("%Y-%m-%d %H:%M")


class ReviewPanel(QWidget):
    """Shows the open article's review state to everyone; buttons and queue only in reviewer mode."""

    def __init__(self, actions: ReviewActions, load_queue: Callable[[], list[ArticleSummary]], parent=None):
        super().__init__(parent)
        self.banner = QLabel(wordWrap=True, textInteractionFlags=Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.tools = QWidget()
        grid = QGridLayout(self.tools)
        grid.setContentsMargins(0, 0, 0, 0)
        commands = (actions.approve_mention, actions.reject_mention, actions.approve_remaining,
                    actions.approve_article, actions.request_changes, actions.reopen_article)
        for index, action in enumerate(commands):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            grid.addWidget(button, index // 3, index % 3)
        self.queue_title = QLabel()
        self.queue = ReviewQueue(load_queue)
        # Side by side, low: the verdict and its commands on the left, the queue on the right; one
        # above the other they took 280 of a laptop's 768 pixels from the reader.
        state, waiting = QVBoxLayout(), QVBoxLayout()
        state.addWidget(self.banner, 1)
        state.addWidget(self.tools)
        waiting.addWidget(self.queue_title)
        waiting.addWidget(self.queue, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(state, 3)
        layout.addLayout(waiting, 2)
        self._article: Article | None = None
        self._mentions: list[MentionView] = []
        self._blind = False  # the mentions are the user's blind layer, not the article's tags
        self.reviewer_mode = False
        self.set_reviewer_mode(False)

    def set_reviewer_mode(self, on: bool) -> None:
        self.reviewer_mode = on
        for widget in (self.tools, self.queue_title, self.queue):
            widget.setVisible(on)
        self._show_banner()

    def show_article(self, article: Article | None, mentions: list[MentionView], *, blind: bool = False) -> None:
        """`blind`: the mentions are the user's blind layer of the article, which takes no verdicts."""
        self._article, self._mentions, self._blind = article, mentions, blind
        self._show_banner()

    def refresh_queue(self, current: int | None) -> None:
        self.queue.refresh(current)
        self.queue_title.setText(self.tr("Review queue: %1 articles").replace("%1", str(self.queue.count())))

    def _show_banner(self) -> None:
        self.banner.setText("\n".join(self.banner_lines()))

    def banner_lines(self) -> list[str]:
        """What the banner says about the open article (plain text, translated)."""
        a = self._article
        if a is None:
            return [self.tr("No article open.")]
        lines = [self.tr("Status: %1").replace("%1", status_label(a.status))]
        if a.status == ArticleStatus.APPROVED:
            lines.append(self.tr("Approved by %1 at %2.").replace("%1", a.reviewer or "")
                         .replace("%2", local_time(a.reviewed_at)))
            lines.append(self.tr("Read-only: a reviewer must reopen it before it changes."))
        elif a.status == ArticleStatus.CHANGES_REQUESTED:
            lines.append(self.tr("Changes requested by %1 at %2.").replace("%1", a.reviewer or "")
                         .replace("%2", local_time(a.reviewed_at)))
        if a.review_note and a.status in (ArticleStatus.APPROVED, ArticleStatus.CHANGES_REQUESTED,
                                          ArticleStatus.IN_PROGRESS):
            lines.append(self.tr("Note: %1").replace("%1", a.review_note))
        return lines + self._tag_lines()

    def _tag_lines(self) -> list[str]:
        """The open article's tags by verdict; the user's blind layer is counted apart, as it takes none."""
        if self._blind:
            return [self.tr("Your blind tags: %1. They take no verdicts: a reviewer settles the editors' "
                            "layers into the article's tags, which are then reviewed.")
                    .replace("%1", str(len(self._mentions)))]
        counts = {status: sum(m.status == status for m in self._mentions) for status in MentionStatus}
        lines = [self.tr("Tags: %1 to review, %2 approved, %3 rejected")
                 .replace("%1", str(counts[MentionStatus.PENDING]))
                 .replace("%2", str(counts[MentionStatus.APPROVED]))
                 .replace("%3", str(counts[MentionStatus.REJECTED]))]
        if counts[MentionStatus.REJECTED] and not self.reviewer_mode:
            lines.append(self.tr("Rejected tags are underlined in red; hover one to read the comment."))
        return lines

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._show_banner()
            self.queue_title.setText(self.tr("Review queue: %1 articles").replace("%1", str(self.queue.count())))
        super().changeEvent(event)
