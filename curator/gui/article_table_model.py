"""The article list's model: a thin adapter that fetches pages of summaries from the library.

Only the total is counted up front; rows arrive a page at a time as the view asks for
them, so 100,000 articles open as fast as ten. Before the window's services load, the pages come
from the quick reader (services.quick_reads), which loads no storage engine (issue 16).
"""

from collections import OrderedDict
from dataclasses import replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING, NamedTuple, Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from curator.gui.labels import published_label, status_label
from curator.services.quick_reads import ArticleFilter, ArticleSummary

if TYPE_CHECKING:  # the storage layer: not loaded before the window's first frame
    from curator.services.article_details import ArticleDetails
    from curator.services.library import ArticleState

# (sort key in the store, header text)
COLUMNS = (
    ("title", QT_TRANSLATE_NOOP("ArticleTableModel", "Title")),
    ("source", QT_TRANSLATE_NOOP("ArticleTableModel", "Source")),
    ("published", QT_TRANSLATE_NOOP("ArticleTableModel", "Published")),
    ("status", QT_TRANSLATE_NOOP("ArticleTableModel", "Status")),
    ("n_institutions", QT_TRANSLATE_NOOP("ArticleTableModel", "Institutions")),
    ("n_figures", QT_TRANSLATE_NOOP("ArticleTableModel", "Figures")),
    ("imported_at", QT_TRANSLATE_NOOP("ArticleTableModel", "Imported")),
)
TITLE, SOURCE, PUBLISHED, STATUS, INSTITUTIONS, FIGURES, IMPORTED = range(len(COLUMNS))
_DETAIL_COLUMNS = ("title", "source", "published")  # sorting by one of these moves an edited row
_CACHED_PAGES = 64


def _header(text: str) -> str:
    return QCoreApplication.translate("ArticleTableModel", text)


def _when(value: datetime | None, *, utc: bool) -> str:
    if value is None:
        return ""
    if utc:  # stored in UTC; shown in the editor's own zone
        value = (value if value.tzinfo else value.replace(tzinfo=UTC)).astimezone()
        return value.strftime("%Y-%m-%d %H:%M")
    return published_label(value)


class _CachedRow(NamedTuple):
    page: int  # the page's number
    within: int  # the row's place in the page
    article_id: int


class ArticleReads(Protocol):
    """Where the rows come from: quick_reads.QuickArticleList, then library.LibraryArticleList."""

    def count(self, query: ArticleFilter) -> int: ...

    def page(self, query: ArticleFilter, *, order_by: str, descending: bool, offset: int,
             limit: int) -> list[ArticleSummary]: ...

    def position(self, query: ArticleFilter, article_id: int, *, order_by: str, descending: bool) -> int | None: ...


def _shown(row: "ArticleSummary | ArticleState") -> tuple[str, int, int]:
    """What a row shows of an article's state."""
    return row.status, row.n_institutions, row.n_figures


