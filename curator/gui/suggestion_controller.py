"""Suggestions in the workbench: computed off the GUI thread, drawn over the text, accepted or rejected by key.

All engine work (warming up, suggesting, taking up a new model) runs on one lane, a single-thread
TaskRunner, because the engine is not thread-safe while its model changes. Training runs in a
process of its own (curator.services.model_training), waited for on a thread beside the lane:
suggestions go on meanwhile, and the lane takes the new model up when it is written. Every request
carries a generation; a result that arrives after the editor moved to another article is dropped.
"""

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTextEdit, QToolButton, QWidget

from curator.core.types import Origin
from curator.gui.core_messages import error_text
from curator.gui.labels import kind_label
from curator.gui.shortcuts import Actions
from curator.gui.suggestion_panel import SuggestionPanel
from curator.gui.suggestion_style import score_text, source_label, suggestion_format
from curator.gui.theme import LIGHT, Palette
from curator.gui.worker import TaskHandle, TaskRunner
from curator.gui.workbench import FAILED, Workbench
from curator.nlp.suggestion import Suggestion
from curator.services import tagging
from curator.services.suggestions import SuggestionService

# Run once at start-up so the first article's suggestions do not wait for the engine to load.
WARM_UP_TEXT = "新华社北京电 国务院总理李强在北京大学会见了中国人民银行行长。"


