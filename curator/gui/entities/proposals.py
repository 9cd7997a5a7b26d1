"""Alias proposals waiting for an editor: "工行 may be 工商银行", to confirm or dismiss."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QToolBar, \
    QVBoxLayout, QWidget

from curator.gui.i18n import Retranslating
from curator.gui.labels import proposal_reason_label
from curator.services.registry import Proposal

ALIAS, ENTITY, REASON = range(3)


class ProposalList(Retranslating, QWidget):
    """The proposals, one a row; the confirm and dismiss actions act on the current one."""

    entity_requested = Signal(int)  # double-click or Enter: open the proposed entity

    def __init__(self, actions: list[QAction], parent=None):
        super().__init__(parent)
        self.proposals: list[Proposal] = []
        self.note = QLabel(wordWrap=True)
        self.table = QTableWidget(0, 3)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.table.addActions(actions)
        header = self.table.horizontalHeader()
        for column in (ALIAS, ENTITY):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(REASON, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemActivated.connect(lambda item: self.entity_requested.emit(self._entity_of(item)))
        buttons = QToolBar()
        buttons.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        buttons.addActions(actions)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("May be"), self.tr("Why")])
        self.note.setText(self.tr("Names that may be another name of an institution. Confirming makes the first "
                                  "an alias of the second; dismissing keeps them apart for good."))
        self.show_proposals(self.proposals)

    def show_proposals(self, proposals: list[Proposal]) -> None:
        current = self.table.currentRow()
        self.proposals = proposals
        self.table.setRowCount(len(proposals))
        for row, proposal in enumerate(proposals):
            for column, text in ((ALIAS, proposal.alias), (ENTITY, proposal.entity),
                                 (REASON, proposal_reason_label(proposal.reason))):
                self.table.setItem(row, column, QTableWidgetItem(text))
        if proposals:  # the one after a decided proposal takes its place
            self.table.setCurrentCell(min(max(current, 0), len(proposals) - 1), ALIAS)

    def current(self) -> Proposal | None:
        row = self.table.currentRow()
        return self.proposals[row] if 0 <= row < len(self.proposals) else None

    def _entity_of(self, item: QTableWidgetItem) -> int:
        proposal = self.proposals[item.row()]
        return proposal.alias_id if item.column() == ALIAS else proposal.entity_id
