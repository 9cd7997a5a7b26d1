import sys

import pytest
from PySide6.QtWidgets import QMessageBox

from curator.gui.error_hook import install_error_hook

pytestmark = pytest.mark.gui


def test_an_unexpected_error_is_logged_and_shown_as_one_line(qapp, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append((title, text)))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    log = tmp_path / "logs" / "errors.log"
    hook = install_error_hook(lambda: None, path=log)
    try:
        raise RuntimeError("disk full\nsecond line")
    except RuntimeError:
        hook(*sys.exc_info())
    (title, text), = shown
    assert "disk full" in text and "second line" not in text and "Traceback" not in text
    assert str(log) in text
    assert "Traceback" in log.read_text(encoding="utf-8") and "RuntimeError" in log.read_text(encoding="utf-8")
    assert sys.excepthook is hook


def test_an_error_on_another_thread_is_logged_and_shows_no_window(qapp, tmp_path, monkeypatch):
    """A message box made on a worker thread hung the application as its window closed."""
    import threading

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    log = tmp_path / "errors.log"
    hook = install_error_hook(lambda: None, path=log)

    def fail() -> None:
        try:
            raise RuntimeError("on a worker thread")
        except RuntimeError:
            hook(*sys.exc_info())

    worker = threading.Thread(target=fail)
    worker.start()
    worker.join()
    assert shown == [] and "on a worker thread" in log.read_text(encoding="utf-8")
    fail()  # the positive control: on the GUI thread it is shown
    assert len(shown) == 1


def test_an_error_after_the_window_was_deleted_is_shown_without_it(qapp, tmp_path, monkeypatch):
    import shiboken6
    from PySide6.QtWidgets import QWidget

    parents = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: parents.append(parent))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    window = QWidget()
    shiboken6.delete(window)
    hook = install_error_hook(lambda: window, path=tmp_path / "errors.log")
    try:
        raise RuntimeError("late")
    except RuntimeError:
        hook(*sys.exc_info())
    assert parents == [None]


def test_a_task_whose_handle_is_gone_when_it_ends_raises_nothing(qapp, monkeypatch):
    """The application ended while a task ran (its handle deleted): there is no one to tell, and
    the error it raised reached the error hook on the worker thread."""
    import threading

    import shiboken6

    from curator.gui.worker import TaskRunner

    raised = []
    monkeypatch.setattr(sys, "excepthook", lambda *args: raised.append(args))
    release = threading.Event()
    runner = TaskRunner()
    handle = runner.run(lambda progress, cancelled: release.wait(5), lambda result, error: None)
    shiboken6.delete(handle)
    release.set()
    runner.shutdown()
    assert raised == []
