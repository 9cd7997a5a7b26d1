"""Every mention of the open entity, one line each: date, article, and the name in its context.

The text before the name is right-aligned and cut on its left, the text after it left-aligned and
cut on its right, so the names line up in one column as in a printed concordance.
"""

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyledItemDelegate, QTableView

from curator.gui.entities.table_rows import RowsModel

DATE, TITLE, BEFORE, SURFACE, AFTER = range(5)
ALIGN = {
    BEFORE: Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
    SURFACE: Qt.AlignmentFlag.AlignCenter,
}


class ConcordanceModel(RowsModel):
    """A thin adapter over the "mentions" of `registry_views.entity_detail`."""

    columns = AFTER + 1

    def __init__(self, parent=None):
        super().__init__(parent)
        self._surface_colors: tuple[QColor, QColor] | None = None

    def show(self, mentions: list[dict]) -> None:
        self._replace(mentions)

    def mention(self, row: int) -> dict:
        return self._rows[row]

    def set_surface_colors(self, background: str, text: str) -> None:
        """The name's cell is coloured as the reader colours a tag of its kind."""
        self._surface_colors = (QColor(background), QColor(text))
        self._redraw(SURFACE)

    def headers(self) -> tuple[str, ...]:
        return self.tr("Date"), self.tr("Article"), self.tr("Before"), self.tr("Name"), self.tr("After")

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        mention, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return _cell(mention, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return mention["title"] if column == TITLE else mention["context"]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return ALIGN.get(column)
        if column == SURFACE and self._surface_colors is not None:
            background, text = self._surface_colors
            return {Qt.ItemDataRole.BackgroundRole: background, Qt.ItemDataRole.ForegroundRole: text}.get(role)
        return None


def _cell(mention: dict, column: int) -> str:
    if column == DATE:
        return (mention["published"] or "")[:10]  # the day of an ISO time
    return mention[("", "title", "before", "surface", "after")[column]]


class _ElideLeft(QStyledItemDelegate):
    """Cuts a cell's text on its left, so the words nearest the name stay in sight."""

    def initStyleOption(self, option, index) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideLeft


class ConcordanceView(QTableView):
    """The concordance table: several lines may be chosen (to split them off); double-click or Enter
    opens the article at that mention."""

    mention_opened = Signal(int, int)  # article id, mention id

    def __init__(self, model: ConcordanceModel, parent=None):
        super().__init__(parent)
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        self.setItemDelegateForColumn(BEFORE, _ElideLeft(self))
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(BEFORE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(AFTER, QHeaderView.ResizeMode.Stretch)
        han = self.fontMetrics().horizontalAdvance("汉")
        header.resizeSection(DATE, self.fontMetrics().horizontalAdvance("0000-00-00") + 16)
        header.resizeSection(TITLE, han * 7)
        header.resizeSection(SURFACE, han * 7)
        self.activated.connect(self._open)

    def _open(self, index: QModelIndex) -> None:
        mention = self.model().mention(index.row())
        self.mention_opened.emit(mention["article_id"], mention["id"])

    def selected_mentions(self) -> list[dict]:
        rows = sorted(index.row() for index in self.selectionModel().selectedRows())
        return [self.model().mention(row) for row in rows]
