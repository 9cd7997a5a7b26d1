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
