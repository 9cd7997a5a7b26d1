"""File → Export…: choose what, format and filters; the export runs on the worker with progress and cancel."""

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QDate, QObject, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFileDialog, \
    QFormLayout, QHBoxLayout, QLineEdit, QMessageBox, QPushButton, QWidget

from curator.core.types import ArticleStatus
from curator.gui.core_messages import error_text
from curator.gui.labels import status_label
from curator.gui.worker import LongWork, TaskHandle, TaskRunner
from curator.services import export as export_service
from curator.services.export import ExportCancelled, ExportFilter, ExportReport
from curator.services.library import Database

SUFFIXES = {"csv": ".csv", "xlsx": ".xlsx", "jsonl": ".jsonl", "conll": ".conll"}


@dataclass(frozen=True, slots=True)
class ExportRequest:
    """Everything `services.export.export` needs, as the dialog collected it."""

    out: str
    what: str = "mentions"
    fmt: str = "csv"
    bom: bool = True
    query: ExportFilter = ExportFilter()


class ExportDialog(QDialog):
    """Collects an `ExportRequest`; it does not export (see `ExportController`)."""

    def __init__(self, sources: list[str], *, folder: str = "", parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export"))
        self.fmt = QComboBox()
        for fmt, label in (("csv", self.tr("CSV table")), ("xlsx", self.tr("Excel workbook (XLSX)")),
                           ("jsonl", self.tr("JSONL, articles with spans")), ("conll", self.tr("CoNLL (BIO)"))):
            self.fmt.addItem(label, fmt)
        self.what = QComboBox()
        self.bom = QCheckBox(self.tr("UTF-8 with BOM (for Excel)"))
        self.bom.setChecked(True)
        self.bom.setToolTip(self.tr("Excel needs the byte-order mark to read Chinese; other tools may not want it"))
        self.status = QComboBox()
        self.status.addItem(self.tr("All statuses"), None)
        for status in ArticleStatus:
            self.status.addItem(status_label(status), str(status))
        self.source = QComboBox()
        self.source.addItem(self.tr("All sources"), None)
        for source in sources:
            self.source.addItem(source, source)
        self.use_since, self.since = QCheckBox(self.tr("From")), QDateEdit(calendarPopup=True)
        self.use_until, self.until = QCheckBox(self.tr("to")), QDateEdit(calendarPopup=True)
        today = QDate.currentDate()
        self.since.setDate(today.addMonths(-1))
        self.until.setDate(today)
        # Many articles have no date: bounds leave them out unless this says otherwise.
        self.undated = QCheckBox(self.tr("and undated articles"))
        self.undated.setToolTip(self.tr("Also export the articles that have no date"))
        self.undated.setEnabled(False)
        for check, edit in ((self.use_since, self.since), (self.use_until, self.until)):
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setEnabled(False)
            check.toggled.connect(edit.setEnabled)
            check.toggled.connect(self._bounds_changed)
        dates = QHBoxLayout()
        for widget in (self.use_since, self.since, self.use_until, self.until, self.undated):
            dates.addWidget(widget)
        dates.addStretch(1)
        self.path = QLineEdit(str(Path(folder or Path.home()) / "curator-mentions.csv"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._choose_path)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(browse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Format"), self.fmt)
        form.addRow(self.tr("Contents"), self.what)
        form.addRow("", self.bom)
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("Published"), _wrap(dates))
        form.addRow(self.tr("Source"), self.source)
        form.addRow(self.tr("Save as"), _wrap(where))
        form.addRow(self.buttons)
        self.fmt.currentIndexChanged.connect(self._format_changed)
        self.what.currentIndexChanged.connect(self._fix_suffix)
        self._format_changed()
        self.resize(560, self.sizeHint().height())

    def _bounds_changed(self) -> None:
        self.undated.setEnabled(self.use_since.isChecked() or self.use_until.isChecked())

    def _format_changed(self) -> None:
        fmt = self.fmt.currentData()
        self.what.blockSignals(True)
        current = self.what.currentData()
        self.what.clear()
        if fmt == "csv":
            for what, label in (("mentions", self.tr("Mentions")), ("articles", self.tr("Articles")),
                                ("entities", self.tr("Entities")), ("affiliations", self.tr("Affiliations"))):
                self.what.addItem(label, what)
            self.what.setCurrentIndex(max(0, self.what.findData(current)))
        elif fmt == "xlsx":
            self.what.addItem(self.tr("Mentions, articles, entities and affiliations (four sheets)"), "mentions")
        else:
            self.what.addItem(self.tr("Articles with their tagged spans"), "articles")
        self.what.setEnabled(fmt == "csv")
        self.what.blockSignals(False)
        self.bom.setEnabled(fmt == "csv")
        self._fix_suffix()

    def _fix_suffix(self) -> None:
        """Keep the file's suffix in step with the format; our default name follows the contents too."""
        fmt = self.fmt.currentData()
        path = Path(self.path.text().strip() or "curator-export")
        stem = path.stem
        if stem.startswith("curator-"):
            stem = "curator-" + (self.what.currentData() if fmt == "csv" else "export")
        self.path.setText(str(path.with_name(stem + SUFFIXES[fmt])))

    def _choose_path(self) -> None:
        fmt = self.fmt.currentData()
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), self.path.text(),
                                              f"{fmt.upper()} (*{SUFFIXES[fmt]})")
        if path:
            self.path.setText(path)

    def request(self) -> ExportRequest:
        query = ExportFilter(
            status=self.status.currentData(), source=self.source.currentData(),
            since=self.since.date().toPython() if self.use_since.isChecked() else None,
            until=self.until.date().toPython() if self.use_until.isChecked() else None,
            include_undated=self.undated.isChecked(),
        )
        fmt = self.fmt.currentData()
        return ExportRequest(out=self.path.text().strip(), what=self.what.currentData(), fmt=fmt,
                             bom=self.bom.isChecked(), query=query)

    def accept(self) -> None:
        path = Path(self.path.text().strip())
        if not self.path.text().strip() or not path.parent.is_dir():
            QMessageBox.warning(self, self.tr("Export"), self.tr("Choose a file in an existing folder."))
            return
        super().accept()


