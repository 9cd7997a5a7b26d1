"""The browser's two tables share this: a Qt table model over a plain list of rows (dicts)."""

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt


class RowsModel(QAbstractTableModel):
    """Rows in a list, `columns` cells each; subclasses word the headers and fill the cells."""

    columns = 0

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[dict] = []

    def headers(self) -> tuple[str, ...]:
        raise NotImplementedError

    def _replace(self, rows: list[dict]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def _redraw(self, column: int) -> None:
        """One column's cells are drawn again (their colours changed)."""
        if self._rows:
            self.dataChanged.emit(self.index(0, column), self.index(len(self._rows) - 1, column))

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else self.columns

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None
