"""File → Import tagged file…: a JSONL or CoNLL export read back, with its tags, on the worker."""

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from curator.gui.labels import error_text
from curator.gui.worker import TaskHandle, TaskRunner
from curator.services.import_tagged import TaggedImportReport, import_tagged
from curator.services.library import Database


class TaggedImportController(QObject):
    """Runs `services.import_tagged` behind a progress dialog (the total is unknown: a busy bar)."""

    imported = Signal(object)  # TaggedImportReport, or None when it failed

    def __init__(self, db: Database, runner: TaskRunner, window: QWidget, *, user: Callable[[], str], parent=None):
        super().__init__(parent)
        self.db = db
        self.runner = runner
        self.window = window
        self._user = user
        self.handle: TaskHandle | None = None
        self.progress: QProgressDialog | None = None
        self.summary: QMessageBox | None = None

    def choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Import tagged file"), "",
                                              self.tr("Tagged articles (*.jsonl *.json *.conll *.bio *.tsv)"))
        if path:
            self.start(path)

    def start(self, path: str) -> TaskHandle | None:
        if self.handle is not None:
            return None
        self.progress = QProgressDialog(self.tr("Importing tagged articles…"), self.tr("Cancel"), 0, 0, self.window)
        self.progress.setWindowTitle(self.tr("Import tagged file"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(0)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.canceled.connect(self._cancel)
        db, user = self.db, self._user()

        def work(progress, cancelled):
            return import_tagged(db, path, user=user, progress=progress, cancel=cancelled)

        self.handle = self.runner.run(work, self._done, on_progress=self._progressed)
        self.progress.show()
        return self.handle

    def _cancel(self) -> None:
        if self.handle is not None:
            self.handle.cancel()

    def _progressed(self, done: int, _total: int) -> None:
        if self.progress is not None:
            self.progress.setLabelText(self.tr("Articles read: %1").replace("%1", str(done)))

    def _done(self, report: TaggedImportReport | None, error: BaseException | None) -> None:
        self.handle = None
        if self.progress is not None:
            self.progress.canceled.disconnect(self._cancel)
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        if error is not None:
            text = self.tr("The file could not be imported: %1").replace("%1", error_text(error))
        else:
            lines = [self.tr("Articles imported: %1").replace("%1", str(report.imported)),
                     self.tr("Already in the library: %1").replace("%1", str(report.duplicates)),
                     self.tr("Tags imported: %1").replace("%1", str(report.mentions)),
                     self.tr("Tags skipped: %1").replace("%1", str(report.skipped_spans))]
            if report.cancelled:
                lines.append(self.tr("Cancelled; the articles imported before are kept."))
            text = "\n".join(lines)
        self.summary = QMessageBox(QMessageBox.Icon.Information, self.tr("Import tagged file"), text,
                                   QMessageBox.StandardButton.Ok, self.window)
        self.summary.open()
        self.imported.emit(report if error is None else None)
