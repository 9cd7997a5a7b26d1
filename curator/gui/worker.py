"""The one way long work leaves the GUI thread: `TaskRunner.run(fn, on_done)`.

`fn(progress, cancelled)` runs on a pool thread; `on_done(result, error)` runs back on
the GUI thread. Progress reports arrive on the GUI thread too.
"""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

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
        self.handle.finished.emit(result, error)


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
