"""Tagging blind in the window (issue 15): an assigned editor tags their own layer, nobody else's
blind tags show, the reviewer assigns from a dialog, and the agreement view settles."""

import pytest
from PySide6.QtCore import Qt

from curator.core.settings import Settings
from curator.core.types import Kind
from curator.gui.agreement.agreement_view import figure
from curator.gui.history_panel import history_rows
from curator.gui.tag_panel import group_mentions
from curator.services import agreement, blind_tagging, changes, history, library, tagging
from curator.services.changes import Change
from curator.services.suggestions import SuggestionService, model_path_for
from tests.gui.test_suggestions_gui import WAIT, ScriptedEngine

pytestmark = pytest.mark.gui

TEXT = "中国工商银行长治分行行长王小明表示，工商银行将支持小微企业。记者李华报道。"
BANK, BRANCH, WANG, LI = (0, 6), (0, 10), (12, 15), (32, 34)


def assign(db, aid, *editors):
    blind_tagging.assign(db, article_ids=[aid], annotators=list(editors), user="rex", role="reviewer")


def layer(db, aid, user):
    return [(m.start, m.end, m.kind) for m in blind_tagging.article_mentions(db, article_id=aid, user=user)]


def shown(window):
    return [(m.start, m.end, m.kind) for m in window.open_article.mentions]


@pytest.fixture
def service(db):
    return SuggestionService(db, ScriptedEngine(model_path=model_path_for(db)))  # where training apart writes it


@pytest.fixture
def assigned(db, add_article):
    aid = add_article(TEXT, title="工行长治分行")
    assign(db, aid, "ann", "bob")
    return aid


def open_article(window, aid):
    window.workbench.open_article(aid)
    window.reader.text.setFocus()


def tag_key(window, qtbot, span, key=Qt.Key.Key_1):
    window.reader.select_span(*span)
    qtbot.keyClick(window.reader.text, key)


def test_an_assigned_editor_tags_their_own_layer_and_the_article_stays_untagged(window, assigned, qtbot):
    open_article(window, assigned)
    assert window.agreement.banner.isVisible()
    assert "only you see your tags" in window.agreement.banner.label.text()
    tag_key(window, qtbot, BRANCH)
    tag_key(window, qtbot, WANG, Qt.Key.Key_2)
    assert layer(window.db, assigned, "ann") == [(0, 10, "institution"), (12, 15, "figure")]
    assert shown(window) == layer(window.db, assigned, "ann")
    assert tagging.article_mentions(window.db, assigned) == []
    (figure_entry,) = window.panel.groups[Kind.FIGURE]
    window.panel.select_mention(figure_entry.mention_ids[0])
    assert not any(action.isEnabled() for action in window.entities.panel_actions.all())  # no entity yet
    window.workbench.change_kind(figure_entry.mention_ids, Kind.INSTITUTION)
    assert layer(window.db, assigned, "ann")[1] == (12, 15, "institution")
    window.workbench.remove(figure_entry.mention_ids)
    assert shown(window) == [(0, 10, "institution")] == layer(window.db, assigned, "ann")


def test_undo_and_redo_in_the_window_step_through_the_layer(window, assigned, qtbot):
    open_article(window, assigned)
    tag_key(window, qtbot, BRANCH)
    window.commands.undo.trigger()
    assert shown(window) == [] == layer(window.db, assigned, "ann")
    window.commands.redo.trigger()
    assert shown(window) == [(0, 10, "institution")] == layer(window.db, assigned, "ann")


def test_label_all_and_mark_done_go_to_the_layer(window, db, add_article):
    aid = add_article("工商银行说，工商银行会支持。", title="两次")
    assign(db, aid, "ann", "bob")
    open_article(window, aid)
    window.reader.select_span(0, 4)
    window.commands.tag_institution_exact.trigger()
    window.commands.label_all.trigger()
    assert layer(db, aid, "ann") == [(0, 4, "institution"), (6, 10, "institution")] == shown(window)
    window.commands.mark_done.trigger()
    assert "marked your tags done" in window.agreement.banner.label.text()
    assert tagging.article_mentions(db, aid) == []
    blind_tagging.mark_done(db, article_id=aid, user="bob")
    assert library.get_article(db, aid).status == "done"


