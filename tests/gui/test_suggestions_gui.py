"""Entity suggestions in the workbench: shown in the background, decided by key, learned from the tags."""

import threading
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat

from curator.core.settings import Settings
from curator.gui.suggestion_style import DARK_COLORS, LIGHT_COLORS, SUGGESTION_PROPERTY
from curator.gui.theme import palette_for
from curator.core.types import Kind
from curator.nlp.crf import TrainReport
from curator.nlp.engine import SuggestionEngine
from curator.nlp.suggestion import Suggestion
from curator.services import suggestions as suggestions_module
from curator.services import tagging
from curator.services.suggestions import SuggestionService, model_path_for

pytestmark = pytest.mark.gui

TEXT = "新华社北京电 国务院总理李强在北京大学会见了中国人民银行行长潘功胜。"
OTHER = "清华大学教授王小明说，山西银行阳泉分行今年开业。北京大学也派人参加。"
WAIT = 15_000  # generous ceiling for the first suggestion run (jieba loads); never a timing assertion


# Fixed names and scores, so these tests check the workbench and not the engine's current rules.
SCRIPTED = {"新华社": (Kind.INSTITUTION, 0.95), "国务院": (Kind.INSTITUTION, 0.9), "李强": (Kind.FIGURE, 0.8),
            "北京大学": (Kind.INSTITUTION, 0.75), "中国人民银行": (Kind.INSTITUTION, 0.75),
            "潘功胜": (Kind.FIGURE, 0.9), "清华大学": (Kind.INSTITUTION, 0.75), "王小明": (Kind.FIGURE, 0.9)}


class ScriptedEngine(SuggestionEngine):
    """Suggests the SCRIPTED names wherever they occur; learns for real."""

    def suggest(self, text, *, lexicon=(), rejected_spans=frozenset(), blocked_names=frozenset()):
        found = []
        for name, (kind, score) in SCRIPTED.items():
            start = text.find(name)
            while start >= 0:
                span = (start, start + len(name), kind)
                if span not in rejected_spans and (name, kind) not in blocked_names:
                    found.append(Suggestion(start, start + len(name), name, kind, score, "rule"))
                start = text.find(name, start + 1)
        return sorted(found, key=lambda s: s.start)


@pytest.fixture
def service(db):
    return SuggestionService(db, ScriptedEngine(model_path=model_path_for(db)))  # where training apart writes it


@pytest.fixture
def open_with_suggestions(make_window, service, qtbot):
    """A window with suggestions on; returns (window, open) where open(id) waits for its suggestions."""

    def make(settings: Settings | None = None):
        window = make_window(settings, suggestions=service)

        def open_article(article_id: int) -> None:
            window.workbench.open_article(article_id)
            qtbot.waitUntil(lambda: window.suggester.article_id == article_id, timeout=WAIT)
            window.reader.text.setFocus()

        return window, open_article

    return make


def texts(window) -> list[str]:
    return [s.text for s in window.suggester.suggestions]


def current_text(window) -> str | None:
    suggestion = window.suggester.current_suggestion()
    return suggestion.text if suggestion else None


def mentions(window, article_id=None):
    return tagging.article_mentions(window.db, article_id or window.workbench.article_id)


def dashed(window) -> list[str]:
    """The texts the reader highlights as suggestions."""
    return [s.cursor.selectedText() for s in window.reader.text.extraSelections()
            if s.format.boolProperty(SUGGESTION_PROPERTY)]


def test_suggestions_are_shown_after_opening_an_article(open_with_suggestions, add_article):
    aid = add_article(TEXT)
    window, open_article = open_with_suggestions()
    open_article(aid)
    assert texts(window) == ["新华社", "国务院", "李强", "北京大学", "中国人民银行", "潘功胜"]
    assert dashed(window) == texts(window)
    rows = window.suggester.panel.rows()
    assert rows[2] == ("李强", "Figure", "0.80", "Rule")
    assert window.suggester.panel.title.text() == "Suggestions (6)"