class ArticleTableModel(QAbstractTableModel):
    def __init__(self, articles: ArticleReads, *, page_size: int = 200, status_colors: dict[str, str] | None = None,
                 parent=None):
        super().__init__(parent)
        self._articles = articles
        self._page_size = page_size
        self._query = ArticleFilter()
        self._order = ("imported_at", True)
        self._pages: OrderedDict[int, list[ArticleSummary]] = OrderedDict()
        self._status_colors = {k: QColor(v) for k, v in (status_colors or {}).items()}
        self._count = articles.count(self._query)

    # --- what the model shows -------------------------------------------------
    @property
    def query(self) -> ArticleFilter:
        return self._query

    @property
    def order(self) -> tuple[str, bool]:
        return self._order

    def read_from(self, articles: ArticleReads) -> None:
        """Read the rows from `articles` from now on (the services, once loaded): the rows shown are
        read again, and the view draws them again without losing its selection or scroll."""
        self._articles = articles
        self.refresh_rows()

    def set_filter(self, query: ArticleFilter) -> None:
        if query != self._query:
            self._query = query
            self.reload()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(COLUMNS):
            self._order = (COLUMNS[column][0], order == Qt.SortOrder.DescendingOrder)
            self.reload()

    def reload(self) -> None:
        """Count again and forget every cached page (the filter, sort or library changed)."""
        self.beginResetModel()
        self._pages.clear()
        self._count = self._articles.count(self._query)
        self.endResetModel()

    def refresh_rows(self) -> None:
        """Fetch shown rows again after an edit; keeps the view's selection when the count holds."""
        count = self._articles.count(self._query)
        if count != self._count:
            self.reload()
            return
        self._pages.clear()
        if count:
            self.dataChanged.emit(self.index(0, 0), self.index(count - 1, len(COLUMNS) - 1))

    def show_states(self, states: "dict[int, ArticleState]") -> None:
        """Show articles' new status and counts in their rows, without reading the library; only
        when the filter or the sort depends on what moved are the rows read again."""
        moved = [cached for cached in self._cached_rows(states)
                 if _shown(self._pages[cached.page][cached.within]) != _shown(states[cached.article_id])]
        if not moved:
            return
        if self._query.status is not None or self._order[0] in ("status", "n_institutions", "n_figures"):
            self.refresh_rows()  # the article may leave the filtered list, or move in the sort
            return
        for cached in moved:
            state = states[cached.article_id]
            self._patch(cached, status=state.status, n_institutions=state.n_institutions, n_figures=state.n_figures)

    def show_details(self, details: "dict[int, ArticleDetails]") -> None:
        """Show articles' new title, source, date and URL in their rows, as `show_states` does."""
        if self._query.search or self._query.source is not None or self._order[0] in _DETAIL_COLUMNS:
            self.refresh_rows()  # the article may leave the searched or filtered list, or move in the sort
            return
        for cached in self._cached_rows(details):
            new = details[cached.article_id]
            self._patch(cached, title=new.title, source=new.source, url=new.url, published=new.published)

    def _cached_rows(self, article_ids) -> list["_CachedRow"]:
        """Where the given articles' rows are among the fetched pages."""
        return [_CachedRow(number, within, summary.id) for number, page in self._pages.items()
                for within, summary in enumerate(page) if summary.id in article_ids]

    def _patch(self, cached: "_CachedRow", **values) -> None:
        """Change a fetched row's values and have the view draw it again."""
        page = self._pages[cached.page]
        page[cached.within] = replace(page[cached.within], **values)
        row = cached.page * self._page_size + cached.within
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def set_status_colors(self, colors: dict[str, str]) -> None:
        self._status_colors = {k: QColor(v) for k, v in colors.items()}
        if self._count:
            self.dataChanged.emit(self.index(0, STATUS), self.index(self._count - 1, STATUS))

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self._count:
            self.dataChanged.emit(self.index(0, STATUS), self.index(self._count - 1, STATUS))

    # --- rows -----------------------------------------------------------------
    def summary(self, row: int) -> ArticleSummary | None:
        if not 0 <= row < self._count:
            return None
        number, within = divmod(row, self._page_size)
        page = self._pages.get(number)
        if page is None:
            page = self._fetch(number)
        else:
            self._pages.move_to_end(number)
        return page[within] if within < len(page) else None

    def _fetch(self, number: int) -> list[ArticleSummary]:
        order_by, descending = self._order
        page = self._articles.page(self._query, order_by=order_by, descending=descending,
                                     offset=number * self._page_size, limit=self._page_size)
        self._pages[number] = page
        while len(self._pages) > _CACHED_PAGES:
            self._pages.popitem(last=False)
        return page

    def article_id(self, row: int) -> int | None:
        found = self.summary(row)
        return found.id if found else None

    def row_of(self, article_id: int) -> int | None:
        """The row of an article (None when the filter leaves it out).

        The fetched pages answer first; a row not fetched yet is found by the database, so
        a restored article is selected wherever it sorts.
        """
        for number, page in self._pages.items():
            for within, summary in enumerate(page):
                if summary.id == article_id:
                    return number * self._page_size + within
        order_by, descending = self._order
        return self._articles.position(self._query, article_id, order_by=order_by, descending=descending)

    # --- Qt's interface -------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _header(COLUMNS[section][1])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.summary(index.row())
        if row is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == TITLE:
            return row.title
        if role == Qt.ItemDataRole.DecorationRole and column == STATUS:
            return self._status_colors.get(row.status)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (INSTITUTIONS, FIGURES):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

    def _display(self, row: ArticleSummary, column: int):
        if column == TITLE:
            return row.title
        if column == SOURCE:
            return row.source or ""
        if column == PUBLISHED:
            return _when(row.published, utc=False)
        if column == STATUS:
            return status_label(row.status)
        if column == INSTITUTIONS:
            return row.n_institutions
        if column == FIGURES:
            return row.n_figures
        return _when(row.imported_at, utc=True)
