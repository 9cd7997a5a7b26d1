"""The annotation workbench: article list, reader and tag panel side by side.

The window paints its first frame before the storage layer loads (issue 16): it is built in two
steps, its frame (the list, read by the quick reader, the panes, menus, geometry) and then, once
painted, its library (`attach`: the services, the reader, the tag panel and every command). The
modules of the second step are imported there, not here.
"""

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSettings, Signal
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QWidget

from curator import __version__
from curator.core.settings import Settings
from curator.core.types import ArticleStatus, Kind, Role
from curator.gui.article_list import ArticleList
from curator.gui.article_table_model import ArticleReads, ArticleTableModel
from curator.gui.i18n import LanguageSwitcher
from curator.gui.menus import build_menus, menu_titles
from curator.gui.panes import PaneSplitter, opening_reader
from curator.gui.settings_dialog import SettingsDialog
from curator.gui.shortcuts import Actions
from curator.gui.status_bar import MessageBar
from curator.gui.theme import Palette
from curator.gui.worker import TaskRunner, after_first_frame
from curator.gui import command_wiring, questions, window_layout
from curator.nlp.snapping import warm_up

if TYPE_CHECKING:  # the services load with the library (attach)
    from curator.gui.entities.browser import EntityBrowser
    from curator.gui.stats_view import StatsView
    from curator.nlp.name_shape import NameDoubt
    from curator.services.library import Database
    from curator.services.suggestions import SuggestionService

MESSAGE_MS = 8000  # how long a one-line message stays in the status bar