def test_another_editors_blind_tags_never_show(window, assigned, qtbot, db):
    blind_tagging.tag_mention(db, article_id=assigned, start=LI[0], end=LI[1], kind=Kind.FIGURE, user="bob")
    open_article(window, assigned)
    assert shown(window) == []
    tag_key(window, qtbot, BRANCH)
    # Bob tags while ann reads: her window's look at others' work tells it, and nothing of his shows.
    bobs = blind_tagging.tag_mention(db, article_id=assigned, start=WANG[0], end=WANG[1], kind=Kind.FIGURE, user="bob")
    with qtbot.waitSignal(window.watch.changed, timeout=5000):
        window.watch.look()
    assert shown(window) == [(0, 10, "institution")]
    # A change of bob's layer handed over as his (ids that may be ann's too) leaves her tags alone.
    window.refresher.apply(Change(action="tag", article_ids={assigned}, added=bobs.added,
                                  removed=[m.id for m in window.open_article.mentions], layer="bob"))
    assert shown(window) == [(0, 10, "institution")]
    rows = history_rows(history.article_history(db, assigned, viewer="ann"))
    assert [r.details for r in rows if r.user == "bob" and r.details] == []
    assert any("中国工商银行长治分行" in r.details for r in rows if r.user == "ann")


def test_someone_not_given_the_article_sees_its_own_tags(make_window, assigned, monkeypatch):
    window = make_window(Settings(user="cat", language="en"))
    blind_tagging.tag_mention(window.db, article_id=assigned, start=0, end=6, kind=Kind.INSTITUTION, user="ann")
    open_article(window, assigned)
    assert shown(window) == []
    assert "Tagged blind" in window.agreement.banner.label.text()


def test_suggestions_are_accepted_into_the_layer(make_window, assigned, service, qtbot):
    window = make_window(suggestions=service)
    with qtbot.waitSignal(window.suggester.shown, timeout=WAIT):
        open_article(window, assigned)
    names = [s.text for s in window.suggester.suggestions]
    assert "王小明" in names
    window.suggester.go_to(names.index("王小明"))
    with qtbot.waitSignal(window.suggester.shown, timeout=WAIT):
        window.commands.accept_suggestion.trigger()
    assert layer(window.db, assigned, "ann") == [(12, 15, "figure")] == shown(window)
    assert "王小明" not in [s.text for s in window.suggester.suggestions]
    window.commands.accept_suggestions_above.trigger()
    assert tagging.article_mentions(window.db, assigned) == []


def test_blind_tags_of_different_names_are_entries_of_their_own():
    from curator.services.tagging import MentionView

    def tag(i, start, end, surface):
        return MentionView(id=i, article_id=1, entity_id=0, kind="institution", entity=surface, start=start, end=end,
                           surface=surface, origin="manual", score=None, status="pending", annotator="ann",
                           annotated_at=None, reviewer=None, reviewed_at=None, comment=None)

    groups = group_mentions([tag(1, 0, 4, "工商银行"), tag(2, 6, 10, "工商银行"), tag(3, 12, 14, "国务")])
    assert [(e.name, e.mention_ids) for e in groups["institution"]] == [("工商银行", [1, 2]), ("国务", [3])]


@pytest.fixture
def reviewer(make_window):
    return make_window(Settings(user="rex", role="reviewer", language="en"))


def test_the_reviewer_assigns_the_selected_articles_from_the_dialog(reviewer, db, add_article):
    first, second = add_article(TEXT, title="甲"), add_article(TEXT, title="乙")
    reviewer.model.reload()
    reviewer.article_list.table.selectAll()
    assert sorted(reviewer.article_list.selected_ids()) == [first, second]
    asked = []

    def pick(dialog):
        asked.append(dialog)
        dialog.tick("ann")
        assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()  # two or more
        dialog.tick("bob")
        return dialog.editors()

    reviewer.agreement.ask_editors = pick
    reviewer.agreement.actions.assign_articles.trigger()
    assert asked and blind_tagging.layer_open(db, article_id=first, user="bob")
    assert blind_tagging.layer_open(db, article_id=second, user="ann")
    assert "given to ann" in reviewer.statusBar().currentMessage()
    # The names are remembered for the next time.
    reviewer.agreement.ask_editors = lambda dialog: asked.append(dialog) or None
    reviewer.agreement.assign([first])
    assert [asked[-1].names.item(i).text() for i in range(asked[-1].names.count())] == ["ann", "bob"]


