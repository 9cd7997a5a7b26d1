"""The suggestions pane under the tags: what the engine proposes for the open article, in text order."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QDoubleSpinBox, QHBoxLayout, QHeaderView, QLabel, QSplitter, \
    QToolButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from curator.gui.i18n import Retranslating
from curator.gui.labels import kind_label
from curator.gui.suggestion_style import score_text, source_label, suggestion_colors
from curator.gui.theme import LIGHT, Palette
from curator.nlp.suggestion import Suggestion

DEFAULT_THRESHOLD = 0.8


def side_pane(tag_panel: QWidget, suggestion_panel: QWidget) -> QSplitter:
    """The right-hand pane: tags above, suggestions below."""
    splitter = QSplitter(Qt.Orientation.Vertical)
    splitter.addWidget(tag_panel)
    splitter.addWidget(suggestion_panel)
    splitter.setChildrenCollapsible(False)
    splitter.setSizes([340, 460])  # suggestions outnumber an article's tags
    return splitter


class SuggestionPanel(Retranslating, QWidget):
    """A list of suggestions with score and source; buttons run the window's suggestion actions."""

    chosen = Signal(int)  # index of the suggestion the editor clicked

    def __init__(self, *, accept: QAction, reject: QAction, everywhere: QAction, accept_above: QAction,
                 parent=None):
        super().__init__(parent)
        self.title = QLabel()
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(4)
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemClicked.connect(lambda item, _column: self.chosen.emit(self.tree.indexOfTopLevelItem(item)))
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.tree.addActions([accept, reject, everywhere])
        buttons = QHBoxLayout()
        for action in (accept, reject, everywhere):
            buttons.addWidget(_button(action))
        buttons.addStretch(1)
        self.threshold = QDoubleSpinBox(minimum=0.0, maximum=1.0, singleStep=0.05, decimals=2,
                                        value=DEFAULT_THRESHOLD)
        self.threshold_label = QLabel()
        self.threshold_label.setBuddy(self.threshold)
        bulk = QHBoxLayout()
        bulk.addWidget(self.threshold_label)
        bulk.addWidget(self.threshold)
        bulk.addWidget(_button(accept_above))
        bulk.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        layout.addLayout(bulk)
        self.suggestions: list[Suggestion] = []
        self.pending = False  # the open article's suggestions are still being computed
        self._palette = LIGHT
        self.retranslate()

    def retranslate(self) -> None:
        self.tree.setHeaderLabels([self.tr("Suggestion"), self.tr("Kind"), self.tr("Score"), self.tr("Source")])
        self.threshold_label.setText(self.tr("Lowest score:"))
        self.threshold.setToolTip(self.tr("“Accept all” accepts the suggestions scoring at least this much"))
        self._show_title()
        self.show_suggestions(self.suggestions, self.current_index())

    def set_palette(self, palette: Palette) -> None:
        self._palette = palette
        self.show_suggestions(self.suggestions, self.current_index())

    def _show_title(self) -> None:
        if self.pending:
            self.title.setText(self.tr("Suggestions (finding…)"))
        else:
            self.title.setText(self.tr("Suggestions (%1)").replace("%1", str(len(self.suggestions))))

    def set_pending(self, pending: bool) -> None:
        self.pending = pending
        self._show_title()

    def show_suggestions(self, suggestions: list[Suggestion], current: int | None = None) -> None:
        self.suggestions = list(suggestions)
        self.tree.clear()
        colors = suggestion_colors(self._palette)
        for suggestion in self.suggestions:
            item = QTreeWidgetItem([suggestion.text, kind_label(suggestion.kind), score_text(suggestion.score),
                                    source_label(suggestion.source)])
            item.setForeground(0, QBrush(QColor(colors.get(suggestion.kind, "#808080"))))
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setToolTip(0, self.tr("Click to show it in the text"))
            self.tree.addTopLevelItem(item)
        self.select(current)
        self._show_title()

    def select(self, index: int | None) -> None:
        item = self.tree.topLevelItem(index) if index is not None and index >= 0 else None
        self.tree.setCurrentItem(item)
        if item is not None:
            self.tree.scrollToItem(item)

    def current_index(self) -> int | None:
        item = self.tree.currentItem()
        return self.tree.indexOfTopLevelItem(item) if item is not None else None

    def rows(self) -> list[tuple[str, str, str, str]]:
        """What the list shows, row by row (for tests and the benchmark)."""
        items = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [tuple(item.text(c) for c in range(4)) for item in items]


def _button(action: QAction) -> QToolButton:
    button = QToolButton()
    button.setDefaultAction(action)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    return button
