"""Shows that a change waits for the library while another program writes to it."""

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QThread
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QStatusBar

from curator.services.library import Database


class LibraryWait(QObject):
    """The lock listener of the window's library.

    A change made on the GUI thread waits there for the write lock (it must not be refused, and
    the editor's next key must not act on a state that is not yet written). While it waits, the
    window keeps painting and says why it does not answer; keys and clicks wait their turn.
    Waits in background work are shown by that work's own progress.
    """

    def __init__(self, db: Database, status_bar: QStatusBar, parent=None):
        super().__init__(parent)
        self._status_bar = status_bar
        self._waiting = False
        db.lock_listener = self.heard

    @property
    def waiting(self) -> bool:
        """A change on the GUI thread is waiting for the write lock (events are still handled)."""
        return self._waiting

    def heard(self, waited: float | None) -> None:
        if QThread.currentThread() is not QCoreApplication.instance().thread():
            return
        if waited is None:
            self._end()
        else:
            self._show()
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)

    def _show(self) -> None:
        if not self._waiting:
            self._waiting = True
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        self._status_bar.showMessage(self.tr("Waiting for the library: another program is writing to it…"))

    def _end(self) -> None:
        if self._waiting:
            self._waiting = False
            QGuiApplication.restoreOverrideCursor()
            self._status_bar.clearMessage()
