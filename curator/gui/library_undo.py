"""Undo and redo of the user's newest change anywhere in the library, off the GUI thread.

Undoing an import of thousands of articles takes seconds (each article leaves the search
index), so these steps run as LongWork behind a busy dialog; the window is modal from the
first moment, so nothing else writes to the library until the step is done.
"""

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from curator.gui.core_messages import error_text
from curator.gui.worker import LongWork, TaskRunner
from curator.services import changes
from curator.services.library import Database


class LibraryUndo(QObject):
    """Runs `changes.undo`/`redo` for the whole library (and an import's own undo) on the runner."""

    done = Signal(object)  # the Change
    message = Signal(str)  # nothing to undo, or why the step failed

    def __init__(self, db: Database, runner: TaskRunner, window: QWidget, *, user: Callable[[], str], parent=None):
        super().__init__(parent)
        self.db = db
        self.runner = runner
        self.window = window
        self._user = user
        self.work: LongWork | None = None

    @property
    def busy(self) -> bool:
        return self.work is not None

    def undo(self) -> None:
        self._run(lambda db, user: changes.undo(db, user=user), self.tr("Undoing…"), self.tr("Nothing to undo in the library."))

    def redo(self) -> None:
        self._run(lambda db, user: changes.redo(db, user=user), self.tr("Redoing…"), self.tr("Nothing to redo in the library."))

    def undo_import(self, batch: str, *, user: str) -> None:
        """Undo one import while it is still `user`'s newest change (the import summary's button)."""
        self._run(lambda db, _user: changes.undo_import(db, user=user, batch=batch), self.tr("Undoing…"),
                  self.tr("Changes were made after this import: undo them first."))

    def _run(self, step: Callable[[Database, str], object], label: str, nothing: str) -> None:
        if self.busy:
            return
        self.work = LongWork(self.runner, self.window, title=self.tr("Library"), label=label, cancellable=False,
                             parent=self)
        user = self._user()
        self.work.start(lambda _progress, _cancel: step(self.db, user),
                        lambda change, error: self._finished(change, error, nothing))

    def _finished(self, change, error, nothing: str) -> None:
        self.work = None
        if error is not None:
            self.message.emit(self.tr("Not saved: %1").replace("%1", error_text(error)))
        elif change is None:
            self.message.emit(nothing)
        else:
            self.done.emit(change)
