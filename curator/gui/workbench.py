"""Tagging the open article: turns the editor's commands into service calls; the Refresher shows what changed."""

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from curator.core.types import Kind
from curator.gui.article_tags import ArticleTags, article_tags
from curator.gui.core_messages import error_text
from curator.gui.labels import kind_label
from curator.gui.open_article import OpenArticle
from curator.gui.reader_view import ReaderView
from curator.gui.refresh import Refresher
from curator.gui.tag_panel import TagPanel
from curator.nlp.snapping import snap_span
from curator.services import changes, deletion, library, tagging
from curator.services.changes import Change
from curator.services.conflicts import Conflict
from curator.services.library import Database, NotFound, StoreError
from curator.services.tagging import NameDoubt, ReadOnlyArticle

FAILED = object()  # what `apply` returns when the service refused


class Workbench(QObject):
    """Owns the open article; every edit goes through a service, whose change the Refresher shows."""

    message = Signal(str)  # one line for the status bar
    stale = Signal()  # a change was refused: someone changed the article since it was shown
    opened = Signal(object)  # the article now open (its id), or None
    restored = Signal(int)  # a deleted article came back by undo (its id)

    def __init__(self, db: Database, state: OpenArticle, reader: ReaderView, panel: TagPanel, refresher: Refresher, *,
                 user: Callable[[], str], role: Callable[[], str], snapping: Callable[[], bool],
                 confirm_odd_name: Callable[[str, NameDoubt, Kind], bool] = lambda *_: True, parent=None):
        super().__init__(parent)
        self.db = db
        self.state = state
        self.reader = reader
        self.panel = panel
        self.refresher = refresher
        self._user = user
        self._role = role
        self._snapping = snapping
        self._confirm_odd_name = confirm_odd_name  # asked before tagging a span that does not look like a name
        # The article this editor deleted last: undo brings it back while nothing else changed since.
        self._deleted: int | None = None
        reader.mention_clicked.connect(panel.select_mention)
        panel.occurrence_requested.connect(reader.show_mention)
        panel.remove_requested.connect(self.remove)
        panel.kind_change_requested.connect(lambda ids, kind: self.change_kind(ids, Kind(kind)))
        panel.label_all_requested.connect(self.label_all)
        refresher.open_article_gone.connect(self._gone)
        refresher.open_article_reassigned.connect(self.reopen)

    @property
    def article_id(self) -> int | None:
        return self.state.id

    def who(self) -> dict[str, str]:
        """Who edits, for the tagging services: a reviewer's fix keeps a submitted article under review."""
        return {"user": self._user(), "role": self._role()}

    @property
    def tags(self) -> ArticleTags | None:
        """The open article's tag services: its own tags, or the user's blind layer of it."""
        return self.state.tags

    def editor(self) -> dict:
        """Who edits the open article, and the version of it they see (a change of the whole
        library, such as a name tagged everywhere, takes `who` alone)."""
        return {**self.who(), "expected_version": self.state.version}

    # --- opening ----------------------------------------------------------------
    def open_article(self, article_id: int | None) -> None:
        if article_id is None:
            self.state.tags = None
            self.reader.show_article(None, [])
            self.panel.show_mentions([])
            self.opened.emit(None)
            return
        try:
            article = library.get_article(self.db, article_id)
            tags = article_tags(self.db, article_id, self._user())
            mentions = tags.mentions(article_id)
        except (NotFound, StoreError) as error:
            self.message.emit(self.tr("Cannot open the article: %1").replace("%1", error_text(error)))
            return
        self.state.tags = tags
        self.reader.show_article(article, mentions)
        self.panel.show_mentions(mentions)
        self.opened.emit(article_id)

    def reopen(self, article_id: int) -> None:
        """The open article's assignments moved (given to editors to tag blind, a layer done,
        settled): read it again, in the layer it now shows, where the editor was reading, with the
        caret or selection where it was (the text is the same: it never changes)."""
        scroll = self.reader.text.verticalScrollBar()
        position = scroll.value()
        selection, caret = self.reader.selection_span(), self.reader.caret()
        self.open_article(article_id)
        if selection is not None:
            self.reader.select_span(*selection)
        else:
            self.reader.place_caret(caret)
        scroll.setValue(position)

    def _gone(self, article_id: int) -> None:
        """The open article was deleted (here, or by an undo or redo): close it; undo may bring it back."""
        self._deleted = article_id
        self.open_article(None)

    def apply(self, action: Callable[[], object]) -> object:
        """Run one service call (this controller's or another's: suggestions, review) and show its
        change; a refusal becomes a status-bar message (and FAILED), never a traceback."""
        try:
            result = action()
        except Conflict as error:  # it names who changed the article and how; the view catches up
            self.message.emit(error_text(error))
            self.stale.emit()
            return FAILED
        except ReadOnlyArticle:
            self.message.emit(self.tr("This article is approved; a reviewer must reopen it before it changes."))
            return FAILED
        except (ValueError, NotFound, StoreError) as error:
            self.message.emit(self.tr("Not saved: %1").replace("%1", error_text(error)))
            return FAILED
        self._deleted = None
        if isinstance(result, Change):
            self.refresher.apply(result)
        return result

    # --- tagging ------------------------------------------------------------------
    def tag_selection(self, kind: Kind, *, snap: bool = True) -> int | None:
        """Tag the selected text; returns the new mention's id (None if nothing was tagged)."""
        selection = self.reader.selection_span()
        if self.article_id is None or selection is None:
            self.message.emit(self.tr("Select the name in the text first, then press the key again."))
            return None
        text = self.state.article.text
        span = snap_span(text, *selection, snap=snap and self._snapping())
        if span is None:
            self.message.emit(self.tr("The selection holds no name to tag."))
            return None
        start, end = span
        clash = next(iter(self.state.overlapping(start, end)), None)
        if clash is not None and (clash.start, clash.end) != (start, end):
            self.message.emit(self.tr("“%1” overlaps the tag “%2”; remove that tag first.")
                              .replace("%1", text[start:end]).replace("%2", clash.surface))
            return None
        doubt = tagging.name_doubt(text[start:end], kind)
        if doubt is not None and not self._confirm_odd_name(text[start:end], doubt, kind):
            return None
        change = self.apply(lambda: self.tags.tag(self.article_id, start, end, kind, self.editor()))
        if change is FAILED:
            return None
        mention_id = (change.added or change.updated or [None])[0]
        self.reader.show_mention(mention_id)
        self.panel.select_mention(mention_id)
        self.message.emit(self.tr("Tagged “%1” as %2").replace("%1", text[start:end]).replace("%2", kind_label(kind)))
        return mention_id

    def remove_selected(self) -> None:
        """Remove the current mention, or every mention inside the selected text."""
        ids = []
        selection = self.reader.selection_span()
        if selection is not None:
            start, end = selection
            ids = [m.id for m in self.state.overlapping(start, end)]
        elif self.state.current_mention is not None:
            ids = [self.state.current_mention]
        if ids:
            self.remove(ids)
        else:
            self.message.emit(self.tr("Click a tag or select text with tags to remove them."))

    def remove(self, mention_ids: list[int]) -> None:
        self.apply(lambda: self.tags.untag(self.article_id, mention_ids, self.editor()))

    def change_kind(self, mention_ids: list[int], kind: Kind) -> None:
        self.apply(lambda: self.tags.change_kind(self.article_id, mention_ids, kind, self.editor()))

    def label_all(self, mention_id: int | None = None) -> None:
        mention_id = mention_id if mention_id is not None else self.state.current_mention
        if mention_id is None:
            self.message.emit(self.tr("Click a tag first."))
            return
        change = self.apply(lambda: self.tags.tag_all(self.article_id, mention_id, self.editor()))
        if change is not FAILED:
            self.message.emit(self.tr("Occurrences newly tagged: %1").replace("%1", str(len(change.added))))

    def delete_article(self) -> bool:
        """Delete the open article with its tags (one undo step); True when it was deleted."""
        if self.article_id is None:
            return False
        article_id = self.article_id
        return self.apply(lambda: deletion.delete_articles(self.db, article_ids=[article_id], user=self._user())) is not FAILED

    # --- history and status -------------------------------------------------------
    def undo(self) -> None:
        if self._deleted is not None:  # the last change was a deletion: bring the article back
            article_id = self._deleted
            change = self.apply(lambda: changes.undo(self.db, user=self._user(), article_id=article_id))
            if change not in (None, FAILED):
                self.restored.emit(article_id)
            return
        self._step(changes.undo, self.tr("Nothing to undo in this article; Ctrl+Alt+Z undoes your newest change elsewhere."))

    def redo(self) -> None:
        self._step(changes.redo, self.tr("Nothing to redo in this article; Ctrl+Alt+Shift+Z redoes elsewhere."))

    def _step(self, step, nothing: str) -> None:
        if self.article_id is None:
            return
        change = self.apply(lambda: step(self.db, user=self._user(), article_id=self.article_id))
        if change is None:
            self.message.emit(nothing)

    def mark_done(self) -> None:
        if self.article_id is None:
            return
        blind = self.state.blind
        done = self.apply(lambda: self.tags.mark_done(self.article_id, self.editor()))
        if done is not FAILED:
            self.message.emit(self.tr("Your blind tags are done; the reviewer settles them once every editor has finished.")
                              if blind else self.tr("Marked as done."))

    def status(self) -> str | None:
        return self.state.status

