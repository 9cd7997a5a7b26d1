"""File → Import tagged file…: a JSONL or CoNLL export read back, with its tags, on the worker."""

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from curator.gui.core_messages import error_text
from curator.gui.worker import LongWork, TaskHandle, TaskRunner
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
        self.work: LongWork | None = None
        self.summary: QMessageBox | None = None

    def choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Import tagged file"), "",
                                              self.tr("Tagged articles (*.jsonl *.json *.conll *.bio *.tsv)"))
        if path:
            self.start(path)

    def start(self, path: str) -> TaskHandle | None:
        if self.work is not None:
            return None
        self.work = LongWork(self.runner, self.window, title=self.tr("Import tagged file"),
                             label=self.tr("Importing tagged articles…"), parent=self,
                             describe=lambda done, _total: self.tr("Articles read: %1").replace("%1", str(done)))
        db, user = self.db, self._user()

        def work(progress, cancelled):
            return import_tagged(db, path, user=user, progress=progress, cancel=cancelled)

        return self.work.start(work, self._done)

    def _done(self, report: TaggedImportReport | None, error: BaseException | None) -> None:
        self.work = None
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