def test_an_editor_is_told_in_one_line_that_assigning_is_a_reviewers(window, db, add_article):
    aid = add_article(TEXT)
    window.agreement.ask_editors = lambda dialog: ["ann", "bob"]
    assert not window.agreement.actions.assign_articles.isEnabled()
    assert not window.agreement.assign([aid])
    assert window.statusBar().currentMessage() == "only a reviewer may assign articles to be tagged blind"


def test_the_agreement_view_shows_the_figures_and_settles_a_disagreement(reviewer, db, assigned, qtbot):
    for user, span, kind in (("ann", BRANCH, Kind.INSTITUTION), ("ann", WANG, Kind.FIGURE),
                             ("bob", BANK, Kind.INSTITUTION), ("bob", WANG, Kind.FIGURE), ("bob", LI, Kind.FIGURE)):
        blind_tagging.tag_mention(db, article_id=assigned, start=span[0], end=span[1], kind=kind, user=user)
    for user in ("ann", "bob"):
        blind_tagging.mark_done(db, article_id=assigned, user=user)
    reviewer.model.reload()
    view = reviewer.agreement.view
    with qtbot.waitSignal(view.articles.currentRowChanged, timeout=5000):
        reviewer.agreement.actions.show_agreement.trigger()
    rows = {view.pairs.item(r, 1).text(): [view.pairs.item(r, c).text() for c in range(7)]
            for r in range(view.pairs.rowCount())}
    assert rows["Institution"][:6] == ["ann · bob", "Institution", "1", "1 / 1", "0", "0.00"]
    assert rows["Figure"][3:6] == ["1 / 2", "1", "0.67"]
    assert rows["All kinds"][5] == figure(2 * 1 / 5)
    kappas = {row.kind: figure(row.kappa) for row in agreement.report(db).pairs}
    assert [rows[name][6] for name in ("Institution", "Figure", "All kinds")] == \
        [kappas["institution"], kappas["figure"], kappas["all"]] != ["—"] * 3
    assert reviewer.workbench.article_id == assigned  # choosing the article opened it
    table = view.disagreements
    assert table.rowCount() == 2
    assert [table.item(0, c).text() for c in (1, 2, 3)] == ["中国工商银行长治分行", "Institution 中国工商银行长治分行",
                                                            "Institution 中国工商银行"]
    assert table.item(1, 2).text() == "no tag"
    table.setCurrentCell(1, 1)
    assert reviewer.reader.selection_span() == LI  # the disagreement shown in the reader
    assert not view.settle_button.isEnabled()
    view.keep_box(0).setCurrentIndex(view.keep_box(0).findData("bob"))
    view.keep_box(1).setCurrentIndex(view.keep_box(1).findData(None))
    view.settle_button.click()
    expected = [(0, 6, "institution"), (12, 15, "figure")]
    assert [(m.start, m.end, m.kind) for m in tagging.article_mentions(db, assigned)] == expected
    assert shown(reviewer) == expected  # the reader shows the settled tags
    assert not reviewer.agreement.banner.label.text().startswith("<b>Tagged blind</b>")
    qtbot.waitUntil(lambda: view.articles.count() == 0, timeout=5000)


def test_a_stale_settle_is_refused_and_said(reviewer, db, assigned):
    for user in ("ann", "bob"):
        blind_tagging.tag_mention(db, article_id=assigned, start=0, end=6, kind=Kind.INSTITUTION, user=user)
        blind_tagging.mark_done(db, article_id=assigned, user=user)
    reviewer.workbench.open_article(assigned)
    tagging.tag_mention(db, article_id=assigned, start=12, end=15, kind=Kind.FIGURE, user="cat")  # moves the version
    assert not reviewer.agreement.settle(assigned, {})
    assert "cat changed this article" in reviewer.statusBar().currentMessage()