class MainWindow(QMainWindow):
    library_requested = Signal(str)  # the editor chose another library: a file, or a server's URL

    def __init__(self, db: "Database | None", settings: Settings, *, save_settings: Callable[[Settings], None],
                 layout_store: QSettings, languages: LanguageSwitcher, apply_theme: Callable[[str], Palette],
                 user_override: str | None = None, import_fn: Callable | None = None,
                 suggestions: "SuggestionService | None" = None, first_list: ArticleReads | None = None,
                 location: str | None = None):
        """With `db`, the whole window at once; without it, the frame alone, its list read from
        `first_list` for the library at `location`, until `attach` gives it the library."""
        super().__init__()
        self.db: Database | None = None
        self.settings = settings
        self._save_settings = save_settings
        self.layout_store = layout_store
        self._languages = languages
        self._apply_theme = apply_theme
        self._user_override: str | None = None
        self._granted_role: str | None = None
        self._location = db.location if db is not None else location
        self._frame_first = db is None  # the frame is laid out and shown before the library comes
        self.runner = TaskRunner(self)
        self.commands = Actions(self)
        self.model = ArticleTableModel(first_list or _library_list(db), parent=self)
        self.article_list = ArticleList(self.model)
        self.splitter = PaneSplitter()
        for pane in (self.article_list, opening_reader(), QWidget()):
            self.splitter.addWidget(pane)
        self._stretch_panes()
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)
        self.setStatusBar(MessageBar(self))
        self.menus = build_menus(self, self.commands)
        self._palette = self._apply_theme(settings.theme)
        self.model.set_status_colors(self._palette.status)
        (self.commands.theme_dark if settings.theme == "dark" else self.commands.theme_light).setChecked(True)
        if self._frame_first:
            window_layout.restore_frame(self, self.layout_store)
        self.article_list.select_row(0, announce=False)  # opened once the library is attached
        self._set_working(False)
        self.retranslate()
        if db is not None:
            self.attach(db, user_override=user_override, suggestions=suggestions, import_fn=import_fn)

    def attach(self, db: "Database", *, user_override: str | None = None,
               suggestions: "SuggestionService | None" = None, import_fn: Callable | None = None) -> None:
        """Give the window its library: the services, the reader, the tag panel and the commands.
        The list keeps its rows and selection; the article selected in it opens."""
        from curator.gui.article_details_dialog import DetailsEditor
        from curator.gui.find_bar import ArticleFinder
        from curator.gui.import_dialog import ImportController
        from curator.gui.library_counts import LibraryCounts
        from curator.gui.library_undo import LibraryUndo
        from curator.gui.library_wait import LibraryWait
        from curator.gui.library_watch import LibraryWatch
        from curator.gui.library_windows import LibraryWindows
        from curator.gui.open_article import OpenArticle
        from curator.gui.reader_view import ReaderView
        from curator.gui.refresh import Refresher
        from curator.gui.suggestion_controller import SuggestionController
        from curator.gui.suggestion_panel import side_pane
        from curator.gui.tag_panel import TagPanel
        from curator.gui.workbench import Workbench
        from curator.services import library

        self.db = db
        self._set_working(True)  # first: what follows greys out what it must, as it always did
        self._user_override = user_override
        self._read_granted_role()
        self.watch = LibraryWatch(db, busy=lambda: self.library_wait.waiting, parent=self)  # before the list reads
        self.model.read_from(_library_list(db))
        self.open_article = OpenArticle()  # the one home of the open article's state
        self.reader = ReaderView(self.open_article)
        self.panel = TagPanel()
        self.counts = LibraryCounts(db)
        self.refresher = Refresher(db, self.open_article, reader=self.reader, panel=self.panel, model=self.model,
                                   article_list=self.article_list, counts=self.counts, parent=self)
        self.workbench = Workbench(db, self.open_article, self.reader, self.panel, self.refresher, user=self.user_name,
                                   role=self.role,
                                   snapping=lambda: self.settings.snap_to_words,
                                   confirm_odd_name=self.confirm_odd_name, parent=self)
        self.importer = ImportController(db, self.runner, self, user=self.user_name, import_fn=import_fn, parent=self)
        self.library_undo = LibraryUndo(db, self.runner, self, user=self.user_name, parent=self)
        self.details_editor = DetailsEditor(db, self.workbench, self, user=self.user_name, parent=self)
        self.suggester = SuggestionController(suggestions, self.workbench, self.commands, user=self.user_name,
                                              enabled=self.settings.suggestions_enabled,
                                              second_opinion=lambda: self.settings.second_opinion, parent=self)
        self.finder = ArticleFinder(self.reader, self.commands, parent=self)
        self.side_pane = side_pane(self.panel, self.suggester.panel)
        for index, pane in ((1, self.reader), (2, self.side_pane)):
            self.splitter.replaceWidget(index, pane).deleteLater()  # in the place, and at the size, of the frame's
        self._stretch_panes()  # a pane's stretch is its own (size policy): the new ones have none yet
        self.statusBar().addPermanentWidget(self.suggester.training_indicator)
        self.statusBar().addPermanentWidget(self.importer.indexing_indicator)
        self.statusBar().addPermanentWidget(self.counts)
        self.library_wait = LibraryWait(db, self.statusBar(), parent=self)
        self.reader.text.addActions(command_wiring.reader_actions(self))
        self.reader.set_details_action(self.commands.edit_details)
        self.setAcceptDrops(True)
        command_wiring.connect_commands(self)
        self.offer_detail_edits()
        command_wiring.install_review(self)
        command_wiring.install_agreement(self)
        self.windows = LibraryWindows(self)  # the entity browser and the statistics, built when needed
        self._show_palette(self._palette)
        self.reader.set_font_size(self.settings.font_size)
        self.article_list.set_sources(library.sources(db))
        (window_layout.restore_panels if self._frame_first else window_layout.restore)(self, self.layout_store)
        self.retranslate()
        if not self.article_list.announce_current():
            self.article_list.select_row(0)  # open on the first article rather than an empty reader
        after_first_frame(self, self._start_background_work)

    def _stretch_panes(self) -> None:
        """Room the window gains goes to the reader."""
        for index, stretch in enumerate((0, 1, 0)):
            self.splitter.setStretchFactor(index, stretch)

    @property
    def attached(self) -> bool:
        return self.db is not None

    def _set_working(self, on: bool) -> None:
        """The commands and the list's filters work once the library is attached; before, they wait
        greyed out. The menus' own commands (theme, quit) stay."""
        always = (self.commands.quit, self.commands.about, self.commands.shortcuts)
        for action in self.commands.all():
            action.setEnabled(on or action in always)
        self.article_list.set_filters_enabled(on)

    def _start_background_work(self) -> None:
        self.importer.index_pending()  # articles imported from the command line, or by a cancelled run
        self.suggester.start(warm_up)  # jieba, then the suggestion engine, then the open article's suggestions
        self.watch.start()  # others' work: other windows, the command line, other people

    def say(self, text: str) -> None:
        """One line in the status bar for a while."""
        self.statusBar().showMessage(text, MESSAGE_MS)

    def user_name(self) -> str:
        return self._user_override or self.settings.user_name

    def role_granted(self) -> bool:
        """Whether a team library stores the user's role (Settings then shows it, unchangeable)."""
        return self._granted_role is not None

    def role(self) -> str:
        """The role the window works in: the one a team library stores for the user, which is what
        the services act in (services.roles), else the one chosen in Settings."""
        return self._granted_role or self.settings.role

    def _read_granted_role(self) -> None:
        """Read the user's role in the library: when it is opened, and when the user name changes."""
        from curator.services import members

        self._granted_role = members.stored_role(self.db, self.user_name())

    @property
    def entities(self) -> "EntityBrowser":
        return self.windows.entities

    @property
    def stats_view(self) -> "StatsView":
        return self.windows.stats_view

    # --- library --------------------------------------------------------------------
    def delete_article(self) -> None:
        """Delete the open article after asking; the list moves on to the next one."""
        article = self.open_article.article
        if article is None or not self.confirm_delete(article.title, len(self.open_article.mentions)):
            return
        if self.workbench.delete_article():
            self.say(self.tr("Deleted “%1”. Undo (Ctrl+Z) brings it back.").replace("%1", article.title))

    def confirm_delete(self, title: str, tags: int) -> bool:
        return questions.delete_article(self, title, tags)

    def confirm_odd_name(self, text: str, doubt: "NameDoubt", kind: Kind) -> bool:
        return questions.odd_name(self, text, doubt, kind)

    def article_restored(self, article_id: int) -> None:
        self.importer.index_pending()  # a restored article is searched by scanning until indexed again
        self.open_in_list(article_id)
        self.say(self.tr("The article is back, with its tags."))

    def open_in_list(self, article_id: int) -> None:
        row = self.model.row_of(article_id)
        if row is None or not self.article_list.select_row(row):
            self.workbench.open_article(article_id)  # outside the current filter: open it all the same

    def show_mention(self, article_id: int, mention_id: int) -> None:
        """Open an article at one of its tags (from the entity browser): the tag current and centred."""
        if article_id != self.workbench.article_id:
            self.open_in_list(article_id)
        self.reader.show_mention(mention_id)
        self.panel.select_mention(mention_id)
        self.raise_()
        self.activateWindow()

    def library_step_done(self, change) -> None:
        """After an undo or redo anywhere (an import, a deletion, a tag in another article)."""
        if self.importer.summary is not None and change.deleted_articles:
            self.importer.summary.accept()  # its import is gone
        self.refresher.apply(change)
        if change.restored_articles:
            self.article_restored(change.restored_articles[0])
        elif change.deleted_articles:
            self.say(self.tr("%n article(s) removed.", "", len(change.deleted_articles)))
        elif change.entities:  # a merge, split, rename or parent: it may touch no article
            self.say(self.tr("Undone in the entity registry.") if change.action == "undo"
                     else self.tr("Redone in the entity registry."))
        elif self.workbench.article_id not in change.article_ids:
            changed = ", ".join(map(str, sorted(change.article_ids)))
            self.say(self.tr("Changed in article %1.").replace("%1", changed))

    def offer_detail_edits(self, *_args) -> None:
        """Details are edited while an article is open and not approved (the service still refuses)."""
        article = self.open_article.article
        self.commands.edit_details.setEnabled(article is not None and article.status != ArticleStatus.APPROVED)

    def details_changed(self, change) -> None:
        self.offer_detail_edits()  # a verdict may have approved or reopened the article
        if change.details:
            self.importer.index_pending()  # a new title left the search index

    def mark_done(self) -> None:
        self.workbench.mark_done()
        if self.role() == Role.EDITOR and self.commands.next_article.isEnabled():
            self.article_list.step(+1)

    def choose_library(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Open library"), "",
                                              self.tr("Curator library (*.db);;All files (*)"),
                                              options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            self.library_requested.emit(path)

    def choose_shared_library(self) -> None:
        from curator.gui.library_dialogs import ask_for_shared_library

        if location := ask_for_shared_library(self.db.location, self):
            self.library_requested.emit(location)

    # --- preferences ----------------------------------------------------------------
    def _store(self, settings: Settings) -> None:
        self.settings = settings
        self._save_settings(settings)

    def set_theme(self, theme: str, *, remember: bool = True) -> None:
        self._palette = self._apply_theme(theme)
        self._show_palette(self._palette)
        self.model.set_status_colors(self._palette.status)
        (self.commands.theme_dark if theme == "dark" else self.commands.theme_light).setChecked(True)
        if remember:
            self._store(replace(self.settings, theme=theme))

    def _show_palette(self, palette: Palette) -> None:
        """The colours the application's theme leaves to the panes that draw their own."""
        self.reader.set_palette(palette)
        self.panel.set_palette(palette)
        self.suggester.set_palette(palette)
        self.windows.set_palette(palette)
        self.agreement.set_palette(palette)

    def set_font_size(self, size: int) -> None:
        size = max(8, min(40, size))
        self.reader.set_font_size(size)
        self._store(replace(self.settings, font_size=size))

    def edit_settings(self) -> None:
        self._read_granted_role()  # an admin may have granted another role since
        dialog = SettingsDialog(self.settings, self, team_role=self._granted_role, fixed_user=self._user_override)
        if dialog.exec():
            self.apply_settings(dialog.values())

    def apply_settings(self, settings: Settings) -> None:
        old = self.settings
        self._store(settings)
        if settings.language != old.language:
            self._languages.switch(settings.language)
        if settings.theme != old.theme:
            self.set_theme(settings.theme, remember=False)
        if settings.font_size != old.font_size:
            self.reader.set_font_size(settings.font_size)
        if settings.suggestions_enabled != old.suggestions_enabled:
            self.suggester.set_enabled(settings.suggestions_enabled)
        if settings.user != old.user:
            self._read_granted_role()
        if (settings.role, settings.user) != (old.role, old.user):
            self.review.settings_changed()
            self.agreement.settings_changed()

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About Curator"), self.tr(
            "<h3>Curator %1</h3><p>Tag institutions (机构) and figures (人物) in Chinese news articles, "
            "review the tags and export them.</p><p>Library: %2</p>").replace("%1", __version__)
            .replace("%2", self.db.location if self.attached else str(self._location)))

    def _library_name(self) -> str:
        """The open library's short name; before it is attached, the file the quick reader read."""
        if not self.attached:
            return Path(self._location).name
        from curator.services import library

        return library.library_name(self.db.location)

    def retranslate(self) -> None:
        # Which library is open, a file or a server's: two windows on two libraries look alike.
        self.setWindowTitle(self.tr("Curator — annotation workbench") + " — " + self._library_name())
        self.commands.retranslate()
        if self.attached:
            self.review.retranslate()
            self.agreement.retranslate()
        else:
            self.splitter.widget(1).setText(self.tr("Opening the library…"))
        for name, title in menu_titles().items():
            self.menus[name].setTitle(title)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- drag and drop, layout ------------------------------------------------------
    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls() and all(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths and self.importer.import_paths(paths):
            event.acceptProposedAction()

    def save_layout(self) -> None:
        if self.attached:
            window_layout.save(self, self.layout_store)
        else:
            window_layout.save_frame(self, self.layout_store)

    def closeEvent(self, event) -> None:
        self.save_layout()
        if self.attached:
            self.watch.stop()  # first: others' work would ask the suggester for more
            self.suggester.shutdown()
        self.runner.shutdown()
        super().closeEvent(event)


def _library_list(db: "Database") -> ArticleReads:
    from curator.services import library

    return library.LibraryArticleList(db)
