"""The open entity: its names and family, its concordance, its mentions by month, and its company."""

from html import escape

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QSplitter, QTableWidget, QTableWidgetItem, \
    QVBoxLayout, QWidget

from curator.gui.entities.concordance import ConcordanceModel, ConcordanceView
from curator.gui.entities.entity_table_model import ALIAS_SEPARATOR
from curator.gui.entities.month_chart import MonthChart
from curator.gui.i18n import Retranslating
from curator.gui.labels import kind_label
from curator.gui.theme import LIGHT, Palette


def _link(entity_id: int, name: str) -> str:
    return f'<a href="{entity_id}">{escape(name)}</a>'


class EntityPage(Retranslating, QWidget):
    entity_requested = Signal(int)  # a parent, branch or companion was clicked
    mention_opened = Signal(int, int)  # article id, mention id: open the article there

    def __init__(self, parent=None):
        super().__init__(parent)
        self.detail: dict | None = None
        self._palette = LIGHT
        self.title = QLabel(textInteractionFlags=Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts = QLabel(wordWrap=True)
        self.names = QLabel(wordWrap=True, textInteractionFlags=Qt.TextInteractionFlag.TextSelectableByMouse)
        self.family = QLabel(wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.family.linkActivated.connect(lambda href: self.entity_requested.emit(int(href)))
        self.hint = QLabel(wordWrap=True, alignment=Qt.AlignmentFlag.AlignCenter)
        self.concordance_model = ConcordanceModel(self)
        self.concordance = ConcordanceView(self.concordance_model)
        self.concordance.mention_opened.connect(self.mention_opened)
        self.concordance_title, self.chart_title, self.company_title = QLabel(), QLabel(), QLabel()
        self.chart = MonthChart()
        self.company = self._company_table()
        self.body = QSplitter(Qt.Orientation.Vertical)
        self.body.addWidget(_titled(self.concordance_title, self.concordance))
        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(_titled(self.chart_title, self.chart))
        lower.addWidget(_titled(self.company_title, self.company))
        lower.setSizes([600, 300])
        self.body.addWidget(lower)
        self.body.setSizes([300, 220])
        self.body.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        for widget in (self.title, self.facts, self.names, self.family):
            layout.addWidget(widget)
        layout.addWidget(self.hint, 1)
        layout.addWidget(self.body, 1)
        self._style()
        self.retranslate()
        self.show_entity(None)

    def _company_table(self) -> QTableWidget:
        table = QTableWidget(0, 2)
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        # A click opens the companion, as a link would; Enter does from the keyboard.
        table.itemClicked.connect(self._companion_chosen)
        table.itemActivated.connect(self._companion_chosen)
        return table

    def retranslate(self) -> None:
        self.hint.setText(self.tr("Double-click an entity in the list, or select it and press Enter, to open it here."))
        self.company.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Articles")])
        self.company.setToolTip(self.tr("The entities named in the same articles, most articles first; click one to open it"))
        self.concordance.setToolTip(self.tr("Double-click a line to open the article at that mention; "
                                            "select several to split them off"))
        self._show_header()

    def set_palette(self, palette: Palette) -> None:
        self._palette = palette
        self.chart.set_palette(palette)
        self._style()
        self.show_entity(self.detail)  # the kind's colours

    def _style(self) -> None:
        self.title.setStyleSheet("font-size: 15pt; font-weight: bold;")
        for label in (self.facts, self.hint):
            label.setStyleSheet(f"color: {self._palette.muted_text};")
        for label in (self.concordance_title, self.chart_title, self.company_title):
            label.setStyleSheet("font-weight: bold;")

    # --- content ------------------------------------------------------------------------
    @property
    def entity_id(self) -> int | None:
        return self.detail["id"] if self.detail else None

    def show_entity(self, detail: dict | None) -> None:
        """Show an entity as `registry_views.entity_detail` reads it; None shows how to open one."""
        self.detail = detail
        self.hint.setVisible(detail is None)
        self.body.setVisible(detail is not None)
        mentions = detail["mentions"] if detail else []
        self.concordance_model.show(mentions)
        if detail:
            self.concordance_model.set_surface_colors(*self._palette.highlight[detail["kind"]])
        self.chart.show_months(detail["by_month"] if detail else {})
        self._show_company(detail["cooccurring"] if detail else [])
        self._show_header()

    def _show_header(self) -> None:
        detail = self.detail
        for label in (self.title, self.facts, self.names, self.family):
            label.setVisible(detail is not None)
        if detail is None:
            return
        self.title.setText(detail["name"])
        seen = ""
        if detail["first_seen"]:
            seen = " · " + self.tr("%1 to %2").replace("%1", detail["first_seen"]).replace("%2", detail["last_seen"])
        mentions = len(detail["mentions"])
        counts = self.tr("Mentions: %1 · Articles: %2").replace("%1", str(mentions)).replace("%2", str(detail["articles"]))
        self.facts.setText(kind_label(detail["kind"]) + " · " + counts + seen)
        aliases = ALIAS_SEPARATOR.join(detail["aliases"])
        self.names.setText(self.tr("Also written: %1").replace("%1", aliases) if aliases else self.tr("No other names."))
        self.family.setText(self._family_text(detail))
        self.family.setVisible(bool(self.family.text()))
        self.concordance_title.setText(self.tr("Concordance (%1)").replace("%1", str(mentions)))
        self.chart_title.setText(self.tr("Mentions by year") if self.chart.by_year else self.tr("Mentions by month"))
        self.company_title.setText(self.tr("Named with it"))

    def _family_text(self, detail: dict) -> str:
        parts = []
        if detail["parent"] is not None:
            parts.append(self.tr("Part of: %1").replace("%1", _link(detail["parent"], detail["parent_name"])))
        if detail["children"]:
            links = ALIAS_SEPARATOR.join(_link(c["id"], c["name"]) for c in detail["children"])
            parts.append(self.tr("Branches: %1").replace("%1", links))
        return " · ".join(parts)

    def _show_company(self, company: list[dict]) -> None:
        self.company.setRowCount(len(company))
        for row, companion in enumerate(company):
            background, text = self._palette.highlight[companion["kind"]]
            name = QTableWidgetItem(companion["name"])
            name.setData(Qt.ItemDataRole.UserRole, companion["id"])
            name.setBackground(QBrush(QColor(background)))
            name.setForeground(QBrush(QColor(text)))
            name.setToolTip(kind_label(companion["kind"]))
            count = QTableWidgetItem(str(companion["articles"]))
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            count.setData(Qt.ItemDataRole.UserRole, companion["id"])
            self.company.setItem(row, 0, name)
            self.company.setItem(row, 1, count)

    def _companion_chosen(self, item: QTableWidgetItem) -> None:
        # Once the click is delivered: opening the companion rebuilds this table, item and all.
        entity_id = item.data(Qt.ItemDataRole.UserRole)
        QTimer.singleShot(0, lambda: self.entity_requested.emit(entity_id))

    def selected_mentions(self) -> list[dict]:
        return self.concordance.selected_mentions()


def _titled(title: QLabel, widget: QWidget) -> QWidget:
    """A section: its bold title above it."""
    section = QWidget()
    layout = QVBoxLayout(section)
    layout.setContentsMargins(0, 4, 0, 0)
    layout.addWidget(title)
    layout.addWidget(widget, 1)
    return section