def test_another_editor_finishing_leaves_the_selection_where_it_was(window, assigned, qtbot, db):
    """The open article is read again when its assignments move (another editor done), in the layer
    it now shows; the editor's selection stays, as for any other change of someone else's."""
    open_article(window, assigned)
    window.reader.select_span(*WANG)
    blind_tagging.mark_done(db, article_id=assigned, user="bob")
    with qtbot.waitSignal(window.watch.changed, timeout=5000):
        window.watch.look()
    assert "1 of 2 editors finished" in window.agreement.banner.label.text()
    assert window.reader.selection_span() == WANG


@pytest.fixture
def reviewer_tagging_blind(reviewer, db, assigned):
    """The reviewer given the article to tag blind too, with two tags in his layer, open in review mode."""
    assign(db, assigned, "rex")
    for span, kind in ((BRANCH, Kind.INSTITUTION), (WANG, Kind.FIGURE)):
        blind_tagging.tag_mention(db, article_id=assigned, start=span[0], end=span[1], kind=kind, user="rex")
    reviewer.review.open_article(assigned)
    assert reviewer.review.reviewer_mode and len(shown(reviewer)) == 2
    return reviewer


def test_the_review_panel_does_not_count_blind_tags_as_to_review(reviewer_tagging_blind):
    """Blind tags are the reviewer's own layer, not the article's tags awaiting a verdict."""
    lines = reviewer_tagging_blind.review.panel.banner_lines()
    assert not any("to review" in line for line in lines)
    assert any("Your blind tags: 2" in line for line in lines)
    assert reviewer_tagging_blind.review.controller.next_pending() is None  # no blind tag to step to
    assert "You tag this article blind" in reviewer_tagging_blind.statusBar().currentMessage()


def test_the_verdicts_on_tags_are_greyed_out_while_the_tags_shown_are_a_blind_layer(reviewer_tagging_blind, add_article):
    actions = reviewer_tagging_blind.review.actions
    verdicts = (actions.approve_mention, actions.reject_mention, actions.approve_remaining)
    assert not any(action.isEnabled() for action in verdicts)
    reviewer_tagging_blind.review.open_article(add_article(TEXT, title="未分派"))  # its own tags again
    assert all(action.isEnabled() for action in verdicts)


def test_rejecting_a_blind_tag_is_refused_before_any_comment_is_asked(reviewer_tagging_blind):
    asked = []
    controller = reviewer_tagging_blind.review.controller
    controller.ask_text = lambda title, label: asked.append(title) or ("", True)
    reviewer_tagging_blind.workbench.reader.show_mention(reviewer_tagging_blind.open_article.mentions[0].id)
    assert not controller.reject_mention()
    assert asked == []
    assert "You tag this article blind" in reviewer_tagging_blind.statusBar().currentMessage()
    assert layer(reviewer_tagging_blind.db, reviewer_tagging_blind.workbench.article_id, "rex")[0][2] == "institution"


def test_the_editors_own_layer_changed_elsewhere_shows_in_the_open_window(window, assigned, qtbot, db):
    """Ann tags her layer from the command line while her window shows it: the look tells it, and undo too."""
    open_article(window, assigned)
    tag_key(window, qtbot, BRANCH)
    with qtbot.waitSignal(window.watch.changed, timeout=5000):
        window.watch.look()  # the assignment made since the window opened, which opens the article again
    blind_tagging.tag_mention(db, article_id=assigned, start=WANG[0], end=WANG[1], kind=Kind.FIGURE, user="ann")
    with qtbot.waitSignal(window.watch.changed, timeout=5000):
        window.watch.look()
    assert shown(window) == [(0, 10, "institution"), (12, 15, "figure")] == layer(db, assigned, "ann")
    assert window.panel.entry_count(Kind.FIGURE) == {"王小明": 1}
    changes.undo(db, user="ann", article_id=assigned)
    with qtbot.waitSignal(window.watch.changed, timeout=5000):
        window.watch.look()
    assert shown(window) == [(0, 10, "institution")] == layer(db, assigned, "ann")


