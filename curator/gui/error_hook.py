"""Unexpected errors: the traceback goes to a log file, the user sees one line and the window stays."""

import sys
import traceback
from collections.abc import Callable
from pathlib import Path

from platformdirs import user_log_dir
from PySide6.QtCore import QCoreApplication, QThread
from PySide6.QtWidgets import QMessageBox, QWidget
from shiboken6 import isValid


def log_path() -> Path:
    return Path(user_log_dir("Curator", appauthor=False)) / "errors.log"


def _write_log(path: Path, kind, error, trace) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as log:
            log.write("".join(traceback.format_exception(kind, error, trace)) + "\n")
    except OSError:
        pass  # the message still reaches the user; a log we cannot write must not raise again


def install_error_hook(parent: Callable[[], QWidget | None], *, path: Path | None = None) -> Callable:
    """Route uncaught exceptions (including those in Qt slots) to a log and a one-line message."""
    path = path or log_path()

    def hook(kind, error, trace) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        _write_log(path, kind, error, trace)
        if not _may_show_a_window():
            return  # logged: a worker thread, or an application already gone, can show no window
        line = (str(error).splitlines() or [kind.__name__])[0]
        text = QCoreApplication.translate(
            "ErrorHook", "Something went wrong: %1\nEverything you did before is saved. Details are in %2."
        ).replace("%1", line).replace("%2", str(path))
        window = parent()
        if window is not None and not isValid(window):
            window = None  # closed and deleted as the error came: the message stands alone
        QMessageBox.warning(window, QCoreApplication.translate("ErrorHook", "Unexpected error"), text)

    sys.excepthook = hook
    return hook


def _may_show_a_window() -> bool:
    """Widgets live on the GUI thread alone: a message box made on another thread hung the
    application (an error raised on a worker thread while the window closed)."""
    app = QCoreApplication.instance()
    return app is not None and QThread.currentThread() is app.thread()
