"""How often the open entity is mentioned over time: a bar a month, from its first to its last.

A span longer than MOST_MONTHS is counted by year instead: a bar's label must stay readable
in a pane a third of a laptop's screen wide.
"""

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QLabel, QStackedLayout, QWidget

from curator.gui.i18n import Retranslating
from curator.gui.theme import LIGHT, Palette

MOST_MONTHS = 24


def month_bars(by_month: dict[str, int]) -> list[tuple[str, int]]:
    """("YYYY-MM", mentions) for every month from the first to the last, months without mentions at
    0; ("YYYY", mentions) per year when that is more than MOST_MONTHS bars."""
    if not by_month:
        return []
    first, last = min(by_month), max(by_month)
    year, month = int(first[:4]), int(first[5:])
    months = []
    while f"{year:04d}-{month:02d}" <= last:
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    if len(months) <= MOST_MONTHS:
        return [(label, by_month.get(label, 0)) for label in months]
    years: dict[str, int] = {}
    for label in months:
        years[label[:4]] = years.get(label[:4], 0) + by_month.get(label, 0)
    return list(years.items())


class MonthChart(Retranslating, QWidget):
    """The bars, drawn in the theme's colours; a line of text when no mention has a date."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.chart = QChart()
        self.chart.legend().hide()
        self.chart.setBackgroundVisible(False)  # the window's own background shows through
        self.chart.setMargins(QMargins(0, 0, 0, 0))
        self.view = QChartView(self.chart)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setStyleSheet("background: transparent")
        self.empty = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self._stack = QStackedLayout(self)
        self._stack.addWidget(self.view)
        self._stack.addWidget(self.empty)
        self._bars: list[tuple[str, int]] = []
        self._palette = LIGHT
        self.retranslate()

    def retranslate(self) -> None:
        self.empty.setText(self.tr("No mention is in a dated article."))

    @property
    def by_year(self) -> bool:
        """Whether the bars count years (a span too long for a bar a month)."""
        return bool(self._bars) and len(self._bars[0][0]) == 4

    def bars(self) -> list[tuple[str, int]]:
        """What the chart shows: (month or year, mentions)."""
        return list(self._bars)

    def show_months(self, by_month: dict[str, int]) -> None:
        self._bars = month_bars(by_month)
        self._stack.setCurrentWidget(self.view if self._bars else self.empty)
        self._draw()

    def set_palette(self, palette: Palette) -> None:
        self._palette = palette
        self.empty.setStyleSheet(f"color: {palette.muted_text}")
        self._draw()

    def _draw(self) -> None:
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        if not self._bars:
            return
        bars = QBarSet("")
        bars.append([count for _, count in self._bars])
        bars.setColor(QColor(self._palette.bars))
        bars.setBorderColor(QColor(self._palette.bars))
        series = QBarSeries()
        series.append(bars)
        series.setBarWidth(0.8)
        self.chart.addSeries(series)
        labels = QBarCategoryAxis()
        labels.append([label for label, _ in self._bars])
        labels.setLabelsAngle(-90 if len(self._bars) > 8 else 0)
        counts = QValueAxis()
        counts.setLabelFormat("%d")
        counts.setRange(0, max(count for _, count in self._bars))
        counts.applyNiceNumbers()
        counts.setTickCount(min(counts.tickCount(), int(counts.max()) + 1))
        for axis, side in ((labels, Qt.AlignmentFlag.AlignBottom), (counts, Qt.AlignmentFlag.AlignLeft)):
            axis.setLabelsColor(QColor(self._palette.text))
            axis.setLinePen(QPen(QColor(self._palette.grid)))
            axis.setGridLineColor(QColor(self._palette.grid))
            self.chart.addAxis(axis, side)
            series.attachAxis(axis)
