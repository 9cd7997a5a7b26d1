"""Tagging blind, put together and fitted into the main window: the reader's banner, the
reviewer's "Assign for blind tagging…" and "Take back from editors…", and the agreement view,
with their commands.

The window builds one `AgreementTools` and calls `install`; every change goes through the
workbench (`Workbench.apply`), whose Refresher shows it.
"""

from collections.abc import Callable

from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu

from curator.core.types import reviews
from curator.gui.agreement.agreement_view import AgreementView
from curator.gui.agreement.assign_dialog import (AssignDialog, EditorsDialog, UnassignDialog, recent_editors,
                                                 remember_editors)
from curator.gui.agreement.blind_banner import BlindBanner
from curator.gui.core_messages import error_text
from curator.gui.shortcuts import KeyedActions
from curator.gui.theme import Palette
from curator.gui.worker import TaskRunner
from curator.gui.workbench import FAILED, Workbench
from curator.services import blind_tagging, library, members
from curator.services.library import Database

KEYS = {"assign_articles": [], "unassign_articles": [], "show_agreement": ["Ctrl+Shift+G"]}
PANEL_SHARE = 0.45  # of the window's height, when the agreement panel opens: the reader keeps the rest


class AgreementActions(KeyedActions):
    def __init__(self, parent):
        super().__init__(parent, KEYS)
        self.retranslate()

    def retranslate(self) -> None:
        self._set_texts({
            "assign_articles": (self.tr("Assi&gn for blind tagging…"),
                                self.tr("Give the selected articles to two editors or more, who tag them blind")),
            "unassign_articles": (self.tr("Take &back from editors…"),
                                  self.tr("Take the selected articles back from editors, with what they tagged blind")),
            "show_agreement": (self.tr("Agreement between &editors…"),
                               self.tr("How the editors who tagged blind agree, and their disagreements to settle")),
        })


