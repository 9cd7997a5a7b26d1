"""Others' work reaching the screen (issue 15): a look at the library's history every second.

Other windows, the command line and other people on a shared library change it too. A look asks
the services what changed since the last one (curator.services.watching), off the GUI thread, and
hands the answer to the refresher (`changed`) as a `Change`, the same value the window's own changes give:
the list patches its rows and counts, the open article its tags, the review queue and history
follow. Nothing is read again wholesale, so the selection, the caret and the scroll stay put.
"""

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from curator.gui.worker import TaskRunner
from curator.services import watching
from curator.services.changes import Change
from curator.services.library import Database

LOOK_MS = 1000  # others' work appears within two seconds: a look each second, and its refresh


class LibraryWatch(QObject):
    """Looks for others' changes every LOOK_MS while started; one look at a time, so a slow
    server skips ticks rather than piling looks up."""

    changed = Signal(object)  # a Change others made

    def __init__(self, db: Database, *, busy: Callable[[], bool], parent=None):
        super().__init__(parent)
        self._db = db
        self._busy = busy  # a change of one's own is waiting for the library: show others' after it
        self._runner = TaskRunner(self, max_threads=1)  # its own thread: an import must not hold looks up
        self._timer = QTimer(self)
        self._timer.setInterval(LOOK_MS)
        self._timer.timeout.connect(self.look)
        # Read before the window reads the library: what others change while it starts is told too.
        self._mark = watching.watermark(db)
        self._own: set[str] = set()  # batches this window made: shown already
        self._looking = False
        self._stopped = False

    def start(self) -> None:
        self._stopped = False
        self._timer.start()

    def stop(self) -> None:
        """No more looks, and none that is under way reports: the window may be closing."""
        self._stopped = True
        self._timer.stop()
        self._runner.shutdown()

    def own(self, batch: str) -> None:
        """A batch of this window's change: the window shows it already. (An import of its own is
        read once more, as others' imports are: the list reloads, which it does at any import.)"""
        self._own.add(batch)

    def look(self) -> None:
        if self._looking:
            return
        self._looking = True
        mark, own = self._mark, frozenset(self._own)
        self._runner.run(lambda _progress, _cancelled: watching.changes_since(self._db, mark, own_batches=own),
                         self._looked)

    def _looked(self, result: tuple[Change | None, watching.Watermark] | None, error: BaseException | None) -> None:
        self._looking = False
        # A look that failed (a server restarting) is tried again at the next tick; a change of
        # one's own says why it fails. While one waits for the library, the next look tells again.
        if error is not None or self._busy() or self._stopped:
            return
        change, self._mark = result
        if change is not None:
            self.changed.emit(change)