def test_suggestions_are_drawn_unlike_tags_in_both_themes(open_with_suggestions, add_article):
    aid = add_article(TEXT)
    window, open_article = open_with_suggestions()
    tagging.tag_mention(window.db, article_id=aid, start=15, end=19, kind="institution", user="ann")
    open_article(aid)
    for theme, colors in (("light", LIGHT_COLORS), ("dark", DARK_COLORS)):
        window.set_theme(theme)
        selections = window.reader.text.extraSelections()  # keeps the formats alive
        by_text = {s.cursor.selectedText(): s.format for s in selections}
        tag, suggestion = by_text["北京大学"], by_text["中国人民银行"]
        assert tag.background().style() != Qt.BrushStyle.NoBrush
        assert tag.underlineStyle() != QTextCharFormat.UnderlineStyle.DashUnderline
        assert suggestion.background().style() == Qt.BrushStyle.NoBrush  # an underline, never a fill
        assert suggestion.underlineStyle() == QTextCharFormat.UnderlineStyle.DashUnderline
        assert suggestion.underlineColor().name() == colors["institution"]
        assert by_text["李强"].underlineColor().name() == colors["figure"]
        current = by_text["新华社"]  # where A and X act: a wavy underline over a neutral band
        assert current.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline
        assert current.background().color().name() not in {bg for bg, _ in palette_for(theme).highlight.values()}
        assert suggestion.foreground().color().name() == colors["institution"]
    assert "北京大学" not in texts(window)  # a tagged span is not suggested again


def test_hovering_a_suggestion_tells_kind_score_and_source(open_with_suggestions, add_article):
    aid = add_article(TEXT)
    window, open_article = open_with_suggestions()
    open_article(aid)
    tip = window.reader.text.tooltip_for(TEXT.index("李强") + 1)
    assert "Figure" in tip and "李强" in tip and "0.80" in tip and "Rule" in tip
    assert window.reader.text.tooltip_for(TEXT.index("会见")) == ""


def test_key_a_accepts_the_current_suggestion_and_moves_to_the_next(open_with_suggestions, add_article, qtbot):
    aid = add_article(TEXT)
    window, open_article = open_with_suggestions()
    open_article(aid)
    assert current_text(window) == "新华社"
    qtbot.keyClick(window.reader.text, Qt.Key.Key_A)
    (mention,) = mentions(window)
    assert (mention.surface, mention.kind, mention.origin, mention.annotator) == ("新华社", "institution",
                                                                                 "suggested", "ann")
    assert current_text(window) == "国务院"
    assert "新华社" not in texts(window) and "新华社" not in dashed(window)
    assert window.panel.entry_count("institution") == {"新华社": 1}  # the tag panel refreshed too
    qtbot.waitUntil(lambda: window.suggester._request is None, timeout=WAIT)  # the background refresh
    assert current_text(window) == "国务院"


def test_brackets_move_between_suggestions_and_wrap(open_with_suggestions, add_article, qtbot):
    aid = add_article(TEXT)
    window, open_article = open_with_suggestions()
    open_article(aid)
    qtbot.keyClick(window.reader.text, Qt.Key.Key_BracketRight)
    assert current_text(window) == "国务院"
    qtbot.keyClick(window.reader.text, Qt.Key.Key_BracketLeft)
    qtbot.keyClick(window.reader.text, Qt.Key.Key_BracketLeft)
    assert current_text(window) == "潘功胜"
    assert window.suggester.panel.current_index() == 5


def test_key_x_rejects_and_the_suggestion_does_not_come_back(open_with_suggestions, add_article, qtbot):
    aid, other = add_article(TEXT), add_article(OTHER, title="另一篇")
    window, open_article = open_with_suggestions()
    open_article(aid)
    qtbot.keyClick(window.reader.text, Qt.Key.Key_BracketRight)
    qtbot.keyClick(window.reader.text, Qt.Key.Key_X)
    assert "国务院" not in texts(window) and current_text(window) == "李强"
    assert mentions(window) == []
    open_article(other)
    open_article(aid)  # computed afresh after the rejection
    assert "国务院" not in texts(window) and "新华社" in texts(window)


def test_accept_all_above_the_score(open_with_suggestions, add_article):
    aid = add_article(TEXT)
    window, open_article = open_with_suggestions()
    open_article(aid)
    window.suggester.panel.threshold.setValue(0.8)
    window.commands.accept_suggestions_above.trigger()
    assert sorted(m.surface for m in mentions(window)) == sorted(["新华社", "国务院", "李强", "潘功胜"])
    assert {m.origin for m in mentions(window)} == {"suggested"}
    assert texts(window) == ["北京大学", "中国人民银行"]  # scored 0.75


