"""The left pane: search box, status and source filters, and the article table."""

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, \
    QTableView, QVBoxLayout, QWidget

from curator.core.types import ArticleStatus
from curator.gui.article_table_model import IMPORTED, STATUS, ArticleTableModel
from curator.gui.labels import status_label
from curator.core.search_limits import MAX_QUERY_CHARS, MAX_QUERY_TERMS
from curator.services.quick_reads import ArticleFilter


TITLE_LINES = 2


class ArticleList(QWidget):
    """Shows the model; reports the article the editor picked."""

    article_selected = Signal(int)
    message = Signal(str)  # one line for the status bar

    def __init__(self, model: ArticleTableModel, parent=None):
        super().__init__(parent)
        self.model = model
        self.search = QLineEdit(clearButtonEnabled=True)
        self.search.setMaxLength(MAX_QUERY_CHARS)  # the core refuses longer queries
        self.status_filter = QComboBox()
        self.source_filter = QComboBox()
        # Both fit their items again when they change: sized once, at first show, the status filter
        # read "All statu" after a switch from Chinese, whose 全部状态 is narrower.
        for combo in (self.status_filter, self.source_filter):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.found = QLabel()  # how many articles a search or filter lets through, while one is set
        self.found.hide()
        self.table = QTableView()
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Several rows may be selected for a command on them all (assigning); the current one is open.
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        # Titles wrap onto a second line rather than end in "…" (their tooltip has the rest); a
        # fixed row height keeps 100,000 rows as quick to lay out as one.
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().lineSpacing() * TITLE_LINES + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSortIndicator(IMPORTED, Qt.SortOrder.DescendingOrder)
        metrics = self.fontMetrics()
        widths = (metrics.horizontalAdvance("汉") * 16, metrics.horizontalAdvance("汉") * 5,
                  metrics.horizontalAdvance("0000-00-00 00:00") + 24, metrics.horizontalAdvance("汉") * 4 + 28,
                  metrics.horizontalAdvance("汉") * 3, metrics.horizontalAdvance("汉") * 3,
                  metrics.horizontalAdvance("0000-00-00 00:00") + 40)
        for column, width in enumerate(widths):
            self.table.setColumnWidth(column, width)
        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(self._apply_filter)
        self.search.textChanged.connect(self._debounce.start)
        self.status_filter.currentIndexChanged.connect(self._apply_filter)
        self.source_filter.currentIndexChanged.connect(self._apply_filter)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        model.modelAboutToBeReset.connect(self._remember_current)
        model.modelReset.connect(self.table.clearSelection)  # the current row is gone: nothing to report
        model.modelReset.connect(self._show_found)
        self._current_id: int | None = None  # the open article's, across a new filter or sort

        filters = QHBoxLayout()
        filters.addWidget(self.status_filter)
        filters.addWidget(self.source_filter, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.found)
        layout.addWidget(self.table, 1)
        self._sources: list[str] = []
        self.retranslate()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search titles and text…"))
        self.search.setToolTip(self.tr("Words in the title or body; separate several words with spaces"))
        self.status_filter.setToolTip(self.tr("Show only articles with this status"))
        self.source_filter.setToolTip(self.tr("Show only articles from this source"))
        self._fill_status_filter()
        self.set_sources(self._sources)
        self.model.retranslate()
        self._fit_headers()
        self._show_found()

    def _show_found(self) -> None:
        """“Articles found: 128” under the filters while a search, status or source narrows the list
        (the status bar counts the whole library)."""
        query = self.model.query
        self.found.setVisible(bool(query.search or query.status or query.source))
        self.found.setText(self.tr("Articles found: %1").replace("%1", f"{self.model.rowCount():,}"))

    def _fit_headers(self) -> None:
        """Widen any column narrower than its (translated) header, so no heading is clipped."""
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            wanted = header.sectionSizeFromContents(column).width()
            if column == STATUS:  # the colour swatch and the longest status name
                metrics = self.table.fontMetrics()
                wanted = max(wanted, max(metrics.horizontalAdvance(status_label(s)) for s in ArticleStatus) + 36)
            if header.sectionSize(column) < wanted:
                header.resizeSection(column, wanted)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
            self._fit_headers()  # a theme brings its own font metrics
        super().changeEvent(event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._fit_headers()

    def _fill_status_filter(self) -> None:
        current = self.status_filter.currentData()
        self.status_filter.blockSignals(True)
        self.status_filter.clear()
        self.status_filter.addItem(self.tr("All statuses"), None)
        for status in ArticleStatus:
            self.status_filter.addItem(status_label(status), str(status))
        self.status_filter.setCurrentIndex(max(0, self.status_filter.findData(current)))
        self.status_filter.blockSignals(False)

    def set_sources(self, sources: list[str]) -> None:
        self._sources = list(sources)
        current = self.source_filter.currentData()
        self.source_filter.blockSignals(True)
        self.source_filter.clear()
        self.source_filter.addItem(self.tr("All sources"), None)
        for source in self._sources:
            self.source_filter.addItem(source, source)
        self.source_filter.setCurrentIndex(max(0, self.source_filter.findData(current)))
        self.source_filter.blockSignals(False)

    def _apply_filter(self) -> None:
        self._debounce.stop()
        words = self.search.text().split()
        if len(words) > MAX_QUERY_TERMS:  # pasted text: search its first words, and say so
            words = words[: MAX_QUERY_TERMS]
            self.message.emit(self.tr("Only the first %1 words are searched.").replace("%1", str(MAX_QUERY_TERMS)))
        self.model.set_filter(ArticleFilter(search=" ".join(words),
                                            status=self.status_filter.currentData(),
                                            source=self.source_filter.currentData()))

    def _remember_current(self) -> None:
        row = self.current_row()
        if row >= 0:
            self._current_id = self.model.article_id(row)

    def mark_article(self, article_id: int | None) -> None:
        """Select an article's row without opening it again (after the library was read again)."""
        row = self.model.row_of(article_id) if article_id is not None else None
        if row is not None:
            self.select_row(row, announce=False)

    def add_row_actions(self, actions: list) -> None:
        """Commands on the selected articles, in the list's context menu."""
        self.table.addActions(actions)

    def selected_ids(self) -> list[int]:
        """The selected articles, in the list's order (the open one when nothing else is)."""
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        if not rows and self.current_row() >= 0:
            rows = [self.current_row()]
        return [article_id for row in rows if (article_id := self.model.article_id(row)) is not None]

    def set_filters_enabled(self, on: bool) -> None:
        """The search and the filters, which only the library's services answer (issue 16)."""
        for widget in (self.search, self.status_filter, self.source_filter):
            widget.setEnabled(on)

    def announce_current(self) -> bool:
        """Report the current article again, as when it was selected; False when there is none."""
        index = self.table.currentIndex()
        self._row_changed(index, None)
        return index.isValid()

    def _row_changed(self, current, _previous) -> None:
        article_id = self.model.article_id(current.row()) if current.isValid() else None
        if article_id is not None:
            self.article_selected.emit(article_id)

    # --- navigation -------------------------------------------------------------
    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()  # typing replaces the last search

    def current_row(self) -> int:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else -1

    def select_row(self, row: int, *, announce: bool = True) -> bool:
        """Select a row; with announce=False the article is not opened again (it already is)."""
        if not 0 <= row < self.model.rowCount():
            return False
        index = self.model.index(row, 0)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        selection = self.table.selectionModel()
        blocked = selection.blockSignals(not announce)
        selection.setCurrentIndex(index, flags)
        selection.blockSignals(blocked)
        self.table.scrollTo(index)
        return True

    def step(self, delta: int) -> bool:
        """Select the next (+1) or previous (-1) article; False at either end.

        After a new filter or sort no row is current: the open article's place in the new list is
        asked for only now (it takes a pass over the list, 1.9 s at 100,000 articles, too much
        for every filter), so N and P go on from it; when it left the list, N starts at the top.
        """
        row = self.current_row()
        if row < 0 and self._current_id is not None:
            found = self.model.row_of(self._current_id)
            if found is not None:
                return self.select_row(found + delta)
        return self.select_row(row + delta if row >= 0 else 0)

    def header_state(self):
        return self.table.horizontalHeader().saveState()

    def restore_header(self, state) -> None:
        if state:
            self.table.horizontalHeader().restoreState(state)
