"""The reviewer's queue: articles handed in (status done), oldest first."""

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from curator.services.library import ArticleSummary


class ReviewQueue(QListWidget):
    """A list of the articles waiting for review; picking one reports its id."""

    article_chosen = Signal(int)

    def __init__(self, load: Callable[[], list[ArticleSummary]], parent=None):
        super().__init__(parent)
        self._load = load
        self._filling = False
        self.currentItemChanged.connect(self._current_changed)

    def refresh(self, current: int | None = None) -> None:
        """Reload the queue, keeping `current` selected when it is still waiting."""
        self._filling = True
        self.clear()
        for summary in self._load():
            item = QListWidgetItem(summary.title or f"#{summary.id}")
            item.setData(Qt.ItemDataRole.UserRole, summary.id)
            item.setToolTip("  ·  ".join(p for p in (summary.title, summary.source) if p))
            self.addItem(item)
            if summary.id == current:
                self.setCurrentItem(item)
        self._filling = False

    def article_ids(self) -> list[int]:
        return [self.item(row).data(Qt.ItemDataRole.UserRole) for row in range(self.count())]

    def _current_changed(self, item: QListWidgetItem | None, _previous) -> None:
        if item is not None and not self._filling:
            self.article_chosen.emit(item.data(Qt.ItemDataRole.UserRole))
