"""The entity browser's table: a thin Qt adapter over the list `registry_views.entities` returns.

Sorting happens here, on the rows already read (a few thousand entities sort in milliseconds);
names sort as the interface language collates them (pinyin order in Chinese).
"""

from functools import cmp_to_key

from PySide6.QtCore import QCollator, QLocale, QModelIndex, Qt
from PySide6.QtGui import QColor

from curator.gui.entities.table_rows import RowsModel
from curator.gui.labels import kind_label
from curator.services import registry_views
from curator.services.library import Database

NAME, KIND, ALIASES, ARTICLES, MENTIONS, FIRST_SEEN, LAST_SEEN = range(7)
NUMBERS = (ARTICLES, MENTIONS)
ALIAS_SEPARATOR = "、"  # the Chinese enumeration comma, between names that are Chinese


def _sort_key(column: int):
    """What a column sorts by, for `sorted` (names by collation: see `EntityTableModel.sort`)."""
    return {
        KIND: lambda row: kind_label(row["kind"]),
        ALIASES: lambda row: (len(row["aliases"]), ALIAS_SEPARATOR.join(row["aliases"])),
        ARTICLES: lambda row: row["articles"],
        MENTIONS: lambda row: row["mentions"],
        FIRST_SEEN: lambda row: row["first_seen"],
        LAST_SEEN: lambda row: row["last_seen"],
    }[column]


class EntityTableModel(RowsModel):
    """The entities matching a kind and a search text, one row each, in the order last asked for."""

    columns = LAST_SEEN + 1

    def __init__(self, db: Database, parent=None):
        super().__init__(parent)
        self._db = db
        self._kind: str | None = None
        self._search = ""
        self._order = (MENTIONS, Qt.SortOrder.DescendingOrder)  # the most mentioned first
        self._colors: dict[str, tuple[QColor, QColor]] = {}

    # --- reading ------------------------------------------------------------------
    def set_filter(self, *, kind: str | None, search: str) -> None:
        self._kind, self._search = kind, search.strip()
        self.reload()

    def reload(self) -> None:
        """Read the list again (after a change, or a new filter), in the current order."""
        rows = registry_views.entities(self._db, kind=self._kind, search=self._search or None)
        self._replace(self._sorted(rows, *self._order))

    def entity(self, row: int) -> dict:
        return self._rows[row]

    def row_of(self, entity_id: int) -> int | None:
        return next((row for row, entity in enumerate(self._rows) if entity["id"] == entity_id), None)

    def set_kind_colors(self, colors: dict[str, tuple[str, str]]) -> None:
        """(background, text) per kind, from the theme's palette: names are coloured as tags are."""
        self._colors = {kind: (QColor(background), QColor(text)) for kind, (background, text) in colors.items()}
        self._redraw(NAME)

    # --- Qt's model interface ---------------------------------------------------------
    def headers(self) -> tuple[str, ...]:
        return (self.tr("Name"), self.tr("Kind"), self.tr("Aliases"), self.tr("Articles"), self.tr("Mentions"),
                self.tr("First seen"), self.tr("Last seen"))

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMBERS:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if column == NAME and row["kind"] in self._colors:
            background, text = self._colors[row["kind"]]
            return {Qt.ItemDataRole.BackgroundRole: background, Qt.ItemDataRole.ForegroundRole: text}.get(role)
        return None

    def _text(self, row: dict, column: int) -> str:
        if column == NAME:
            return row["name"]
        if column == KIND:
            return kind_label(row["kind"])
        if column == ALIASES:
            return ALIAS_SEPARATOR.join(row["aliases"])
        if column in NUMBERS:
            return str(row["articles" if column == ARTICLES else "mentions"])
        return row["first_seen" if column == FIRST_SEEN else "last_seen"] or ""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Reorder the rows; selections and the current row follow their entities."""
        self._order = (column, order)
        self.layoutAboutToBeChanged.emit()
        before = {entity["id"]: row for row, entity in enumerate(self._rows)}
        self._rows = self._sorted(self._rows, column, order)
        after = {entity["id"]: row for row, entity in enumerate(self._rows)}
        moved = {row: after[entity_id] for entity_id, row in before.items()}
        old = self.persistentIndexList()
        self.changePersistentIndexList(old, [self.index(moved[i.row()], i.column()) for i in old])
        self.layoutChanged.emit()

    @staticmethod
    def _sorted(rows: list[dict], column: int, order: Qt.SortOrder) -> list[dict]:
        """Rows in a column's order; a date never seen (no dated article) sorts last either way."""
        descending = order == Qt.SortOrder.DescendingOrder
        if column == NAME:
            collator = QCollator(QLocale())  # the interface language's order: pinyin in Chinese
            return sorted(rows, key=cmp_to_key(lambda a, b: collator.compare(a["name"], b["name"])), reverse=descending)
        key = _sort_key(column)
        known = [row for row in rows if key(row) is not None]
        ties = sorted(known, key=lambda row: row["name"])  # equal counts stay in a stable, readable order
        return sorted(ties, key=key, reverse=descending) + [row for row in rows if key(row) is None]
