"""The right pane: the article's distinct institutions and figures, with their mention counts."""

from dataclasses import dataclass, field

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QHeaderView, QToolButton, QTreeWidget, \
    QTreeWidgetItem, QVBoxLayout, QWidget

from curator.core.types import Kind
from curator.gui.i18n import Retranslating
from curator.gui.labels import kind_label
from curator.gui.review_marks import mark_entry_item
from curator.gui.theme import LIGHT, Palette
from curator.services.tagging import MentionView


@dataclass
class EntityEntry:
    kind: str
    name: str
    entity_id: int
    mention_ids: list[int] = field(default_factory=list)
    step: int = -1  # the occurrence shown last; a click moves to the next


def group_mentions(mentions: list[MentionView]) -> dict[str, list[EntityEntry]]:
    """Entities per kind in order of first appearance, each with its mentions in text order. Blind
    tags name no entity (entity_id 0) until settled: they are grouped by kind and text."""
    entries: dict[object, EntityEntry] = {}
    for mention in sorted(mentions, key=lambda m: m.start):
        key = mention.entity_id or (mention.kind, mention.entity)
        entry = entries.setdefault(key, EntityEntry(mention.kind, mention.entity, mention.entity_id))
        entry.mention_ids.append(mention.id)
    return {kind: [e for e in entries.values() if e.kind == kind] for kind in Kind}


# Counts line up on the right, a kind's as its names' (the kind's stood apart on the left).
COUNT_ALIGNMENT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class TagPanel(Retranslating, QWidget):
    occurrence_requested = Signal(int)
    remove_requested = Signal(list)
    kind_change_requested = Signal(list, str)
    label_all_requested = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemClicked.connect(self._clicked)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.remove_action = QAction(self)
        self.remove_action.triggered.connect(self._remove)
        self.switch_action = QAction(self)
        self.switch_action.triggered.connect(self._switch_kind)
        self.label_all_action = QAction(self)
        self.label_all_action.triggered.connect(self._label_all)
        buttons = QHBoxLayout()
        for action in (self.label_all_action, self.switch_action, self.remove_action):
            self.tree.addAction(action)
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        self._entry_actions: list[QAction] = []  # added by others (the entity browser's commands)
        self.groups: dict[str, list[EntityEntry]] = {kind: [] for kind in Kind}
        self._mentions: dict[int, MentionView] = {}  # for the review marks
        self._palette = LIGHT
        self._update_actions()
        self.tree.currentItemChanged.connect(lambda *_: self._update_actions())
        self.retranslate()

    def retranslate(self) -> None:
        self.tree.setHeaderLabels([self.tr("Name"), self.tr("Mentions")])
        self.remove_action.setText(self.tr("Remove tag"))
        self.remove_action.setToolTip(self.tr("Remove every tag of this name in this article"))
        self.switch_action.setText(self.tr("Change kind"))
        self.switch_action.setToolTip(self.tr("Make institutions figures and figures institutions"))
        self.label_all_action.setText(self.tr("Label all occurrences"))
        self.label_all_action.setToolTip(self.tr("Tag every other occurrence of this name in this article"))
        self._rebuild()

    def set_palette(self, palette: Palette) -> None:
        self._palette = palette
        self._rebuild()

    def show_mentions(self, mentions: list[MentionView]) -> None:
        selected = self.selected_entry()
        self.groups = group_mentions(mentions)
        self._mentions = {m.id: m for m in mentions}
        self._rebuild(select=(selected.kind, selected.name) if selected else None)

    def _rebuild(self, select: tuple[str, str] | None = None) -> None:
        self.tree.clear()
        for kind in Kind:
            entries = self.groups.get(kind, [])
            top = QTreeWidgetItem([kind_label(kind), str(len(entries))])
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            top.setTextAlignment(1, COUNT_ALIGNMENT)
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            self.tree.addTopLevelItem(top)
            background, foreground = self._palette.highlight[kind]
            for entry in entries:
                item = QTreeWidgetItem([entry.name, str(len(entry.mention_ids))])
                item.setData(0, Qt.ItemDataRole.UserRole, entry)
                item.setTextAlignment(1, COUNT_ALIGNMENT)
                item.setForeground(0, QBrush(QColor(foreground)))
                item.setBackground(0, QBrush(QColor(background)))
                item.setToolTip(0, self.tr("Click to step through its occurrences"))
                mark_entry_item(item, [self._mentions[i] for i in entry.mention_ids if i in self._mentions])
                top.addChild(item)
                if select == (entry.kind, entry.name):
                    self.tree.setCurrentItem(item)
            top.setExpanded(True)
        self._update_actions()

    # --- selection and stepping -------------------------------------------------
    def selected_entry(self) -> EntityEntry | None:
        item = self.tree.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item else None

    def entry_count(self, kind: str) -> dict[str, int]:
        """name -> number of mentions, for one kind (what the panel shows)."""
        return {e.name: len(e.mention_ids) for e in self.groups.get(kind, [])}

    def select_mention(self, mention_id: int) -> None:
        for index in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(index)
            for child in range(top.childCount()):
                item = top.child(child)
                entry: EntityEntry = item.data(0, Qt.ItemDataRole.UserRole)
                if mention_id in entry.mention_ids:
                    entry.step = entry.mention_ids.index(mention_id)
                    self.tree.setCurrentItem(item)
                    return

    def _clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        entry: EntityEntry | None = item.data(0, Qt.ItemDataRole.UserRole)
        if entry is None or not entry.mention_ids:
            return
        entry.step = (entry.step + 1) % len(entry.mention_ids)
        self.occurrence_requested.emit(entry.mention_ids[entry.step])

    def add_entry_actions(self, actions: list[QAction]) -> None:
        """More commands in the context menu, below a line, enabled while an entry is chosen."""
        separator = QAction(self)
        separator.setSeparator(True)
        self.tree.addActions([separator, *actions])
        self._entry_actions += actions
        self._update_actions()

    def _update_actions(self) -> None:
        entry = self.selected_entry()
        for action in (self.remove_action, self.switch_action, self.label_all_action):
            action.setEnabled(entry is not None)
        for action in self._entry_actions:  # the registry's: a blind tag names no entity yet
            action.setEnabled(entry is not None and entry.entity_id != 0)

    def _remove(self) -> None:
        if entry := self.selected_entry():
            self.remove_requested.emit(list(entry.mention_ids))

    def _switch_kind(self) -> None:
        if entry := self.selected_entry():
            other = Kind.FIGURE if entry.kind == Kind.INSTITUTION else Kind.INSTITUTION
            self.kind_change_requested.emit(list(entry.mention_ids), str(other))

    def _label_all(self) -> None:
        if entry := self.selected_entry():
            self.label_all_requested.emit(entry.mention_ids[0])
