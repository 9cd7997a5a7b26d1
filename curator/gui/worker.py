"""The one way long work leaves the GUI thread: `TaskRunner.run(fn, on_done)`.

`fn(progress, cancelled)` runs on a pool thread; `on_done(result, error)` runs back on
the GUI thread. Progress reports arrive on the GUI thread too. Work the editor waits for
goes through `LongWork`, which adds the progress dialog; work nobody waits for at start-up
waits for the window's first frame through `after_first_frame`.
"""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog

Work = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]
Done = Callable[[Any, BaseException | None], None]


class TaskHandle(QObject):
    """One running task: cancel it, or follow its progress. Signals cross to the GUI thread."""

    progressed = Signal(int, int)
    finished = Signal(object, object)  # (result, error)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._cancelled = False
        self.done = False

    def cancel(self) -> None:
        self._cancelled = True

    def is_cancelled(self) -> bool:
        return self._cancelled


class _Job(QRunnable):
    def __init__(self, fn: Work, handle: TaskHandle):
        super().__init__()
        # Python owns the job until the task reports back; Qt deleting it meanwhile would crash.
        self.setAutoDelete(False)
        self.fn = fn
        self.handle = handle

    def run(self) -> None:
        try:
            result, error = self.fn(self.handle.progressed.emit, self.handle.is_cancelled), None
        except Exception as exc:  # handed to on_done, which shows it as a message
            result, error = None, exc
        try:
            self.handle.finished.emit(result, error)
        except RuntimeError:  # "Signal source has been deleted": the application ended meanwhile, no one
            pass              # is left to tell (raised here, it reached the error hook on this thread)


class TaskRunner(QObject):
    """Owns the worker threads and keeps running tasks alive until they report back."""

    def __init__(self, parent: QObject | None = None, *, max_threads: int = 2):
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._running: dict[TaskHandle, _Job] = {}

    def run(self, fn: Work, on_done: Done, *, on_progress: Callable[[int, int], None] | None = None) -> TaskHandle:
        handle = TaskHandle()  # no parent: deleteLater alone ends it, whatever happens to the runner
        if on_progress is not None:
            handle.progressed.connect(on_progress)
        handle.finished.connect(lambda result, error: self._finish(handle, on_done, result, error))
        job = _Job(fn, handle)
        self._running[handle] = job
        self._pool.start(job)
        return handle

    def _finish(self, handle: TaskHandle, on_done: Done, result, error) -> None:
        self._running.pop(handle, None)
        handle.done = True
        try:
            on_done(result, error)
        finally:
            handle.deleteLater()

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def shutdown(self, timeout_ms: int = 10_000) -> None:
        """Ask every task to stop and wait for the threads (on quit)."""
        for handle in list(self._running):
            handle.cancel()
        self._pool.waitForDone(timeout_ms)


class LongWork(QObject):
    """Work that keeps the editor waiting, run the one way: behind a window-modal progress dialog
    shown at once (so no edit slips in before it appears), with Cancel where the work can stop,
    closed when the work reports back. Import, tagged import, export and library undo use it."""

    def __init__(self, runner: TaskRunner, window, *, title: str, label: str, cancellable: bool = True,
                 describe: Callable[[int, int], str] | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self._runner = runner
        self._describe = describe  # the label for (done, total), when the count says more than a bar
        self.dialog = QProgressDialog(label, self.tr("Cancel") if cancellable else "", 0, 0, window)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        if not cancellable:
            self.dialog.setCancelButton(None)  # one transaction: it completes or changes nothing
        self.handle: TaskHandle | None = None

    def start(self, work: Work, on_done: Done) -> TaskHandle:
        self.handle = self._runner.run(work, lambda result, error: self._finished(on_done, result, error),
                                       on_progress=self._progressed)
        self.dialog.canceled.connect(self.cancel)
        self.dialog.open()
        return self.handle

    def cancel(self) -> None:
        if self.handle is not None and not self.handle.done:
            self.handle.cancel()
            self.dialog.setLabelText(self.tr("Cancelling…"))

    def _progressed(self, done: int, total: int) -> None:
        if self.handle is None or self.handle.done:
            return  # a report queued behind the end: the dialog is gone
        if self._describe is not None:
            self.dialog.setLabelText(self._describe(done, total))
        if total:
            self.dialog.setMaximum(total)
            self.dialog.setValue(min(done, total))

    def _finished(self, on_done: Done, result, error) -> None:
        self.dialog.canceled.disconnect(self.cancel)
        self.dialog.close()
        self.dialog.deleteLater()
        on_done(result, error)


class _FirstFrame(QObject):
    def __init__(self, window: QObject, then: Callable[[], None]):
        super().__init__(window)
        self._then = then
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._then)  # once this paint, children and all, has reached the screen
            self.deleteLater()
        return False


def after_first_frame(window: QObject, then: Callable[[], None]) -> None:
    """Call `then` once `window` has painted its first frame.

    Threads started earlier (jieba's dictionary, the suggestion engine, the search indexer) take
    the interpreter from the GUI thread while it builds and paints the window (issue 16).
    """
    _FirstFrame(window, then)
