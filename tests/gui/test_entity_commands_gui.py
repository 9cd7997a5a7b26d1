"""Issue 13, the entity browser's commands: merge, rename, split, set parent and alias proposals from
the browser and from the tag panel's context menu; each refreshes the list and the tag panel, and the
library's undo (Ctrl+Alt+Z) takes it back."""

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt

from curator.core.settings import Settings
from curator.core.types import Kind
from curator.services import registry
from tests.gui.entity_library import build, names, open_browser

pytestmark = pytest.mark.gui


@pytest.fixture
def library(db, add_article):
    return build(db, add_article)


@pytest.fixture
def window(library, make_window):
    window = make_window()
    window.workbench.open_article(library["january"])
    return window


@pytest.fixture
def browser(window, qtbot):
    return open_browser(window, qtbot)


def answer(monkeypatch, browser, question: str, reply) -> list:
    """Answer one of the commands' questions; returns the questions asked."""
    asked = []
    monkeypatch.setattr(browser.commands.questions, question, lambda *args, **kwargs: asked.append(args) or reply)
    return asked


def panel_names(window, kind: Kind = Kind.INSTITUTION) -> dict[str, int]:
    return window.panel.entry_count(kind)


def undo_in_library(window, qtbot) -> None:
    with qtbot.waitSignal(window.library_undo.done, timeout=10_000):
        window.commands.undo_library.trigger()


def test_merging_selected_rows_refreshes_the_list_and_the_tag_panel_and_undo_restores(browser, window, library,
                                                                                       monkeypatch, qtbot):
    selection = browser.list.table.selectionModel()
    for name in ("工商银行", "工行"):
        row = browser.model.row_of(library[name])
        selection.select(browser.model.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                         | QItemSelectionModel.SelectionFlag.Rows)
    assert browser.actions.merge_entities.isEnabled()
    asked = answer(monkeypatch, browser, "keep", library["工商银行"])
    browser.actions.merge_entities.trigger()
    assert [e["name"] for e in asked[0][2]] == ["工商银行", "工行"]  # the most mentioned is proposed
    assert "工行" not in names(browser) and browser.page.detail["name"] == "工商银行"
    assert "工行" in browser.page.detail["aliases"]
    assert panel_names(window) == {"中国工商银行长治分行": 1, "工商银行": 2}
    assert "Ctrl+Alt+Z" in browser.statusBar().currentMessage()
    undo_in_library(window, qtbot)
    assert "工行" in names(browser) and panel_names(window)["工行"] == 1
    assert browser.page.detail["aliases"] == ["工商銀行"]


def test_renaming_the_open_entity_renames_it_in_the_reader_and_panel(browser, window, library, monkeypatch, qtbot):
    browser.open_entity(library["工商银行"])
    answer(monkeypatch, browser, "name", "中国工商银行")
    browser.actions.rename_entity.trigger()
    assert "中国工商银行" in names(browser) and browser.page.title.text() == "中国工商银行"
    assert "中国工商银行" in panel_names(window)
    assert {m.entity for m in window.reader.mentions if m.surface == "工商银行"} == {"中国工商银行"}
    undo_in_library(window, qtbot)
    assert browser.page.title.text() == "工商银行" and "工商银行" in panel_names(window)


def test_splitting_chosen_mentions_makes_a_new_entity(browser, window, library, monkeypatch, qtbot):
    browser.open_entity(library["孙洪卫"])
    view = browser.page.concordance
    january = next(r for r in range(view.model().rowCount())
                   if view.model().mention(r)["article_id"] == library["january"])
    view.selectRow(january)
    asked = answer(monkeypatch, browser, "name", "孙洪伟")
    browser.actions.split_entity.trigger()
    assert asked[0][2] == "孙洪卫"  # the mention's own text is proposed
    assert "孙洪伟" in names(browser) and len(browser.page.detail["mentions"]) == 1
    assert browser.model.entity(browser.model.row_of(library["孙洪卫"]))["mentions"] == 1
    assert panel_names(window, Kind.FIGURE) == {"孙洪伟": 1}  # the open article's mention moved
    undo_in_library(window, qtbot)
    assert "孙洪伟" not in names(browser) and len(browser.page.detail["mentions"]) == 2
    assert panel_names(window, Kind.FIGURE) == {"孙洪卫": 1}