def test_an_editor_taken_off_the_article_elsewhere_leaves_their_layer(window, db, add_article, qtbot):
    """A reviewer's `curator unassign` while ann's window shows her layer: it shows the article's own tags."""
    aid = add_article(TEXT)
    assign(db, aid, "ann", "bob", "cat")
    blind_tagging.tag_mention(db, article_id=aid, start=BRANCH[0], end=BRANCH[1], kind=Kind.INSTITUTION, user="ann")
    open_article(window, aid)
    with qtbot.waitSignal(window.watch.changed, timeout=5000):
        window.watch.look()  # the assignments made since the window opened: told now, not with the unassign
    assert shown(window) == [(0, 10, "institution")] and window.workbench.tags.layer == "ann"
    blind_tagging.unassign(db, article_ids=[aid], annotators=["ann"], user="rex", role="reviewer")
    with qtbot.waitSignal(window.watch.changed, timeout=5000):
        window.watch.look()
    assert window.workbench.tags.layer is None and shown(window) == []
    assert window.agreement.banner.label.text().startswith("<b>Tagged blind</b> by bob, cat")


def test_the_reviewer_takes_an_article_back_from_an_editor_and_undo_gives_it_again(reviewer, db, add_article):
    aid = add_article(TEXT, title="甲")
    assign(db, aid, "ann", "bob", "cat")
    blind_tagging.tag_mention(db, article_id=aid, start=0, end=6, kind=Kind.INSTITUTION, user="cat")
    reviewer.model.reload()
    reviewer.article_list.table.selectAll()
    listed = []

    def pick(dialog):
        listed.append([dialog.names.item(i).text() for i in range(dialog.names.count())])
        assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()  # one or more
        dialog.tick("cat")
        return dialog.editors()

    reviewer.agreement.ask_editors = pick
    assert reviewer.agreement.actions.unassign_articles.isEnabled()
    reviewer.agreement.actions.unassign_articles.trigger()
    assert listed == [["ann", "bob", "cat"]]  # the editors the article is given to, none ticked
    assert [a.annotator for a in blind_tagging.article_assignments(db, aid)] == ["ann", "bob"]
    assert layer(db, aid, "cat") == []
    assert "taken back from cat" in reviewer.statusBar().currentMessage()
    reviewer.workbench.open_article(aid)
    reviewer.commands.undo.trigger()
    assert blind_tagging.layer_open(db, article_id=aid, user="cat") and layer(db, aid, "cat") == [(0, 6, "institution")]


def test_taking_back_says_why_not_in_one_line(reviewer, window, db, add_article):
    aid = add_article(TEXT)
    reviewer.agreement.ask_editors = lambda dialog: pytest.fail("nothing to ask")
    assert not reviewer.agreement.unassign([aid])
    assert reviewer.statusBar().currentMessage() == "None of the selected articles is given to editors to tag blind."
    assign(db, aid, "ann", "bob")
    reviewer.agreement.ask_editors = lambda dialog: ["bob"]
    assert not reviewer.agreement.unassign([aid])  # it would leave ann alone
    assert "two editors or more" in reviewer.statusBar().currentMessage()
    assert blind_tagging.layer_open(db, article_id=aid, user="bob")
    assert not window.agreement.actions.unassign_articles.isEnabled()  # an editor's window


def test_taking_back_speaks_chinese(make_window, db, add_article):
    window = make_window(Settings(user="rex", role="reviewer", language="zh_CN"))
    aid = add_article(TEXT)
    assign(db, aid, "ann", "bob")
    dialogs = []
    window.agreement.ask_editors = lambda dialog: dialogs.append(dialog) or None
    window.agreement.unassign([aid])
    assert window.agreement.actions.unassign_articles.text() == "从编辑处收回(&B)…"
    assert dialogs[0].windowTitle() == "从编辑处收回" and dialogs[0].intro.text().startswith("从你勾选的编辑处收回 1 篇文章")
