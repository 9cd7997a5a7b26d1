"""Telling the editor a library cannot be opened, and offering another one."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from curator.core.errors import Msg
from curator.gui.core_messages import error_text
from curator.services.library import StoreError


def explain_open_failure(error: StoreError) -> str:
    """A translated sentence for why a library did not open, and what the editor can do."""
    damaged = QCoreApplication.translate("LibraryDialogs", "The file is not a Curator library, or it is damaged.")
    if error.code in (Msg.NOT_A_LIBRARY, Msg.FOREIGN_TABLES):
        return damaged
    # Else SQLite or the system refused, in their own words, which the core passes on as the detail.
    words = str(error.params.get("detail", "")).lower()
    if "locked" in words or "busy" in words:
        return QCoreApplication.translate("LibraryDialogs", "The library is in use by another program. Close it there, or open another library.")
    if "not a database" in words or "malformed" in words:
        return damaged
    if "unable to open" in words or "permission" in words or "read-only" in words:
        return QCoreApplication.translate("LibraryDialogs", "The file cannot be opened: check that the folder exists and that you may write to it.")
    return QCoreApplication.translate("LibraryDialogs", "The library cannot be opened.")


def ask_for_other_library(location: str, error: StoreError, parent: QWidget | None = None) -> str | None:
    """Show why `location` failed; returns another library path, or None to quit."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("LibraryDialogs", "Cannot open the library"))
    box.setText(explain_open_failure(error))
    box.setInformativeText(location)
    box.setDetailedText(error_text(error))
    other = box.addButton(QCoreApplication.translate("LibraryDialogs", "Open another library…"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("LibraryDialogs", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if box.clickedButton() is not other:
        return None
    path, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("LibraryDialogs", "Open library"), "", QCoreApplication.translate("LibraryDialogs", "Curator library (*.db);;All files (*)"),
                                          options=QFileDialog.Option.DontConfirmOverwrite)
    return path or None
