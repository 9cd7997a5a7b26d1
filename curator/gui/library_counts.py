"""The status bar's article counts per status, kept current from changes rather than re-counted."""

from collections import Counter

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel

from curator.gui.labels import status_label
from curator.services import library
from curator.services.library import Database, StoreError


class LibraryCounts(QLabel):
    """“Articles: 120 · new 80 · in progress 40”: counted once, then moved along with each status change."""

    def __init__(self, db: Database, parent=None):
        super().__init__(parent)
        self._db = db
        self._counts: Counter[str] = Counter()
        self.reload()

    def reload(self) -> None:
        """Count again: articles joined or left the library."""
        try:
            self._counts = Counter(library.library_counts(self._db))
        except StoreError:
            return  # keep the last counts; the next change tries again
        self._show()

    def move(self, statuses: dict[int, tuple[str, str]]) -> None:
        """Articles whose status moved, (before, after)."""
        for before, after in statuses.values():
            self._counts[before] -= 1
            self._counts[after] += 1
        if statuses:
            self._show()

    def _show(self) -> None:
        parts = [self.tr("Articles: %1").replace("%1", str(self._counts.total()))]
        parts += [f"{status_label(status)} {count}" for status, count in sorted(self._counts.items()) if count]
        self.setText("  ·  ".join(parts))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._show()
        super().changeEvent(event)
