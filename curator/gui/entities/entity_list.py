"""The browser's left pane: a text filter, a kind filter and the table of entities."""

from PySide6.QtCore import QItemSelectionModel, QPoint, Qt, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHBoxLayout, QLabel, QLineEdit, QTableView, \
    QVBoxLayout, QWidget

from curator.core.types import Kind
from curator.gui.entities.entity_table_model import ALIASES, FIRST_SEEN, KIND, LAST_SEEN, MENTIONS, NAME, \
    EntityTableModel
from curator.gui.i18n import Retranslating
from curator.gui.labels import kind_label

MAX_SEARCH = 100  # characters; a name is far shorter
CELL_PADDING = 16  # pixels the style puts around a cell's text
SORT_ARROW = 16  # the sort indicator beside a heading, which Qt does not count unless sorted by it


class EntityList(Retranslating, QWidget):
    """Shows the model; reports the entity the editor opened (double-click or Enter)."""

    opened = Signal(int)  # entity id
    context_menu_requested = Signal(int, QPoint)  # the entity of the row right-clicked, where (global)

    def __init__(self, model: EntityTableModel, parent=None):
        super().__init__(parent)
        self.model = model
        self.search = QLineEdit(clearButtonEnabled=True)
        self.search.setMaxLength(MAX_SEARCH)
        self.kind = QComboBox()
        self.kind.addItems(["", "", ""])  # all, institutions, figures: worded in retranslate
        self.kind.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # and fits them again then
        self.count = QLabel()
        self.table = QTableView()
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)  # several, to merge
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(MENTIONS, Qt.SortOrder.DescendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.kind)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._debounce.start)
        self.kind.currentIndexChanged.connect(self.apply_filter)
        self.table.activated.connect(lambda index: self.opened.emit(model.entity(index.row())["id"]))
        model.modelAboutToBeReset.connect(self._remember_selection)
        model.modelReset.connect(self._restore_selection)
        model.modelReset.connect(self._show_count)
        self._kept: tuple[list[int], int | None] = ([], None)
        self.retranslate()

    def _size_columns(self) -> None:
        """Each column as wide as its heading and what it holds (names cut at 8 characters): all
        seven fit the pane on a laptop, and no heading is clipped in either language."""
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        han = metrics.horizontalAdvance("汉")
        content = {NAME: han * 8, ALIASES: han * 4, KIND: max(metrics.horizontalAdvance(kind_label(k)) for k in Kind),
                   FIRST_SEEN: metrics.horizontalAdvance("0000-00-00"), LAST_SEEN: metrics.horizontalAdvance("0000-00-00")}
        for column in range(self.model.columnCount()):
            needed = content.get(column, metrics.horizontalAdvance("0000")) + CELL_PADDING
            header.resizeSection(column, max(needed, header.sectionSizeFromContents(column).width() + SORT_ARROW))

    def preferred_width(self) -> int:
        """The width that shows every column without scrolling."""
        header = self.table.horizontalHeader()
        columns = sum(header.sectionSize(c) for c in range(header.count()))
        return columns + self.table.verticalScrollBar().sizeHint().width() + 2 * self.table.frameWidth() + 4

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Filter by name or alias (简 or 繁)"))
        self.search.setToolTip(self.tr("Shows the entities one of whose names holds this text, in either script"))
        self.kind.setItemText(0, self.tr("All kinds"))
        self.kind.setItemText(1, kind_label(Kind.INSTITUTION))
        self.kind.setItemText(2, kind_label(Kind.FIGURE))
        self.table.setToolTip(self.tr("Double-click or press Enter to open an entity; select several to merge them"))
        self._size_columns()  # the headings' widths change with the language
        self._show_count()

    # --- filtering ------------------------------------------------------------------------
    def apply_filter(self) -> None:
        self._debounce.stop()
        kind = (None, Kind.INSTITUTION, Kind.FIGURE)[self.kind.currentIndex()]
        self.model.set_filter(kind=kind, search=self.search.text())

    def _show_count(self) -> None:
        self.count.setText(self.tr("Entities: %1").replace("%1", str(self.model.rowCount())))

    def _context_menu(self, position: QPoint) -> None:
        index = self.table.indexAt(position)
        if index.isValid():
            entity_id = self.model.entity(index.row())["id"]
            self.context_menu_requested.emit(entity_id, self.table.viewport().mapToGlobal(position))

    # --- selection ------------------------------------------------------------------------
    def selected_ids(self) -> list[int]:
        return [self.model.entity(index.row())["id"] for index in self.table.selectionModel().selectedRows()]

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.entity(index.row())["id"] if index.isValid() else None

    def select(self, entity_id: int) -> None:
        """Make an entity's row the current one, if the filter shows it."""
        self._select([entity_id], entity_id)

    def _select(self, ids: list[int], current: int | None) -> None:
        selection = self.table.selectionModel()
        selection.clearSelection()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for entity_id in ids:
            if (row := self.model.row_of(entity_id)) is not None:
                selection.select(self.model.index(row, 0), flags)
        if current is not None and (row := self.model.row_of(current)) is not None:
            selection.setCurrentIndex(self.model.index(row, 0), QItemSelectionModel.SelectionFlag.NoUpdate)
            self.table.scrollTo(self.model.index(row, 0))

    def _remember_selection(self) -> None:
        self._kept = (self.selected_ids(), self.current_id())

    def _restore_selection(self) -> None:
        """A reload (after a change) keeps the rows the editor had selected, those that remain."""
        self._select(*self._kept)