class TrainingIndicator(QWidget):
    """A status-bar note shown while the engine retrains, with a button that stops it."""

    def __init__(self, stop: Callable[[], None], parent=None):
        super().__init__(parent)
        self.label = QLabel()
        self.stop = QToolButton()
        self.stop.setAutoRaise(True)
        self.stop.clicked.connect(stop)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.stop)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.label.setText(self.tr("Learning from the tags…"))
        self.stop.setText(self.tr("Stop"))
        self.stop.setToolTip(self.tr("Stop learning; the suggestions keep what they learned before"))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class SuggestionController(QObject):
    """Owns the open article's suggestions: fetching, showing, accepting, rejecting, and retraining."""

    shown = Signal(int)  # an article's suggestions were shown (its id)
    trained = Signal(object)  # a retraining finished (the TrainReport)
    message = Signal(str)  # one line for the status bar

    def __init__(self, service: SuggestionService | None, workbench: Workbench, commands: Actions, *,
                 user: Callable[[], str], enabled: bool, second_opinion: Callable[[], bool] = lambda: False,
                 parent=None):
        super().__init__(parent)
        self.service = service
        self.workbench = workbench
        self.reader = workbench.reader
        self.commands = c = commands
        self._user = user
        self._second_opinion = second_opinion  # the setting, read when a training starts
        self.lane = TaskRunner(self, max_threads=1)
        self._trainer = TaskRunner(self, max_threads=1)  # waits for the training process
        self.panel = SuggestionPanel(accept=c.accept_suggestion, reject=c.reject_suggestion,
                                     everywhere=c.accept_everywhere, accept_above=c.accept_suggestions_above)
        self.training_indicator = TrainingIndicator(self.stop_training)
        self.offered = workbench.state.suggestions  # the open article's suggestions live with it
        self._generation = 0
        # Suggestions rejected while tagging blind, by article: a rejection there is not recorded,
        # for it would hide the span from the other editors' suggestions too.
        self._dismissed: tuple[int | None, set[tuple[int, int, str]]] = (None, set())
        self._request: TaskHandle | None = None
        self._training: TaskHandle | None = None
        self._palette = LIGHT
        self.enabled = False
        self.started = False  # no engine work before start(): the window's first frame comes first
        self._closed = False
        self.reader.add_overlay(self)
        self.reader.text.clicked_at.connect(self._clicked)
        self.panel.chosen.connect(self.go_to)
        workbench.opened.connect(self.request)
        workbench.refresher.refreshed.connect(self._library_changed)
        c.accept_suggestion.triggered.connect(self.accept_current)
        c.reject_suggestion.triggered.connect(self.reject_current)
        c.next_suggestion.triggered.connect(lambda: self.step(+1))
        c.previous_suggestion.triggered.connect(lambda: self.step(-1))
        c.accept_suggestions_above.triggered.connect(self.accept_above)
        c.accept_everywhere.triggered.connect(self.accept_everywhere)
        c.retrain_suggestions.triggered.connect(self.train)
        c.show_suggestions.setCheckable(True)
        self.set_enabled(enabled)

    @property
    def suggestions(self) -> list[Suggestion]:
        return self.offered.items

    @property
    def article_id(self) -> int | None:
        """The article whose suggestions are shown."""
        return self.offered.article_id

    # --- life cycle -------------------------------------------------------------------
    def start(self, warm_up: Callable[[], None]) -> None:
        """Warm jieba and the engine up on the lane, then fetch the open article's suggestions."""
        service = self.service

        def work(_progress, _cancelled):
            warm_up()
            if service is not None:
                service.engine.suggest(WARM_UP_TEXT)

        self.started = True
        self.lane.run(work, lambda _result, _error: None)
        self.request(self.workbench.article_id)

    def shutdown(self) -> None:
        if self._request is not None:
            self._request.cancel()
        self._generation += 1  # a cancelled request still reports back (with nothing): drop it
        self._closed = True  # so does a training: its report finds the lane shut
        self.stop_training()
        self._trainer.shutdown()
        self.lane.shutdown()

    def set_enabled(self, enabled: bool) -> None:
        """Show or hide suggestions (the `suggestions_enabled` setting)."""
        self.enabled = enabled and self.service is not None
        c = self.commands
        c.show_suggestions.setEnabled(self.service is not None)
        c.show_suggestions.blockSignals(True)
        c.show_suggestions.setChecked(self.enabled)
        c.show_suggestions.blockSignals(False)
        for action in (c.accept_suggestion, c.reject_suggestion, c.next_suggestion, c.previous_suggestion,
                       c.accept_suggestions_above, c.accept_everywhere, c.retrain_suggestions):
            action.setEnabled(self.enabled)
        self.panel.setVisible(self.enabled)
        if not self.enabled:
            self.stop_training()
        self.request(self.workbench.article_id)

    def set_palette(self, palette: Palette) -> None:
        self._palette = palette
        self.panel.set_palette(palette)
        self._paint()

    # --- fetching ---------------------------------------------------------------------
    def request(self, article_id: int | None, *, keep: bool = False) -> None:
        """Compute an article's suggestions in the background; `keep` shows the old ones meanwhile."""
        if self._request is not None:
            self._request.cancel()
            self._request = None
        self._generation += 1
        if not keep:
            self.offered.clear()
        if not self.enabled or article_id is None:
            self.offered.clear(forget_place=False)
            self.panel.set_pending(False)
            self._paint()
            return
        if not keep:
            self.panel.set_pending(True)
            self._paint()
        if not self.started:
            return  # start() asks again
        generation, service = self._generation, self.service

        def work(_progress, cancelled):
            return None if cancelled() else service.suggest(article_id)

        self._request = self.lane.run(work, lambda result, error: self._arrived(article_id, generation, result, error))

    def _arrived(self, article_id: int, generation: int, result, error) -> None:
        if generation != self._generation or article_id != self.workbench.article_id or not self.enabled:
            return  # stale: the editor moved on, or asked again since
        self._request = None
        self.panel.set_pending(False)
        if error is not None:
            self.message.emit(self.tr("No suggestions: %1").replace("%1", error_text(error)))
            return
        self.offered.show(article_id, self._untagged(article_id, result))
        self._paint()
        self.shown.emit(article_id)

    def _untagged(self, article_id: int, found: list[Suggestion]) -> list[Suggestion]:
        """The suggestions not covered by a tag the editor sees: the service leaves out the
        article's own tags, and in a blind layer the editor's blind tags are left out here."""
        if not self.workbench.state.blind:
            return found
        shown = self.workbench.state.mentions
        dismissed = self._dismissed[1] if self._dismissed[0] == article_id else set()
        return [s for s in found if (s.start, s.end, str(s.kind)) not in dismissed
                and not any(m.start < s.end and s.start < m.end for m in shown)]

    def _library_changed(self, _change) -> None:
        if self.enabled:
            self.request(self.workbench.article_id, keep=True)
            self.train_if_needed()

    # --- showing ----------------------------------------------------------------------
    def _paint(self) -> None:
        self.reader.repaint_highlights()
        self.panel.show_suggestions(self.suggestions, self.offered.current)

    def highlights(self, palette: Palette) -> list[QTextEdit.ExtraSelection]:
        """The suggestions drawn over the open article (the reader's overlay)."""
        article = self.workbench.state.article
        if not self.enabled or article is None or article.id != self.article_id:
            return []
        selections = []
        for index, suggestion in enumerate(self.suggestions):
            selection = QTextEdit.ExtraSelection()
            selection.cursor = self.reader.span_cursor(suggestion.start, suggestion.end)
            selection.format = suggestion_format(palette, suggestion.kind, current=index == self.offered.current)
            selections.append(selection)
        return selections

    def suggestion_at(self, position: int) -> int | None:
        if self.workbench.state.id != self.article_id or self.article_id is None:
            return None
        return self.offered.index_at(position)

    def tooltip(self, position: int) -> str:
        """The suggestion at a position, for the reader's tooltip."""
        index = self.suggestion_at(position)
        if index is None:
            return ""
        s = self.suggestions[index]
        return "\n".join([
            self.tr("Suggested %1: %2").replace("%1", kind_label(s.kind)).replace("%2", s.text),
            self.tr("Score %1 · source: %2").replace("%1", score_text(s.score)).replace("%2", source_label(s.source)),
            self.tr("A accepts, X rejects, ] and [ move between suggestions"),
        ])

    def _clicked(self, position: int) -> None:
        index = self.suggestion_at(position)
        if index is not None:
            self.go_to(index, scroll=False)

    # --- moving -----------------------------------------------------------------------
    def go_to(self, index: int, *, scroll: bool = True) -> None:
        suggestion = self.offered.choose(index)
        if suggestion is None:
            return
        self._paint()
        if scroll:
            self.reader.go_to(suggestion.start)

    def step(self, delta: int) -> None:
        """Move to the next (+1) or previous (-1) suggestion, wrapping around."""
        if not self.suggestions:
            self.message.emit(self.tr("No suggestions in this article."))
            return
        current = self.offered.current
        index = (delta - 1 if delta > 0 else delta) if current is None else current + delta
        self.go_to(index % len(self.suggestions))

    def current_suggestion(self) -> Suggestion | None:
        return self.offered.current_item()

    # --- deciding ---------------------------------------------------------------------
    def _decide(self, action: Callable[[Suggestion], object]) -> tuple[Suggestion, object] | None:
        suggestion = self.current_suggestion()
        if suggestion is None or self.article_id != self.workbench.article_id:
            self.message.emit(self.tr("No suggestion is selected; press ] to go to the next one."))
            return None
        return suggestion, self.workbench.apply(lambda: action(suggestion))

    def accept_current(self) -> None:
        """Accept the current suggestion as a tag and move to the next one."""
        decided = self._decide(lambda s: self.workbench.tags.accept(self.article_id, [s], self.workbench.editor()))
        if decided is not None and decided[1] is not FAILED:
            s = decided[0]
            self._drop([s], s.start)
            self.message.emit(self.tr("Accepted “%1” as %2").replace("%1", s.text).replace("%2", kind_label(s.kind)))

    def reject_current(self) -> None:
        """Never suggest this span again, and move to the next suggestion."""
        decided = self._decide(self._reject)
        if decided is not None and decided[1] is not FAILED:
            s = decided[0]
            self._drop([s], s.start)
            self.message.emit(self.tr("Rejected “%1”").replace("%1", s.text))

    def _reject(self, suggestion: Suggestion) -> object:
        if not self.workbench.state.blind:
            return self.service.reject(self.article_id, suggestion, user=self._user())
        if self._dismissed[0] != self.article_id:  # blind: only this window forgets it
            self._dismissed = (self.article_id, set())
        self._dismissed[1].add((suggestion.start, suggestion.end, str(suggestion.kind)))
        return None

    def accept_above(self) -> None:
        """Accept every suggestion of the article scoring at least the panel's threshold."""
        threshold = round(self.panel.threshold.value(), 2)
        chosen = [s for s in self.suggestions if round(s.score, 2) >= threshold]
        if not chosen or self.article_id != self.workbench.article_id:
            self.message.emit(self.tr("No suggestion scores %1 or more.").replace("%1", score_text(threshold)))
            return
        change = self.workbench.apply(lambda: self.workbench.tags.accept(self.article_id, chosen, self.workbench.editor()))
        if change is not FAILED:
            self._drop(chosen, self.offered.anchor)
            self.message.emit(self.tr("Accepted %1 suggestions scoring %2 or more.")
                              .replace("%1", str(len(change.added))).replace("%2", score_text(threshold)))

    def accept_everywhere(self) -> None:
        """Tag the current suggestion's name wherever it occurs in the library (one undo step)."""
        if self.workbench.tags is not None and not self.workbench.tags.shared:
            self.message.emit(self.tr("While you tag blind, names are tagged in this article only: accept with A."))
            return
        decided = self._decide(lambda s: tagging.tag_name_everywhere(
            self.service.db, name=s.text, kind=s.kind, origin=Origin.SUGGESTED, **self.workbench.who()))
        if decided is not None and decided[1] is not FAILED:
            s, change = decided
            self._drop([x for x in self.suggestions if x.text == s.text], s.start)
            self.message.emit(self.tr("Tagged “%1” %2 times in %3 articles.").replace("%1", s.text)
                              .replace("%2", str(len(change.added))).replace("%3", str(len(change.article_ids))))

    def _drop(self, decided: list[Suggestion], anchor: int | None) -> None:
        """Take decided suggestions off the list at once (the refresh follows) and go on to the next."""
        self.offered.drop(decided, anchor)
        if self.offered.current is not None:
            self.go_to(self.offered.current)
        else:
            self._paint()

    # --- learning ---------------------------------------------------------------------
    def train_if_needed(self) -> None:
        """Ask on the lane whether enough new tags arrived (a count over every mention), then retrain."""
        if self._training is not None or not self.enabled:
            return
        service = self.service
        self.lane.run(lambda _progress, _cancelled: service.needs_training(),
                      lambda needed, error: self.train() if needed and error is None else None)

    def train(self) -> None:
        """Retrain the engine on the library's tags in the background (cancelled on quit)."""
        if self._training is not None or not self.enabled:
            return
        service = self.service
        self.training_indicator.show()
        second_opinion = self._second_opinion()
        self._training = self._trainer.run(
            lambda _progress, cancelled: service.train(cancel=cancelled, second_opinion=second_opinion, apart=True),
            self._trained)

    def stop_training(self) -> None:
        if self._training is not None:
            self._training.cancel()

    def _trained(self, report, error) -> None:
        """The training process ended: the lane takes its model up, between two suggestion runs."""
        if self._closed:
            return
        if error is None and not getattr(report, "cancelled", False):
            service = self.service
            self.lane.run(lambda _progress, _cancelled: service.reload_model(),
                          lambda _result, reload_error: self._model_taken_up(report, reload_error))
            return
        self._training_ended()
        if error is not None:
            self._learning_failed(error)
        else:
            self.message.emit(self.tr("Learning from the tags was stopped."))

    def _model_taken_up(self, report, error) -> None:
        if self._closed:
            return
        self._training_ended()
        if error is not None:
            self._learning_failed(error)
            return
        self.message.emit(self.tr("Suggestions learned from %1 tagged articles.")
                          .replace("%1", str(getattr(report, "sentences", 0))))
        self.trained.emit(report)
        if self.enabled:
            self.request(self.workbench.article_id, keep=True)

    def _learning_failed(self, error: BaseException) -> None:
        self.message.emit(self.tr("Could not learn from the tags: %1").replace("%1", error_text(error)))

    def _training_ended(self) -> None:
        self._training = None
        self.training_indicator.hide()