def _wrap(layout) -> QWidget:
    widget = QWidget()
    layout.setContentsMargins(0, 0, 0, 0)
    widget.setLayout(layout)
    return widget


class ExportController(QObject):
    """Runs one export at a time on the worker, behind a progress dialog with Cancel."""

    finished = Signal(object, object)  # (ExportReport | None, error | None); ExportCancelled when stopped

    def __init__(self, db: Database, runner: TaskRunner, window: QWidget, *,
                 export_fn: Callable = export_service.export, parent=None):
        super().__init__(parent)
        self.db = db
        self.runner = runner
        self.window = window
        self._export = export_fn
        self.work: LongWork | None = None
        self.summary: QMessageBox | None = None

    def choose(self, sources: list[str], folder: str = "") -> None:
        dialog = ExportDialog(sources, folder=folder, parent=self.window)
        if dialog.exec():
            self.start(dialog.request())

    def start(self, request: ExportRequest) -> TaskHandle | None:
        if self.work is not None:
            return None
        self.work = LongWork(self.runner, self.window, title=self.tr("Export"), label=self.tr("Exporting…"), parent=self)
        db, export = self.db, self._export

        def work(progress, cancelled):
            return export(db, out=request.out, what=request.what, fmt=request.fmt, query=request.query,
                          bom=request.bom, progress=progress, cancel=cancelled)

        return self.work.start(work, self._done)

    def cancel(self) -> None:
        if self.work is not None:
            self.work.cancel()

    def _done(self, report: ExportReport | None, error: BaseException | None) -> None:
        self.work = None
        self._show_summary(report, error)
        self.finished.emit(report, error)

    def _show_summary(self, report: ExportReport | None, error: BaseException | None) -> None:
        if isinstance(error, ExportCancelled):
            title, text = self.tr("Export cancelled"), self.tr("The export was cancelled; no file was written.")
        elif error is not None:
            title, text = self.tr("Export failed"), self.tr("Nothing was written: %1").replace("%1", error_text(error))
        else:
            names = {"mentions": self.tr("Mentions"), "articles": self.tr("Articles"),
                     "entities": self.tr("Entities")}
            counts = "\n".join(f"{names.get(what, what)}：{count:,}" for what, count in report.rows.items())
            title = self.tr("Export finished")
            text = self.tr("Written to %1").replace("%1", report.path) + "\n\n" + counts
            if report.undated_left_out:
                text += "\n\n" + self.tr("%n article(s) without a date left out; tick “and undated articles” "
                                           "to export them too.", "", report.undated_left_out)
        self.summary = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok,
                                   self.window)
        self.summary.open()  # not exec: the summary never blocks the window (or a test)
