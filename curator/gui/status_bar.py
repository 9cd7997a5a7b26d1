"""A status bar whose messages are never cut off: a message too long for one line wraps, and the
bar grows to show every line while the message stays.

QStatusBar draws a temporary message on a single line and clips the rest, so a failure naming a
long path lost its reason at 1366 pixels. Messages still go through `showMessage`, so
`currentMessage()` and the timeout work as in Qt.
"""

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QStatusBar, QWidget

MARGIN = 6  # pixels around the message, as QStatusBar leaves them
WRAP = Qt.TextFlag.TextWordWrap
# A path or a URL has no word boundary to wrap at: it breaks anywhere rather than run off the bar.
WRAP_ANYWHERE = Qt.TextFlag.TextWrapAnywhere


class MessageBar(QStatusBar):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.messageChanged.connect(self._fit)

    def message_rect(self) -> QRect:
        """Where the message is drawn: left of the widgets that stay while it shows."""
        right = self.width() - MARGIN
        for child in self.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
            if child.isVisible() and child.x() > 0:
                right = min(right, child.x() - MARGIN)
        return QRect(MARGIN, 0, max(right - MARGIN, 1), self.height())

    def message_height(self, text: str) -> int:
        """The height `text` needs when wrapped into the message's width."""
        width = self.message_rect().width()
        return self.fontMetrics().boundingRect(QRect(0, 0, width, 100_000), self._flags(text, width), text).height()

    def paintEvent(self, event) -> None:
        text = self.currentMessage()
        if not text:
            super().paintEvent(event)
            return
        painter = QPainter(self)
        painter.setPen(self.palette().windowText().color())
        rect = self.message_rect()
        painter.drawText(rect, self._flags(text, rect.width()) | Qt.AlignmentFlag.AlignVCenter, text)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit(self.currentMessage())

    def _fit(self, text: str) -> None:
        """Tall enough for every line of `text`; back to Qt's own height once it is gone."""
        needed = self.message_height(text) + MARGIN if text else 0
        if needed != self.minimumHeight():
            self.setMinimumHeight(needed if needed > self.sizeHint().height() else 0)
        self.update()

    def _flags(self, text: str, width: int) -> Qt.TextFlag:
        words_fit = all(self.fontMetrics().horizontalAdvance(word) <= width for word in text.split())
        return WRAP if words_fit else WRAP_ANYWHERE
