"""Importing files and folders off the GUI thread: progress with cancel, then a summary."""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QLabel, QListWidget, QMessageBox, QVBoxLayout, \
    QWidget

from curator.gui.core_messages import error_text, message_text
from curator.gui.worker import LongWork, TaskRunner
from curator.services import library
from curator.services.library import Database


def _default_import(db, paths, *, user, progress, cancel):
    from curator.services.importing import import_paths  # loads the readers only when first needed

    return import_paths(db, paths, user=user, progress=progress, cancel=cancel)


class ImportSummary(QDialog):
    """What an import did: counts, then each failure with its reason; an import can be undone here."""

    def __init__(self, report, parent=None, on_undo: Callable[[], None] | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import finished"))
        lines = [self.tr("Imported: %1").replace("%1", str(report.imported)),
                 self.tr("Duplicates skipped: %1").replace("%1", str(report.duplicates)),
                 self.tr("Failed: %1").replace("%1", str(len(report.failed)))]
        if report.cancelled:
            lines.append(self.tr("The import was cancelled; what was imported before is kept."))
        layout = QVBoxLayout(self)
        self.counts = QLabel("\n".join(lines))
        layout.addWidget(self.counts)
        self.failures = QListWidget()
        # A reader's own reason can be long ("Stream has ended unexpectedly (invalid pdf header…"):
        # it wraps onto more lines rather than hide behind a horizontal scroll bar.
        self.failures.setWordWrap(True)
        self.failures.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for failure in report.failed:
            self.failures.addItem(f"{Path(failure.path).name} — {message_text(failure.code, failure.params)}")
            self.failures.item(self.failures.count() - 1).setToolTip(failure.path)
        self.failures.setVisible(bool(report.failed))
        layout.addWidget(self.failures)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        self.undo_button = None
        if on_undo is not None and report.imported:
            self.undo_button = buttons.addButton(self.tr("Undo import"), QDialogButtonBox.ButtonRole.ActionRole)
            self.undo_button.clicked.connect(on_undo)
        layout.addWidget(buttons)
        self.resize(560, 360 if report.failed else 160)


class IndexingIndicator(QLabel):
    """A status-bar note while articles wait for the search index (after an upgrade of the index,
    every article of the library does): how many are done. Search works meanwhile, more slowly."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._counts = (0, 0)
        self.hide()

    def show_progress(self, done: int, total: int) -> None:
        self._counts = (done, total)
        self.retranslate()
        self.setVisible(done < total)

    def retranslate(self) -> None:
        done, total = self._counts
        self.setText(self.tr("Indexing for search: %1 of %2 articles").replace("%1", str(done)).replace("%2", str(total)))
        self.setToolTip(self.tr("Until an article is indexed, the search finds it by reading it, more slowly"))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class ImportController(QObject):
    """Runs imports and the search indexing that follows them, one task at a time."""

    imported = Signal(object)  # the ImportReport
    undo_requested = Signal(object)  # the ImportReport whose summary asked to undo it
    indexed = Signal(int)  # how many articles were indexed

    def __init__(self, db: Database, runner: TaskRunner, window: QWidget, *, user: Callable[[], str],
                 import_fn: Callable | None = None, parent=None):
        super().__init__(parent)
        self.db = db
        self.runner = runner
        self.window = window
        self._user = user
        self.import_user = ""  # who the running or last import is recorded under
        self._import = import_fn or _default_import
        self.work: LongWork | None = None
        self.summary: ImportSummary | None = None
        self.last_report = None
        self.importing = False
        self.indexing = False
        self.indexing_indicator = IndexingIndicator()

    def choose_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self.window, self.tr("Import files"), "",
            self.tr("Articles (*.txt *.md *.markdown *.html *.htm *.pdf *.docx);;All files (*)"))
        if files:
            self.import_paths(files)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self.window, self.tr("Import a folder"))
        if folder:
            self.import_paths([folder])

    def import_paths(self, paths: list[str]) -> bool:
        """Start importing; False (with nothing started) while another import runs."""
        if self.importing or not paths:
            return False
        self.importing = True
        self.work = LongWork(self.runner, self.window, title=self.tr("Import"), label=self.tr("Importing…"), parent=self,
                             describe=lambda done, total: self.tr("Importing %1 of %2 files…")
                             .replace("%1", str(done)).replace("%2", str(total)))
        user = self.import_user = self._user()
        self.work.start(lambda progress, cancel: self._import(self.db, paths, user=user, progress=progress, cancel=cancel),
                        self._imported)
        return True

    def _imported(self, report, error) -> None:
        self.importing = False
        self.work = None
        if error is not None:
            QMessageBox.warning(self.window, self.tr("Import failed"),
                                self.tr("The import stopped: %1").replace("%1", error_text(error)))
            return
        self.last_report = report
        self.imported.emit(report)
        self.summary = ImportSummary(report, self.window, on_undo=lambda: self.undo_requested.emit(report))
        self.summary.open()
        self.index_pending()

    def index_pending(self) -> None:
        """Index not-yet-indexed articles for search, in a separate process (see index_all_in_process)."""
        if self.indexing:
            return
        self.indexing = True
        self.runner.run(lambda progress, cancelled: library.index_all_in_process(self.db, progress=progress,
                                                                              cancel=cancelled),
                        self._indexed, on_progress=self.indexing_indicator.show_progress)

    def _indexed(self, count, _error) -> None:
        self.indexing = False
        self.indexing_indicator.hide()
        self.indexed.emit(count or 0)
