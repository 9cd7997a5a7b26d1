"""Where a change reaches the screen: the one place that decides what each view redraws.

Every service call the window makes returns a `Change` (which articles, tags and statuses moved,
and the touched articles' rows as they are now). `Refresher.apply` hands it to the views:

- the article list patches the touched rows from the change, and the status bar moves its
  counts, without reading the library; when articles joined or left it, both read again;
- edited details (title, source, date, URL) patch their rows too, and the source filter is read again;
- the open article, if the change touched it, reads its tags once and shows its new status and
  details; its tags are those of the layer it shows (its own, or the user's blind layer: see
  article_tags), and a change of another layer's tags leaves them alone, so another editor's
  blind tags never reach this view; when the article's assignments moved, it is opened again
  (`open_article_reassigned`), as it may now show another layer;
- then `refreshed` tells the followers (suggestions, review, history) what changed, and they
  decide for themselves whether it concerns them.

Views never re-read "just in case".
"""

from PySide6.QtCore import QObject, Signal

from curator.gui.article_list import ArticleList
from curator.gui.article_table_model import ArticleTableModel
from curator.gui.library_counts import LibraryCounts
from curator.gui.open_article import OpenArticle
from curator.gui.reader_view import ReaderView
from curator.gui.tag_panel import TagPanel
from curator.services import library
from curator.services.changes import Change
from curator.services.library import Database


class Refresher(QObject):
    refreshed = Signal(object)  # the Change every view now shows
    open_article_gone = Signal(int)  # the change deleted the open article (its id)
    open_article_reassigned = Signal(int)  # assigned or taken back, a layer done, settled (its id)
    library_reloaded = Signal()  # articles joined or left, by a Change or by an import (which has none)

    def __init__(self, db: Database, state: OpenArticle, *, reader: ReaderView, panel: TagPanel,
                 model: ArticleTableModel, article_list: ArticleList, counts: LibraryCounts, parent=None):
        super().__init__(parent)
        self._db = db
        self._state = state
        self._reader = reader
        self._panel = panel
        self._model = model
        self._list = article_list
        self._counts = counts

    def apply(self, change: Change) -> None:
        article = self._state.article
        row = self._list.current_row()  # before a reload forgets it
        if change.membership_changed:
            self.reload_library(sources=True)
        else:
            self._model.show_states(change.articles)
            self._counts.move(change.statuses)
            self._show_details(change)
        if article is not None and article.id in change.deleted_articles:
            self.open_article_gone.emit(article.id)
            self._list.select_row(min(max(row, 0), self._model.rowCount() - 1))  # the list moves on to a neighbour
        elif article is not None and article.id in change.assigned:
            self.open_article_reassigned.emit(article.id)
        elif article is not None and (article.id in change.article_ids or self._renamed_here(change)):
            self._show_open_article(change)
        self.refreshed.emit(change)

    def reload_library(self, *, sources: bool = False) -> None:
        """Articles joined or left the library (an import, a deletion, an undo of those): the list,
        its sources and the counts are read again; the open article's row is marked again."""
        self._model.reload()
        self._list.mark_article(self._state.id)
        if sources:
            self._list.set_sources(library.sources(self._db))
        self._counts.reload()
        self.library_reloaded.emit()

    def _renamed_here(self, change: Change) -> list[int]:
        """The open article's tags of the entities a registry change touched: a rename moves no tag,
        yet the reader and the panel show the entity's name."""
        return [m.id for m in self._state.mentions if m.entity_id in change.entities] if change.entities else []

    def _show_details(self, change: Change) -> None:
        """Edited titles, sources, dates and URLs: the rows show them, and the source filter lists
        the sources again (an edit may bring a new one or retire the last use of another)."""
        if change.details:
            self._model.show_details(change.details)
            self._list.set_sources(library.sources(self._db))

    def _show_open_article(self, change: Change) -> None:
        """The change's one read: the tags it added or changed; the rest of the open article's tags
        are as the reader shows them (a change lists every tag it touched, undo and redo too)."""
        article_id, tags = self._state.id, self._state.tags
        mentions = self._state.mentions
        if tags is not None:  # only the ids of the layer shown: another layer's may be the same numbers
            read, removed = tags.touched(change)
            changed = tags.views(read + self._renamed_here(change))
            gone = set(removed) | {m.id for m in changed}
            mentions = [m for m in mentions if m.id not in gone]
            mentions += [m for m in changed if m.article_id == article_id]
        self._reader.set_mentions(mentions)
        if article_id in change.articles:
            self._reader.show_state(change.articles[article_id])
        if article_id in change.details:
            self._reader.show_details(change.details[article_id])
        self._panel.show_mentions(mentions)
        if self._state.current_mention is not None:
            self._panel.select_mention(self._state.current_mention)
