"""Review, history, export and tagged import, put together and fitted into the main window.

The window builds one `ReviewTools` and calls `install`; the tools reach the window only
through Qt's public QMainWindow API and what `install` is given.
"""

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QMenu

from curator.core.types import ArticleStatus, Role, reviews
from curator.gui.export_dialog import ExportController
from curator.gui.history_panel import HistoryPanel
from curator.gui.review_actions import REVIEW_COMMANDS, ReviewActions
from curator.gui.review_controller import ReviewController, ask_with_dialog
from curator.gui.review_panel import ReviewPanel
from curator.gui.tagged_import import TaggedImportController
from curator.gui.worker import TaskRunner
from curator.gui.workbench import Workbench
from curator.services import history, library, review
from curator.services.library import Database

QUEUE_LIMIT = 500  # a reviewer works from the top; the list stays quick to rebuild after every verdict


DOCK_HEIGHT = 130


class ReviewTools(QObject):
    def __init__(self, db: Database, workbench: Workbench, runner: TaskRunner, window: QMainWindow, *,
                 user: Callable[[], str], role: Callable[[], str], role_granted: Callable[[], bool] = lambda: False,
                 open_in_list: Callable[[int], None] | None = None):
        """`role`: the role the window works in (an admin's tools are a reviewer's); `role_granted`:
        whether a team library's admin granted it, rather than Settings; `open_in_list`: open an
        article as the article list's row of it (the workbench alone by default)."""
        super().__init__(window)
        self.db = db
        self.workbench = workbench
        self._open_in_list = open_in_list or workbench.open_article
        self._user = user
        self._role = role
        self._role_granted = role_granted
        self.actions = ReviewActions(window)
        self.controller = ReviewController(db, workbench, user=user, role=role, ask_text=ask_with_dialog(window),
                                           parent=self)
        self.panel = ReviewPanel(self.actions, lambda: review.review_queue(db, limit=QUEUE_LIMIT))
        self.history = HistoryPanel(lambda article_id: history.article_history(db, article_id, viewer=user()))
        self.exporter = ExportController(db, runner, window, parent=self)
        self.tagged_importer = TaggedImportController(db, runner, window, user=user, parent=self)
        self.user_label = QLabel()
        self.review_dock = self._dock(window, "reviewDock", self.panel)
        self.history_dock = self._dock(window, "historyDock", self.history)
        self.menu: QMenu | None = None
        self._connect()

    def fit_docks(self, window: QMainWindow) -> None:
        """The docks' default height: enough for the review banner and a few history rows."""
        window.resizeDocks([self.review_dock], [DOCK_HEIGHT], Qt.Orientation.Vertical)

    def first_layout(self, window: QMainWindow) -> None:
        """On first launch the reader has the height: the docks start closed (View opens them), except
        the review panel for a reviewer, whose queue lives there."""
        self.fit_docks(window)
        self.history_dock.hide()
        self.review_dock.setVisible(self._reviews())

    @staticmethod
    def _dock(window: QMainWindow, name: str, widget) -> QDockWidget:
        dock = QDockWidget(window)
        dock.setObjectName(name)  # saveState/restoreState find docks by name
        dock.setWidget(widget)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        return dock

    def _connect(self) -> None:
        a, c = self.actions, self.controller
        a.approve_mention.triggered.connect(c.approve_mention)
        a.reject_mention.triggered.connect(c.reject_mention)
        a.next_pending.triggered.connect(c.next_pending)
        a.approve_remaining.triggered.connect(c.approve_remaining)
        a.approve_article.triggered.connect(c.approve_article)
        a.request_changes.triggered.connect(c.request_changes)
        a.reopen_article.triggered.connect(c.reopen_article)
        a.reviewer_mode.toggled.connect(self.set_reviewer_mode)
        for dock, action in ((self.review_dock, a.show_review), (self.history_dock, a.show_history)):
            action.toggled.connect(lambda on, d=dock: _show_dock(d, on))
            dock.visibilityChanged.connect(lambda _visible, d=dock, t=action: t.setChecked(not d.isHidden()))
        self.history_dock.visibilityChanged.connect(self.history.set_shown)
        a.export.triggered.connect(lambda: self.exporter.choose(library.sources(self.db)))
        a.import_tagged.triggered.connect(self.tagged_importer.choose)
        c.article_finished.connect(self._next_in_queue)
        self.panel.queue.article_chosen.connect(self.open_article)
        self.workbench.refresher.refreshed.connect(lambda _change: self.refresh())

    def install(self, window: QMainWindow, *, file_menu: QMenu, before_file: QAction, view_menu: QMenu,
                before_menu: QMenu) -> None:
        """Docks below the workbench (review and history as tabs), a Review menu, File and View entries, the
        user label.

        Below rather than beside: side docks would take their width from the article list and reader.
        Tabbed and low: the reader is where editors spend the day.
        """
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.review_dock)
        window.tabifyDockWidget(self.review_dock, self.history_dock)
        self.review_dock.raise_()
        self.fit_docks(window)
        file_menu.insertActions(before_file, [self.actions.export, self.actions.import_tagged])
        file_menu.insertSeparator(before_file)
        view_menu.addSeparator()
        view_menu.addActions([self.actions.show_review, self.actions.show_history])
        self.menu = QMenu(window)
        window.menuBar().insertMenu(before_menu.menuAction(), self.menu)
        a = self.actions
        for action in (a.reviewer_mode, None, a.approve_mention, a.reject_mention, a.next_pending,
                       a.approve_remaining, None, a.approve_article, a.request_changes, a.reopen_article,
                       ):
            self.menu.addSeparator() if action is None else self.menu.addAction(action)
        window.statusBar().insertPermanentWidget(0, self.user_label)
        self.settings_changed()
        self.retranslate()

    # --- role and mode ------------------------------------------------------------------
    def settings_changed(self) -> None:
        """The role decides reviewer mode; a reviewer may still leave it to tag like an editor."""
        reviewer = self._reviews()
        self.actions.reviewer_mode.setEnabled(reviewer)
        self.actions.reviewer_mode.setChecked(reviewer)
        self.set_reviewer_mode(reviewer)
        self._show_user()

    def set_reviewer_mode(self, on: bool) -> None:
        on = on and self._reviews()
        self.panel.set_reviewer_mode(on)
        self._enable_for(self.workbench.status(), blind=self.workbench.state.blind)
        if on:
            self.review_dock.show()  # the queue is in it
            self.review_dock.raise_()
            self.fit_docks(self.review_dock.parentWidget())  # low, whatever height the editor left it
            self.panel.refresh_queue(self.workbench.article_id)
        self._show_user()

    def _enable_for(self, status: str | None, *, blind: bool) -> None:
        """Offer only the moves the open article allows (the controller still checks, and says why):
        no verdict on tags when those shown are the user's blind layer."""
        on, reviewer = self.panel.reviewer_mode, self._reviews()
        for name in REVIEW_COMMANDS:
            getattr(self.actions, name).setEnabled(on)
        if on:
            for name in ("approve_article", "request_changes"):
                getattr(self.actions, name).setEnabled(status == ArticleStatus.DONE)
            for name in ("approve_mention", "reject_mention", "approve_remaining"):
                getattr(self.actions, name).setEnabled(status != ArticleStatus.APPROVED and not blind)
        self.actions.reopen_article.setEnabled(reviewer and status == ArticleStatus.APPROVED)

    def _reviews(self) -> bool:
        """Whether the window offers the reviewer's tools: to a reviewer, and to an admin, who may do
        what a reviewer does (services.review)."""
        return reviews(self._role())

    @property
    def reviewer_mode(self) -> bool:
        return self.panel.reviewer_mode

    def _show_user(self) -> None:
        role = {Role.REVIEWER: self.tr("Reviewer"), Role.ADMIN: self.tr("Admin")}.get(self._role(), self.tr("Editor"))
        text = self.tr("%1 · %2").replace("%1", self._user()).replace("%2", role)
        if self.panel.reviewer_mode:
            text += " · " + self.tr("reviewer mode")
        self.user_label.setText(text)
        self.user_label.setToolTip(self.tr("Your user name, and the role this library's admin granted you")
                                   if self._role_granted() else self.tr("Your user name and role; change them in Settings"))

    # --- following the open article -------------------------------------------------------
    def open_article(self, article_id: int) -> None:
        """Open an article picked in the queue, with its row in the article list current: the list
        kept another row highlighted, from which the next and previous article went on."""
        self._open_in_list(article_id)
        self.article_opened(article_id)

    def article_opened(self, _article_id: int | None = None) -> None:
        self.refresh(queue=False)

    def refresh(self, *, queue: bool = True) -> None:
        """After any change: the banner, the history, and (in reviewer mode) the queue. The open
        article is read from the reader, which the Refresher keeps current: nothing is read again."""
        article, mentions = self.workbench.state.article, self.workbench.state.mentions
        blind = self.workbench.state.blind
        self.panel.show_article(article, mentions, blind=blind)
        # A blind layer's tag ids are no mention ids: the history names none of them.
        self.history.show_article(article.id if article else None, {} if blind else {m.id: m.surface for m in mentions})
        self._enable_for(article.status if article else None, blind=blind)
        if queue and self.panel.reviewer_mode:
            self.panel.refresh_queue(article.id if article else None)

    def _next_in_queue(self, finished_id: int) -> None:
        waiting = [i for i in self.panel.queue.article_ids() if i != finished_id]
        if waiting:
            self.panel.queue.setCurrentRow(self.panel.queue.article_ids().index(waiting[0]))
        else:
            self.controller.message.emit(self.tr("The review queue is empty."))

    def retranslate(self) -> None:
        self.actions.retranslate()
        if self.menu is not None:
            self.menu.setTitle(self.actions.menu_title())
        self.review_dock.setWindowTitle(self.tr("Review"))
        self.history_dock.setWindowTitle(self.tr("History"))
        self._show_user()


def _show_dock(dock: QDockWidget, on: bool) -> None:
    """Open a dock in front of the one it shares a tab bar with, or close it."""
    dock.setVisible(on)
    if on:
        dock.raise_()