class AgreementTools(QObject):
    message = Signal(str)  # one line for the status bar

    def __init__(self, db: Database, workbench: Workbench, runner: TaskRunner, window: QMainWindow, *,
                 user: Callable[[], str], role: Callable[[], str], store: QSettings,
                 selected_articles: Callable[[], list[int]], open_article: Callable[[int], None]):
        super().__init__(window)
        self.db, self.workbench, self._window = db, workbench, window
        self._user, self._role, self._store = user, role, store
        self._selected, self._open_article = selected_articles, open_article
        self.actions = AgreementActions(window)
        self.banner = BlindBanner(self.actions.show_agreement)
        workbench.reader.add_banner(self.banner)
        self.view = AgreementView(db, runner, text_of=self._text_of)
        self.dock = QDockWidget(window)
        self.dock.setObjectName("agreementDock")  # saveState/restoreState find docks by name
        self.dock.setWidget(self.view)
        self.view.article_chosen.connect(self._show_article)
        self.view.span_chosen.connect(self.show_span)
        self.view.settle_requested.connect(self.settle)
        self.actions.assign_articles.triggered.connect(lambda: self.assign(self._selected()))
        self.actions.unassign_articles.triggered.connect(lambda: self.unassign(self._selected()))
        self.actions.show_agreement.triggered.connect(self.show_agreement)
        workbench.opened.connect(lambda _article_id: self._show_banner())
        # Asks the tools for the editors' names: a dialog in the app, a stub in tests.
        self.ask_editors: Callable[[EditorsDialog], list[str] | None] = _ask

    def install(self, review_menu: QMenu, row_actions: Callable[[list], None], beside: QDockWidget) -> None:
        """The panel below the workbench, in a tab beside `beside` (the review's) and closed; the
        commands at the foot of the Review menu and in the article list's context menu."""
        self._window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
        self._window.tabifyDockWidget(beside, self.dock)
        self.dock.hide()
        review_menu.addSeparator()
        review_menu.addActions(self.actions.all())
        row_actions([self.actions.assign_articles, self.actions.unassign_articles])
        self.settings_changed()

    def settings_changed(self) -> None:
        """Reviewers assign and settle (the services still check, and say why not)."""
        reviewer = reviews(self._role())
        for action in self.actions.all():
            action.setEnabled(reviewer)
        self._show_banner()

    def set_palette(self, palette: Palette) -> None:
        self.banner.set_palette(palette)

    def retranslate(self) -> None:
        self.actions.retranslate()
        self.dock.setWindowTitle(self.tr("Agreement"))

    def _show_banner(self) -> None:
        self.banner.show_tags(self.workbench.tags, reviewer=reviews(self._role()))

    # --- assigning ------------------------------------------------------------------------
    def assign(self, article_ids: list[int]) -> bool:
        """Ask for the editors of the chosen articles and give them the articles to tag blind."""
        if not article_ids:
            self.message.emit(self.tr("Select the articles to assign in the list first."))
            return False
        team = [m.user for m in members.list_members(self.db)]
        dialog = AssignDialog(len(article_ids), members=team, recent=recent_editors(self._store), parent=self._window)
        editors = self._move_articles(blind_tagging.assign, article_ids, dialog)
        if editors is None:
            return False
        remember_editors(self._store, editors)
        self.message.emit(self.tr("%n article(s) given to %1 to tag blind.", "", len(article_ids))
                          .replace("%1", self.tr(", ").join(editors)))
        return True

    def unassign(self, article_ids: list[int]) -> bool:
        """Ask which of their editors to take the chosen articles back from, and take them back
        with what those editors tagged blind (one undo step)."""
        if not article_ids:
            self.message.emit(self.tr("Select the articles to take back in the list first."))
            return False
        given = blind_tagging.editors_of(self.db, article_ids)
        if not given:
            self.message.emit(self.tr("None of the selected articles is given to editors to tag blind."))
            return False
        dialog = UnassignDialog(len(article_ids), given=given, parent=self._window)
        editors = self._move_articles(blind_tagging.unassign, article_ids, dialog)
        if editors is None:
            return False
        self.message.emit(self.tr("%n article(s) taken back from %1.", "", len(article_ids))
                          .replace("%1", self.tr(", ").join(editors)))
        return True

    def _move_articles(self, service: Callable[..., object], article_ids: list[int],
                       dialog: EditorsDialog) -> list[str] | None:
        """Ask for editors in `dialog` and give them the articles, or take the articles back from
        them (`service`: blind_tagging.assign or unassign); the editors, or None when cancelled or refused."""
        editors = self.ask_editors(dialog)
        if not editors:
            return None
        change = self._apply(lambda: service(
            self.db, article_ids=article_ids, annotators=editors, user=self._user(), role=self._role()))
        return None if change is FAILED else editors

    def _apply(self, action: Callable[[], object]) -> object:
        """A reviewer's change through the workbench; a refusal for the role is told in one line too."""
        try:
            return self.workbench.apply(action)
        except PermissionError as error:  # services.review.ReviewerOnly, which carries its code
            self.message.emit(error_text(error))
            return FAILED

    # --- agreement and settling ---------------------------------------------------------
    def show_agreement(self) -> None:
        """The agreement view, at the open article when it is one to settle."""
        tags = self.workbench.tags
        self.dock.show()
        self.dock.raise_()
        self._window.resizeDocks([self.dock], [round(self._window.height() * PANEL_SHARE)], Qt.Orientation.Vertical)
        self.view.present(self.workbench.article_id if tags is not None and tags.assignments else None)

    def _text_of(self, article_id: int) -> str:
        if article_id == self.workbench.article_id:
            return self.workbench.state.article.text
        return library.get_article(self.db, article_id).text

    def _show_article(self, article_id: int) -> None:
        if article_id != self.workbench.article_id:
            self._open_article(article_id)

    def show_span(self, article_id: int, start: int, end: int) -> None:
        """A disagreement's place in the reader: the article open, the span selected and in view."""
        self._show_article(article_id)
        if article_id == self.workbench.article_id:
            self.workbench.reader.go_to(start)
            self.workbench.reader.select_span(start, end)

    def settle(self, article_id: int, choices: dict[int, str | None]) -> bool:
        """Settle an article with the versions chosen, against the version the reader shows."""
        self._show_article(article_id)
        if article_id != self.workbench.article_id:
            return False  # it could not be opened: the workbench said why
        title = self.workbench.state.article.title
        change = self._apply(lambda: blind_tagging.settle(
            self.db, article_id=article_id, choices=choices, user=self._user(), role=self._role(),
            expected_version=self.workbench.state.version))
        if change is FAILED:
            return False
        self.message.emit(self.tr("Settled: %n tag(s) made from the editors' layers.", "", len(change.added)))
        self.view.settled(title)
        return True


def _ask(dialog: EditorsDialog) -> list[str] | None:
    return dialog.editors() if dialog.exec() else None
