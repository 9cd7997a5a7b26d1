"""The windows the main window opens from View: the entity browser and the statistics.

Neither shows in the first frame, so neither is built for it (issue 16): the statistics are built
when first asked for; the browser then, or just after the first frame, as its commands in the tag
panel's menu come with it.
"""

from typing import TYPE_CHECKING

from curator.gui.theme import Palette
from curator.gui.worker import after_first_frame

if TYPE_CHECKING:  # both load when first built
    from curator.gui.entities.browser import EntityBrowser
    from curator.gui.main_window import MainWindow
    from curator.gui.stats_view import StatsView


class LibraryWindows:
    """The main window's entity browser and statistics, each built on first use."""

    def __init__(self, window: "MainWindow"):
        self._window = window
        self._palette: Palette | None = None
        self._entities: EntityBrowser | None = None
        self._stats_view: StatsView | None = None
        window.commands.show_entities.triggered.connect(lambda: self.entities.present())
        window.commands.show_stats.triggered.connect(lambda: self.stats_view.present())
        after_first_frame(window, lambda: self.entities)

    @property
    def entities(self) -> "EntityBrowser":
        if self._entities is None:
            from curator.gui.entities.browser import EntityBrowser

            w, a = self._window, self._window.commands
            self._entities = browser = EntityBrowser(w.db, w.refresher, w, user=w.user_name,
                                                     library_actions=[a.undo_library, a.redo_library])
            if self._palette is not None:
                browser.set_palette(self._palette)
            browser.serve_tag_panel(w.panel)
            browser.commands.message.connect(w.say)
            browser.mention_requested.connect(w.show_mention)
        return self._entities

    @property
    def stats_view(self) -> "StatsView":
        if self._stats_view is None:
            from curator.gui.stats_view import StatsView

            self._stats_view = StatsView(self._window.db, self._window.runner, self._window)
            self._stats_view.message.connect(self._window.say)
        return self._stats_view

    def set_palette(self, palette: Palette) -> None:
        self._palette = palette
        if self._entities is not None:
            self._entities.set_palette(palette)
