"""Telling the editor a library cannot be opened, and offering another one."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


def explain_open_failure(reason: str) -> str:
    """A translated sentence for why a library did not open (the store's reason is kept as detail)."""
    lowered = reason.lower()
    if "locked" in lowered or "busy" in lowered:
        return QCoreApplication.translate("LibraryDialogs", "The library is in use by another program. Close it there, or open another library.")
    if "not a database" in lowered or "malformed" in lowered:
        return QCoreApplication.translate("LibraryDialogs", "The file is not a Curator library, or it is damaged.")
    if "unable to open" in lowered or "permission" in lowered or "read-only" in lowered:
        return QCoreApplication.translate("LibraryDialogs", "The file cannot be opened: check that the folder exists and that you may write to it.")
    return QCoreApplication.translate("LibraryDialogs", "The library cannot be opened.")


def ask_for_other_library(location: str, reason: str, parent: QWidget | None = None) -> str | None:
    """Show why `location` failed; returns another library path, or None to quit."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("LibraryDialogs", "Cannot open the library"))
    box.setText(explain_open_failure(reason))
    box.setInformativeText(location)
    box.setDetailedText(reason)
    other = box.addButton(QCoreApplication.translate("LibraryDialogs", "Open another library…"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("LibraryDialogs", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if box.clickedButton() is not other:
        return None
    path, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("LibraryDialogs", "Open library"), "", QCoreApplication.translate("LibraryDialogs", "Curator library (*.db);;All files (*)"),
                                          options=QFileDialog.Option.DontConfirmOverwrite)
    return path or None