def test_accept_everywhere_tags_the_name_in_other_articles_as_one_undo_step(open_with_suggestions, add_article,
                                                                               qtbot):
    aid, other = add_article(TEXT), add_article(OTHER, title="另一篇")
    window, open_article = open_with_suggestions()
    open_article(aid)
    window.suggester.go_to(texts(window).index("北京大学"))
    qtbot.keyClick(window.reader.text, Qt.Key.Key_E, Qt.KeyboardModifier.ShiftModifier)
    assert [m.surface for m in mentions(window, other)] == ["北京大学"]
    assert [m.surface for m in mentions(window, aid)] == ["北京大学"]
    qtbot.keyClick(window.reader.text, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert mentions(window, other) == [] and mentions(window, aid) == []


def test_undo_of_an_accept_brings_the_suggestion_back(open_with_suggestions, add_article, qtbot):
    aid = add_article(TEXT)
    window, open_article = open_with_suggestions()
    open_article(aid)
    qtbot.keyClick(window.reader.text, Qt.Key.Key_A)
    assert [m.surface for m in mentions(window)] == ["新华社"]
    qtbot.keyClick(window.reader.text, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert mentions(window) == []
    qtbot.waitUntil(lambda: "新华社" in texts(window), timeout=WAIT)
    assert "新华社" in dashed(window)


def test_a_late_result_for_an_article_no_longer_open_is_dropped(open_with_suggestions, add_article, service,
                                                                 monkeypatch, qtbot):
    first, second = add_article(TEXT), add_article(OTHER, title="另一篇")
    window, open_article = open_with_suggestions()
    qtbot.waitUntil(lambda: not window.suggester.lane.busy, timeout=WAIT)  # warmed up
    entered, release = threading.Event(), threading.Event()
    original = service.suggest

    def slow(article_id):
        if article_id == first:
            entered.set()
            release.wait(WAIT / 1000)
        return original(article_id)

    monkeypatch.setattr(service, "suggest", slow)
    shown = []
    window.suggester.shown.connect(shown.append)
    window.workbench.open_article(first)
    qtbot.waitUntil(entered.is_set, timeout=WAIT)  # its suggestions are being computed
    window.workbench.open_article(second)
    release.set()
    qtbot.waitUntil(lambda: shown == [second], timeout=WAIT)
    qtbot.waitUntil(lambda: not window.suggester.lane.busy, timeout=WAIT)
    assert shown == [second]
    assert "新华社" not in texts(window) and "王小明" in texts(window)
    assert all(text in OTHER for text in dashed(window))


def test_suggestions_are_hidden_when_the_setting_is_off(open_with_suggestions, add_article, qtbot):
    aid = add_article(TEXT)
    window, open_article = open_with_suggestions()
    open_article(aid)
    window.apply_settings(replace(window.settings, suggestions_enabled=False))
    assert dashed(window) == [] and window.suggester.panel.isHidden()
    assert not window.commands.accept_suggestion.isEnabled()
    qtbot.keyClick(window.reader.text, Qt.Key.Key_A)
    assert mentions(window) == []
    window.commands.show_suggestions.trigger()  # the View menu turns them back on
    assert window.settings.suggestions_enabled
    qtbot.waitUntil(lambda: dashed(window) != [], timeout=WAIT)
    assert not window.suggester.panel.isHidden()


def test_no_suggestion_work_starts_when_the_setting_is_off(make_window, service, add_article, monkeypatch, qtbot):
    calls = []
    monkeypatch.setattr(service, "suggest", lambda article_id: calls.append(article_id) or [])
    aid = add_article(TEXT)
    window = make_window(Settings(user="ann", language="en", suggestions_enabled=False), suggestions=service)
    window.workbench.open_article(aid)
    qtbot.waitUntil(lambda: not window.suggester.lane.busy, timeout=WAIT)
    assert calls == [] and window.suggester.panel.isHidden() and dashed(window) == []


def test_retraining_runs_in_the_background_after_enough_new_tags(open_with_suggestions, add_article, service,
                                                                  monkeypatch, qtbot):
    monkeypatch.setattr(suggestions_module, "RETRAIN_AFTER_NEW_MENTIONS", 3)
    aid = add_article(TEXT)
    window, open_article = open_with_suggestions()
    open_article(aid)
    assert not service.needs_training()
    window.suggester.panel.threshold.setValue(0.8)
    with qtbot.waitSignal(window.suggester.trained, timeout=60_000) as trained:
        window.commands.accept_suggestions_above.trigger()  # four new tags
        assert not service.engine.is_trained  # the accept returned at once; learning waits for the lane
    assert not trained.args[0].cancelled and trained.args[0].mentions == 4
    assert not service.needs_training() and service.engine.is_trained
    assert "learned" in window.statusBar().currentMessage()
    assert window.suggester.training_indicator.isHidden()
    qtbot.waitUntil(lambda: window.suggester._request is None, timeout=WAIT)  # refreshed with the new model
    assert window.suggester.article_id == aid


def test_chinese_ui_names_the_suggestions_in_chinese(open_with_suggestions, add_article):
    aid = add_article(TEXT)
    window, open_article = open_with_suggestions(Settings(user="ann", language="zh_CN"))
    open_article(aid)
    assert window.suggester.panel.title.text() == "建议（6）"
    assert window.suggester.panel.rows()[2] == ("李强", "人物", "0.80", "规则")
    assert window.commands.accept_suggestion.text() == "接受建议(&A)"


def test_stop_button_cancels_retraining(open_with_suggestions, add_article, service, monkeypatch, qtbot):
    aid = add_article(TEXT)
    window, open_article = open_with_suggestions()
    open_article(aid)
    started, release = threading.Event(), threading.Event()

    def slow_train(*, cancel, second_opinion, apart=False):
        started.set()
        release.wait(WAIT / 1000)
        return TrainReport(sentences=0, characters=0, mentions=0, seconds=0.0, iterations=0, cancelled=cancel())

    monkeypatch.setattr(service, "train", slow_train)
    window.commands.retrain_suggestions.trigger()
    qtbot.waitUntil(started.is_set, timeout=WAIT)
    assert not window.suggester.training_indicator.isHidden()
    qtbot.mouseClick(window.suggester.training_indicator.stop, Qt.MouseButton.LeftButton)
    release.set()
    qtbot.waitUntil(lambda: window.suggester._training is None, timeout=WAIT)
    assert window.statusBar().currentMessage() == "Learning from the tags was stopped."
    assert window.suggester.training_indicator.isHidden()


def test_suggestions_keep_coming_while_the_model_trains(open_with_suggestions, add_article, service, monkeypatch, qtbot):
    """Training ran on the suggestion lane: the next article's suggestions waited the minute it took."""
    first, second = add_article(TEXT), add_article(OTHER)
    window, open_article = open_with_suggestions()
    open_article(first)
    started, release = threading.Event(), threading.Event()

    def slow_train(*, cancel, second_opinion, apart=False):
        started.set()
        release.wait(60)
        return TrainReport(sentences=1, characters=0, mentions=0, seconds=0.0, iterations=0)

    monkeypatch.setattr(service, "train", slow_train)
    window.commands.retrain_suggestions.trigger()
    qtbot.waitUntil(started.is_set, timeout=WAIT)
    try:
        open_article(second)
        assert "王小明" in texts(window) and not window.suggester.training_indicator.isHidden()
    finally:
        release.set()
    qtbot.waitUntil(lambda: window.suggester._training is None, timeout=WAIT)
    assert window.statusBar().currentMessage() == "Suggestions learned from 1 tagged articles."


def test_the_next_suggestion_is_brought_to_the_middle_of_the_reader(open_with_suggestions, add_article, qtbot):
    """It sat on the bottom edge, the words after it out of sight (issue 12)."""
    aid = add_article("前文。" * 400 + TEXT + "后文。" * 400)
    window, open_article = open_with_suggestions()
    open_article(aid)
    window.suggester.go_to(texts(window).index("李强"))
    line = window.reader.text.cursorRect()
    middle = window.reader.text.viewport().height() / 2
    assert abs(line.center().y() - middle) <= line.height()


def test_the_second_opinion_setting_reaches_the_next_training(open_with_suggestions, add_article, service,
                                                               saved_settings, monkeypatch, qtbot):
    """Ticked in Settings, LAC's second opinion is used from the next retraining on (and not before)."""
    from curator.gui.settings_dialog import SettingsDialog

    aid = add_article(TEXT)
    window, open_article = open_with_suggestions()
    open_article(aid)
    modes = []

    def train(*, cancel, second_opinion, apart=False):
        modes.append(second_opinion)
        return TrainReport(sentences=0, characters=0, mentions=0, seconds=0.0, iterations=0)

    monkeypatch.setattr(service, "train", train)
    dialog = SettingsDialog(window.settings, window)
    assert not dialog.second_opinion.isChecked()  # off by default: suggestions keep their speed
    assert "next time" in dialog.second_opinion.toolTip()
    window.commands.retrain_suggestions.trigger()
    qtbot.waitUntil(lambda: modes == [False], timeout=WAIT)
    qtbot.waitUntil(lambda: window.suggester._training is None, timeout=WAIT)
    dialog.second_opinion.setChecked(True)
    window.apply_settings(dialog.values())
    assert saved_settings[-1].second_opinion is True
    assert SettingsDialog(window.settings, window).second_opinion.isChecked()
    window.commands.retrain_suggestions.trigger()
    qtbot.waitUntil(lambda: modes == [False, True], timeout=WAIT)
