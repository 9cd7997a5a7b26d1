"""The entity browser's window: the list and the alias proposals beside the open entity's page.

A window of its own rather than a dock: the concordance needs the height that the low docks
under the reader leave to the reader. It is sized to the screen (1366×768 included) and follows
the Refresher like every view: a change that touches entities or mentions reads the list again
while the window shows, or once it is next shown. It never polls.
"""

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QSplitter, QTabWidget, QToolBar, QWidget

from curator.core.types import Kind
from curator.gui.core_messages import error_text
from curator.gui.entities.dialogs import EntityQuestions
from curator.gui.entities.entity_actions import PANEL_KEYS, EntityActions, EntityCommands
from curator.gui.entities.entity_list import EntityList
from curator.gui.entities.entity_page import EntityPage
from curator.gui.entities.entity_table_model import EntityTableModel
from curator.gui.entities.proposals import ProposalList
from curator.gui.i18n import Retranslating
from curator.gui.refresh import Refresher
from curator.gui.status_bar import MessageBar
from curator.gui.tag_panel import TagPanel
from curator.gui.theme import Palette
from curator.services import registry, registry_views
from curator.services.changes import Change
from curator.services.library import Database, NotFound, StoreError

DEFAULT_SIZE = (1240, 760)
LIST_SHARE = 0.55  # at most, of the window's width: the concordance needs the rest
TAB_FRAME = 12  # pixels the tab widget adds around the list
TITLE_BAR = 40  # pixels a window manager adds above the window: the whole window fits the screen
MESSAGE_MS = 8000


