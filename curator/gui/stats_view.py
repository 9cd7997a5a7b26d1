"""View → Statistics: the library's four tables (services.stats) for a date range and a kind,
computed off the GUI thread and written for Excel on request."""

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QDialog, QFileDialog, QHBoxLayout, QHeaderView,
                               QLabel, QPushButton, QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout)

from curator.core.types import Kind
from curator.export import stats_tables
from curator.gui.core_messages import error_text
from curator.gui.i18n import Retranslating
from curator.gui.labels import kind_label, status_label
from curator.gui.worker import TaskRunner
from curator.services import library, stats
from curator.services.library import Database

SIZE = (900, 620)  # at most; a smaller screen gets the dialog at its own size
TABLES = ("articles", "mentions", "top", "by_user")
# Columns whose values are vocabularies, shown by their labels in the interface language.
_LABELLED = {"status": status_label, "kind": kind_label}


class StatsView(Retranslating, QDialog):
    message = Signal(str)  # one line for the status bar (where the export went, or why not)

    def __init__(self, db: Database, runner: TaskRunner, parent=None):
        super().__init__(parent)
        self.db, self.runner = db, runner
        self.stats: stats.LibraryStats | None = None
        self.since, self.until = self._date_edit(), self._date_edit()
        self.use_since, self.use_until = QCheckBox(), QCheckBox()
        self.kind, self.source = QComboBox(), QComboBox()
        for combo in (self.kind, self.source):  # fit their words again after a switch of language
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.refresh_button, self.export_button = QPushButton(), QPushButton()
        self.tabs = QTabWidget()
        self.tables = {name: self._table(len(stats_tables.COLUMNS[name])) for name in TABLES}
        for name in TABLES:
            self.tabs.addTab(self.tables[name], "")
        self.state = QLabel()
        self._lay_out()
        for control in (self.use_since, self.use_until):
            control.toggled.connect(self.refresh)
        for edit in (self.since, self.until):
            edit.dateChanged.connect(self.refresh)
        self.kind.currentIndexChanged.connect(self.refresh)
        self.source.currentIndexChanged.connect(self.refresh)
        self.refresh_button.clicked.connect(self.refresh)
        self.tabs.currentChanged.connect(self._describe)
        self.export_button.clicked.connect(self.export)
        self.retranslate()

    @staticmethod
    def _date_edit() -> QDateEdit:
        edit = QDateEdit(QDate.currentDate(), calendarPopup=True)
        edit.setDisplayFormat("yyyy-MM-dd")
        return edit

    @staticmethod
    def _table(columns: int) -> QTableWidget:
        table = QTableWidget(0, columns)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # No column sorted until the editor clicks one: the rows come in the service's order (by rank).
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        table.setSortingEnabled(True)
        return table

    def _lay_out(self) -> None:
        filters = QHBoxLayout()
        for widget in (self.use_since, self.since, self.use_until, self.until, self.kind, self.source):
            filters.addWidget(widget)
        filters.addStretch(1)
        filters.addWidget(self.refresh_button)
        filters.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.state)

    def present(self) -> None:
        self._list_sources()
        screen = self.parentWidget().screen().availableGeometry() if self.parentWidget() else self.screen().availableGeometry()
        self.resize(min(SIZE[0], screen.width()), min(SIZE[1], screen.height()))
        self.show()
        self.raise_()
        self.refresh()

    # --- counting -----------------------------------------------------------------------
    def query(self) -> dict:
        """The filters as library_stats takes them."""
        return {
            "since": self.since.date().toPython() if self.use_since.isChecked() else None,
            "until": self.until.date().toPython() if self.use_until.isChecked() else None,
            "kind": self.kind.currentData(),
            "source": self.source.currentData(),
        }

    def refresh(self) -> None:
        """Count again on the worker (a second at 100,000 articles); the tables stay until it answers."""
        if not self.isVisible():
            return
        db, query = self.db, self.query()
        self.state.setText(self.tr("Counting…"))
        self.runner.run(lambda _progress, _cancelled: stats.library_stats(db, **query),
                        lambda result, error: self._counted(query, result, error))

    def _counted(self, query: dict, result: stats.LibraryStats | None, error: BaseException | None) -> None:
        if query != self.query():
            return  # the filters changed since: a newer count is on its way
        if error is not None:
            self.state.setText(self.tr("Not counted: %1").replace("%1", error_text(error)))
            return
        self.stats = result
        for name, rows in stats_tables.tables(result.as_dict()).items():
            self._fill(self.tables[name], stats_tables.COLUMNS[name], rows)
        self._describe()

    def _describe(self) -> None:
        """The line under the tables: why the table shown is empty, or what a date range leaves out."""
        if self.stats is None:
            return
        name = TABLES[self.tabs.currentIndex()]
        if self.tables[name].rowCount():
            self.state.setText(self.tr("Undated articles fall outside a date range."))
        elif name == "by_user":
            self.state.setText(self.tr("No tagging or review in this range: tags brought in by an import count as no one's work."))
        else:
            self.state.setText(self.tr("Nothing to count with these filters."))

    @staticmethod
    def _fill(table: QTableWidget, columns: tuple[str, ...], rows: list[tuple]) -> None:
        table.setSortingEnabled(False)  # rows sorted while being filled would land in the wrong places
        table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, (column, value) in enumerate(zip(columns, row, strict=True)):
                item = QTableWidgetItem()
                shown = _LABELLED[column](value) if column in _LABELLED else value
                item.setData(Qt.ItemDataRole.DisplayRole, shown)
                if isinstance(value, int):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(r, c, item)
        table.setSortingEnabled(True)

    def _list_sources(self) -> None:
        """The library's sources, read when the view opens (imports may have brought new ones)."""
        current = self.source.currentData()
        self.source.blockSignals(True)
        self.source.clear()
        self.source.addItem(self.tr("All sources"), None)
        for name in library.sources(self.db):
            self.source.addItem(name, name)
        self.source.setCurrentIndex(max(0, self.source.findData(current)))
        self.source.blockSignals(False)

    # --- writing ------------------------------------------------------------------------
    def export(self) -> None:
        if self.stats is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export statistics"), "statistics.xlsx",
                                              self.tr("Excel workbook (*.xlsx);;CSV files, one per table (*.csv)"))
        if path:
            self.write(path)

    def write(self, path: str) -> list[str]:
        try:
            written = stats.export_stats(self.stats, path)
        except (OSError, ValueError) as error:
            self.message.emit(self.tr("Statistics not written: %1").replace("%1", error_text(error)))
            return []
        self.message.emit(self.tr("Statistics written: %1").replace("%1", "、".join(written)))
        return written

    # --- words --------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Statistics — Curator"))
        self.use_since.setText(self.tr("From"))
        self.use_until.setText(self.tr("to"))
        current = self.kind.currentData()
        self.kind.blockSignals(True)
        self.kind.clear()
        self.kind.addItem(self.tr("Both kinds"), None)
        for kind in Kind:
            self.kind.addItem(kind_label(kind), str(kind))
        self.kind.setCurrentIndex(max(0, self.kind.findData(current)))
        self.kind.blockSignals(False)
        if self.source.count():  # the first item is "all", the rest are the sources' own names
            self.source.setItemText(0, self.tr("All sources"))
        self.refresh_button.setText(self.tr("Count again"))
        self.export_button.setText(self.tr("Export…"))
        titles = {"articles": self.tr("Articles by status"), "mentions": self.tr("Tags by kind and status"),
                  "top": self.tr("Top entities"), "by_user": self.tr("Work per day")}
        headers = {"status": self.tr("Status"), "articles": self.tr("Articles"), "kind": self.tr("Kind"),
                   "mentions": self.tr("Tags"), "rank": self.tr("Rank"), "entity_id": self.tr("Entity"),
                   "name": self.tr("Name"), "user": self.tr("User"), "day": self.tr("Day"),
                   "tagged": self.tr("Tagged"), "reviewed": self.tr("Reviewed"), "settled": self.tr("Settled")}
        for index, name in enumerate(TABLES):
            self.tabs.setTabText(index, titles[name])
            self.tables[name].setHorizontalHeaderLabels([headers[c] for c in stats_tables.COLUMNS[name]])