def test_the_browser_s_keys_work_in_its_window_the_library_s_undo_too(browser, window, library, monkeypatch, qtbot):
    browser.activateWindow()
    qtbot.waitUntil(browser.isActiveWindow)
    browser.open_entity(library["工行"])
    answer(monkeypatch, browser, "name", "工商行")
    qtbot.keyClick(browser.list.table, Qt.Key.Key_F2)
    assert browser.page.title.text() == "工商行"
    with qtbot.waitSignal(window.library_undo.done, timeout=10_000):
        qtbot.keyClick(browser.list.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    assert browser.page.title.text() == "工行"


def test_set_parent_shows_the_family_and_none_takes_it_out(browser, window, library, monkeypatch, qtbot):
    browser.open_entity(library["中国工商银行长治分行"])
    answer(monkeypatch, browser, "entity", (True, library["工商银行"]))
    browser.actions.set_parent.trigger()
    assert browser.page.family.text().startswith("Part of: ") and "工商银行" in browser.page.family.text()
    browser.page.family.linkActivated.emit(str(library["工商银行"]))  # the parent is a link
    assert "Branches: " in browser.page.family.text()
    browser.actions.back.trigger()
    answer(monkeypatch, browser, "entity", (True, None))  # "(none …)"
    browser.actions.set_parent.trigger()
    assert browser.page.family.isHidden()
    undo_in_library(window, qtbot)
    assert "工商银行" in browser.page.family.text()
    assert window.statusBar().currentMessage() == "Undone in the entity registry."  # no article to name
    browser.open_entity(library["孙洪卫"])
    assert not browser.actions.set_parent.isEnabled()  # a figure has no parent


def test_confirming_a_proposal_merges_the_alias_and_undo_brings_the_proposal_back(browser, window, qtbot):
    browser.tabs.setCurrentWidget(browser.proposals)
    assert [(p.alias, p.entity) for p in browser.proposals.proposals] == [("工行", "工商银行")]
    assert browser.tabs.tabText(1) == "Alias proposals (1)"
    browser.actions.confirm_alias.trigger()
    assert browser.proposals.proposals == [] and "工行" not in names(browser)
    assert panel_names(window)["工商银行"] == 2
    undo_in_library(window, qtbot)
    assert [p.alias for p in browser.proposals.proposals] == ["工行"] and "工行" in names(browser)


def test_a_dismissed_proposal_leaves_the_names_apart(browser, window):
    browser.tabs.setCurrentWidget(browser.proposals)
    browser.actions.dismiss_alias.trigger()
    assert browser.proposals.proposals == [] and "工行" in names(browser)


@pytest.mark.parametrize("language, words", [("en", "already the name of another entity"), ("zh_CN", "已是")])
def test_a_refusal_is_one_translated_line(library, make_window, qtbot, monkeypatch, language, words):
    window = make_window(Settings(user="ann", language=language))
    browser = open_browser(window, qtbot)
    browser.open_entity(library["工行"])
    answer(monkeypatch, browser, "name", "工商银行")
    browser.actions.rename_entity.trigger()
    message = browser.statusBar().currentMessage()
    assert words in message and "工商银行" in message and "\n" not in message
    assert "工行" in names(browser)


def test_the_hidden_browser_reads_nothing_and_catches_up_when_shown(browser, window, library, qtbot):
    browser.close()
    change = registry.rename(window.db, entity_id=library["工行"], name="工商行", user="ann")
    window.refresher.apply(change)
    assert "工行" in names(browser)  # not read while hidden
    window.commands.show_entities.trigger()
    assert "工商行" in names(browser) and "工行" not in names(browser)


def _choose_in_panel(window, surface: str) -> None:
    mention = next(m for m in window.open_article.mentions if m.surface == surface)
    window.panel.select_mention(mention.id)


def test_the_tag_panel_s_context_menu_reaches_the_registry(browser, window, library, monkeypatch, qtbot):
    actions = browser.panel_actions
    assert {actions.browse_entity, actions.rename_entity, actions.set_parent, actions.merge_into} \
        <= set(window.panel.tree.actions())
    browser.close()
    _choose_in_panel(window, "工行")
    answer(monkeypatch, browser, "entity", (True, library["工商银行"]))
    actions.merge_into.trigger()
    assert panel_names(window) == {"中国工商银行长治分行": 1, "工商银行": 2}
    undo_in_library(window, qtbot)
    assert panel_names(window)["工行"] == 1
    _choose_in_panel(window, "工行")
    answer(monkeypatch, browser, "name", "工商行")
    actions.rename_entity.trigger()
    assert "工商行" in panel_names(window)
    _choose_in_panel(window, "孙洪卫")
    answer(monkeypatch, browser, "entity", None)  # a figure's parent is not even asked for
    actions.set_parent.trigger()
    assert "Not saved" in window.statusBar().currentMessage()
    actions.browse_entity.trigger()
    qtbot.waitUntil(browser.isVisible)
    assert browser.page.detail["name"] == "孙洪卫" and browser.list.current_id() == library["孙洪卫"]