class EntityBrowser(Retranslating, QMainWindow):
    mention_requested = Signal(int, int)  # article id, mention id: the workbench opens it there

    def __init__(self, db: Database, refresher: Refresher, parent: QWidget, *, user: Callable[[], str],
                 library_actions: list[QAction]):
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("entityBrowser")
        self.db = db
        self.actions = EntityActions(self)
        self.commands = EntityCommands(db, refresher, EntityQuestions(db, self), user=user, parent=self)
        self.model = EntityTableModel(db, self)
        self.list = EntityList(self.model)
        a = self.actions
        self.proposals = ProposalList([a.confirm_alias, a.dismiss_alias])
        self.page = EntityPage()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.list, "")
        self.tabs.addTab(self.proposals, "")
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.tabs)
        self.splitter.addWidget(self.page)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)
        self.toolbar = QToolBar(objectName="entityTools", movable=False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.addActions([a.back, a.rename_entity, a.set_parent, a.merge_entities, a.split_entity])
        self.addToolBar(self.toolbar)
        self.setStatusBar(MessageBar(self))
        self.addActions(library_actions)  # the library's undo and redo work from here too
        self.list.table.addActions([a.open_entity, a.rename_entity, a.set_parent, a.merge_entities])
        self.page.concordance.addActions([a.open_mention, a.split_entity])
        self._history: list[int] = []  # the entities open before, for Back
        self._stale = self._proposals_stale = True
        self._sized = False
        self.panel_actions: EntityActions | None = None
        self._connect(refresher)
        self._update_actions()
        self.retranslate()

    def _connect(self, refresher: Refresher) -> None:
        a, c = self.actions, self.commands
        refresher.refreshed.connect(self._changed)
        refresher.library_reloaded.connect(self._library_reloaded)
        c.message.connect(self.say)
        self.list.opened.connect(self.open_entity)
        self.list.context_menu_requested.connect(self._list_menu)
        self.list.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.page.entity_requested.connect(self.open_entity)
        self.page.mention_opened.connect(self.mention_requested)
        self.proposals.entity_requested.connect(self.open_entity)
        self.tabs.currentChanged.connect(lambda _index: self._show_proposals())
        a.open_entity.triggered.connect(lambda: self.open_entity(self.list.current_id()))
        a.back.triggered.connect(self.back)
        a.rename_entity.triggered.connect(lambda: self.page.detail and c.rename(self.page.detail))
        a.set_parent.triggered.connect(lambda: self.page.detail and c.set_parent(self.page.detail))
        a.split_entity.triggered.connect(lambda: self.page.detail and c.split(self.page.entity_id,
                                                                               self.page.selected_mentions()))
        a.merge_entities.triggered.connect(self.merge_selected)
        a.open_mention.triggered.connect(self._open_mention)
        a.confirm_alias.triggered.connect(lambda: c.decide(self.proposals.current(), confirm=True))
        a.dismiss_alias.triggered.connect(lambda: c.decide(self.proposals.current(), confirm=False))

    def say(self, text: str) -> None:
        self.statusBar().showMessage(text, MESSAGE_MS)

    # --- showing --------------------------------------------------------------------------
    def present(self, entity_id: int | None = None) -> None:
        """Show the window in front (sized to the screen the first time), with an entity open."""
        if not self._sized:
            self._fit_to_screen()
        self.show()
        self.raise_()
        self.activateWindow()
        if entity_id is not None:
            self.open_entity(entity_id)

    def _fit_to_screen(self) -> None:
        screen = self.parentWidget().screen().availableGeometry()
        self.resize(min(DEFAULT_SIZE[0], screen.width()), min(DEFAULT_SIZE[1], screen.height() - TITLE_BAR))
        self.move(screen.center() - self.rect().center())
        # The list as wide as its columns (English headings are wider), the page the rest.
        width = min(self.list.preferred_width() + TAB_FRAME, int(self.width() * LIST_SHARE))
        self.splitter.setSizes([width, self.width() - width])
        self._sized = True

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def set_palette(self, palette: Palette) -> None:
        self.model.set_kind_colors(palette.highlight)
        self.page.set_palette(palette)

    # --- following the library ------------------------------------------------------------
    def _changed(self, change: Change) -> None:
        """Any change to entities or tags may move a name, a count or a line of the concordance."""
        if not (change.entities or change.added or change.removed or change.updated or change.membership_changed):
            return
        self._stale = self._proposals_stale = True
        if self.isVisible():
            self.reload()

    def _library_reloaded(self) -> None:
        """An import (a tagged one brings entities) has no Change: read again once it is done. When a
        Change follows (an undo of an import), `_changed` reads first and this finds nothing stale."""
        self._stale = self._proposals_stale = True
        QTimer.singleShot(0, lambda: self._stale and self.isVisible() and self.reload())

    def reload(self) -> None:
        """The list, the open entity and (when shown) the proposals, read again."""
        self._stale = False
        self.model.reload()
        if self.page.entity_id is not None:
            self._show(self.page.entity_id, gone_quietly=True)  # merged away or undone: the page empties
        self._show_proposals()
        self._update_actions()

    def _show_proposals(self) -> None:
        if self.tabs.currentWidget() is self.proposals and self._proposals_stale:
            self._proposals_stale = False
            try:  # proposing writes the new proposals down: a read-only library refuses
                self.proposals.show_proposals(registry.proposals(self.db))
            except StoreError as error:
                self.say(error_text(error))
        self._title_tabs()

    # --- the open entity --------------------------------------------------------------------
    def open_entity(self, entity_id: int | None) -> None:
        """Open an entity on the page; the one open before is remembered for Back."""
        if entity_id is None or entity_id == self.page.entity_id:
            return
        if self.page.entity_id is not None:
            self._history.append(self.page.entity_id)
        self._show(entity_id)
        self.list.select(entity_id)

    def back(self) -> None:
        while self._history:
            entity_id = self._history.pop()
            if self._show(entity_id):
                self.list.select(entity_id)
                return

    def _show(self, entity_id: int, *, gone_quietly: bool = False) -> bool:
        """Read an entity and show it; a gone entity (merged away, undone) empties the page."""
        try:
            detail = registry_views.entity_detail(self.db, entity_id)
        except NotFound as error:
            detail = None
            if not gone_quietly:
                self.say(error_text(error))
        self.page.show_entity(detail)
        self._update_actions()
        return detail is not None


    def merge_selected(self) -> None:
        """Merge the selected entities into the one the editor keeps (the open one is proposed)."""
        chosen = [self.model.entity(index.row()) for index in self.list.table.selectionModel().selectedRows()]
        chosen.sort(key=lambda e: (e["id"] != self.page.entity_id, -e["mentions"]))
        keep = self.commands.merge(chosen)
        if keep is not None:
            self.open_entity(keep)

    def _open_mention(self) -> None:
        index = self.page.concordance.currentIndex()
        if index.isValid():
            mention = self.page.concordance_model.mention(index.row())
            self.mention_requested.emit(mention["article_id"], mention["id"])

    def _list_menu(self, entity_id: int, position) -> None:
        """Right-click opens the row's entity, so that what the menu does shows beside it."""
        self.open_entity(entity_id)
        QMenu.exec(self.list.table.actions(), position, None, self)

    def _update_actions(self) -> None:
        a, detail = self.actions, self.page.detail
        a.back.setEnabled(bool(self._history))
        for action in (a.rename_entity, a.split_entity, a.open_mention):
            action.setEnabled(detail is not None)
        a.set_parent.setEnabled(detail is not None and detail["kind"] == Kind.INSTITUTION)
        a.merge_entities.setEnabled(len(self.list.table.selectionModel().selectedRows()) > 1)

    def serve_tag_panel(self, panel: TagPanel) -> None:
        """The tag panel's context menu reaches the same commands, for the entity of its chosen tag."""
        self.panel_actions = a = EntityActions(panel, PANEL_KEYS)
        panel.add_entry_actions(a.all())
        c = self.commands
        for action, command in ((a.browse_entity, lambda entity: self.present(entity["id"])),
                                (a.rename_entity, c.rename), (a.set_parent, c.set_parent), (a.merge_into, c.merge_into)):
            action.triggered.connect(lambda _checked=False, run=command: self._for_panel_entry(panel, run))

    @staticmethod
    def _for_panel_entry(panel: TagPanel, command: Callable[[dict], object]) -> None:
        entry = panel.selected_entry()
        if entry is not None and entry.entity_id:  # a blind tag names no entity until settled
            command({"id": entry.entity_id, "name": entry.name, "kind": entry.kind})

    # --- words ---------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Entities — Curator"))
        self.toolbar.setWindowTitle(self.tr("Entity commands"))
        self.actions.retranslate()
        if self.panel_actions is not None:
            self.panel_actions.retranslate()
        self._title_tabs()

    def _title_tabs(self) -> None:
        self.tabs.setTabText(0, self.tr("Institutions and figures"))
        shown = self.proposals.proposals if not self._proposals_stale else None
        self.tabs.setTabText(1, self.tr("Alias proposals") if shown is None
                             else self.tr("Alias proposals (%1)").replace("%1", str(len(shown))))
