"""The line above the reader's text for an article given to editors to tag blind: whose tags the
reader shows, who has finished, and (for a reviewer) the way to the agreement view."""

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton

from curator.core.types import ArticleStatus
from curator.gui.article_tags import ArticleTags
from curator.gui.i18n import Retranslating
from curator.gui.theme import LIGHT, Palette


class BlindBanner(Retranslating, QFrame):
    """Hidden for an article tagged as usual."""

    def __init__(self, agreement: QAction, parent=None):
        super().__init__(parent)
        self.setObjectName("blindBanner")
        self.label = QLabel(wordWrap=True, textInteractionFlags=Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setMinimumWidth(1)  # the reader decides the width; the words wrap
        # Its own short words, not the action's menu text with its mnemonic.
        self.button = QToolButton(autoRaise=True)
        self.button.clicked.connect(agreement.trigger)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignVCenter)
        self._tags: ArticleTags | None = None
        self._reviewer = False
        self.set_palette(LIGHT)
        self.hide()

    def set_palette(self, palette: Palette) -> None:
        stripe = palette.status[ArticleStatus.IN_PROGRESS]
        self.setStyleSheet(f"#blindBanner {{ border: 1px solid {stripe}; border-left: 5px solid {stripe}; "
                           f"border-radius: 3px; }}")

    def show_tags(self, tags: ArticleTags | None, *, reviewer: bool) -> None:
        """The open article's tag services (None: no article), and whether the user reviews."""
        self._tags, self._reviewer = tags, reviewer
        self.retranslate()

    def text(self) -> str:
        """What the banner says (empty: the banner is hidden)."""
        tags = self._tags
        if tags is None or not tags.assignments:
            return ""
        editors = [a.annotator for a in tags.assignments]
        waiting = [a.annotator for a in tags.assignments if a.done_at is None]
        names = escape(self.tr(", ").join(editors))
        settled = next((a.settled_by for a in tags.assignments if a.settled_at is not None), None)
        if settled is not None:
            return self.tr("Tagged blind by %1; settled by %2.").replace("%1", names).replace("%2", escape(settled))
        finished = self.tr("%1 of %2 editors finished.").replace("%1", str(len(editors) - len(waiting))) \
            .replace("%2", str(len(editors)))
        if tags.layer is not None and tags.layer_done:
            return self.tr("<b>Tagging blind</b>: you marked your tags done (undo opens them again). %1") \
                .replace("%1", finished)
        if tags.layer is not None:
            return self.tr("<b>Tagging blind</b>: only you see your tags; once every editor has finished, "
                           "a reviewer settles them. %1").replace("%1", finished)
        return self.tr("<b>Tagged blind</b> by %1: %2 Its own tags come when a reviewer settles theirs.") \
            .replace("%1", names).replace("%2", finished)

    def retranslate(self) -> None:
        text = self.text()
        self.label.setText(text)
        self.button.setText(self.tr("Agreement…"))
        self.button.setToolTip(self.tr("How the editors agree, and their disagreements to settle"))
        self.button.setVisible(self._reviewer)
        self.setVisible(bool(text))
