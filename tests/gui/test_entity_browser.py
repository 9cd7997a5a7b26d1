"""Issue 13, the entity browser: the list with its filters and sorting, an entity's page
(concordance, months, company), opening an article at a mention, and the window's fit."""

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtGui import QColor, QKeySequence

from curator.core.settings import Settings
from curator.core.types import Kind
from curator.gui.entities.concordance import AFTER, BEFORE, SURFACE, TITLE
from curator.gui.entities.entity_table_model import ARTICLES, FIRST_SEEN, MENTIONS, NAME, EntityTableModel
from curator.gui.entities.month_chart import MOST_MONTHS, month_bars
from curator.gui.i18n import locale_for
from curator.gui.theme import DARK, LIGHT
from tests.gui.entity_library import build, double_click, names, open_browser

pytestmark = pytest.mark.gui


@pytest.fixture
def library(db, add_article):
    return build(db, add_article)


@pytest.fixture
def browser(library, make_window, qtbot):
    window = make_window()
    return open_browser(window, qtbot)


def test_the_model_lists_sorts_and_filters_without_a_view(db, library, qapp):
    model = EntityTableModel(db)
    model.reload()
    rows = {model.index(row, NAME).data(): row for row in range(model.rowCount())}
    assert set(rows) == {"中国工商银行长治分行", "工商银行", "孙洪卫", "工行"}
    bank = rows["工商银行"]
    assert [model.index(bank, c).data() for c in (ARTICLES, MENTIONS, FIRST_SEEN)] == ["2", "2", "2024-01-05"]
    assert model.index(bank, 2).data() == "工商銀行"  # its alias, the other script
    QLocale.setDefault(locale_for("zh_CN"))  # as the Chinese interface sets it
    try:
        model.sort(NAME, Qt.SortOrder.AscendingOrder)
    finally:
        QLocale.setDefault(locale_for("en"))
    pinyin = ["工商银行", "工行", "孙洪卫", "中国工商银行长治分行"]  # gong shang, gong xing (ICU's reading), sun, zhong
    assert [model.index(r, NAME).data() for r in range(model.rowCount())] == pinyin
    model.sort(MENTIONS, Qt.SortOrder.DescendingOrder)
    assert [model.entity(r)["mentions"] for r in range(model.rowCount())] == [2, 2, 1, 1]
    model.set_filter(kind=Kind.FIGURE, search="")
    assert [model.entity(r)["name"] for r in range(model.rowCount())] == ["孙洪卫"]
    model.set_filter(kind=None, search="工商銀行")  # either script finds the bank and its branch
    assert {model.entity(r)["name"] for r in range(model.rowCount())} == {"工商银行", "中国工商银行长治分行"}


def test_the_list_filters_by_text_and_kind_and_sorts_by_a_header_click(browser, qtbot):
    assert len(names(browser)) == 4 and browser.list.count.text() == "Entities: 4"
    assert names(browser)[:2] == sorted(names(browser)[:2]) and browser.model.entity(0)["mentions"] == 2
    browser.list.search.setText("工商")
    qtbot.waitUntil(lambda: set(names(browser)) == {"工商银行", "中国工商银行长治分行"})
    browser.list.kind.setCurrentIndex(2)  # figures
    assert names(browser) == []
    browser.list.search.clear()
    qtbot.waitUntil(lambda: names(browser) == ["孙洪卫"])
    browser.list.kind.setCurrentIndex(0)
    _click_header(browser, qtbot, NAME)
    first = names(browser)
    _click_header(browser, qtbot, NAME)
    assert names(browser) == list(reversed(first)) and set(first) == {"工商银行", "中国工商银行长治分行", "孙洪卫", "工行"}


def _click_header(browser, qtbot, column: int) -> None:
    header = browser.list.table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(column) + 5, header.height() // 2))


def _open(browser, qtbot, name: str):
    table = browser.list.table
    index = browser.model.index(browser.model.row_of(_id(browser, name)), NAME)
    double_click(qtbot, table, index)
    qtbot.waitUntil(lambda: browser.page.detail is not None and browser.page.detail["name"] == name)


def _id(browser, name: str) -> int:
    return next(browser.model.entity(r)["id"] for r in range(browser.model.rowCount())
                if browser.model.entity(r)["name"] == name)


def test_opening_an_entity_shows_its_concordance_months_and_company(browser, qtbot):
    _open(browser, qtbot, "孙洪卫")
    page = browser.page
    model = page.concordance_model
    rows = [[model.index(r, c).data() for c in (TITLE, BEFORE, SURFACE, AFTER)] for r in range(model.rowCount())]
    assert rows[0][0] == "三月报道" and rows[0][2] == "孙洪卫" and rows[0][3].startswith("讲话")  # newest first
    assert rows[1][1].endswith("工商银行行长") and rows[1][3].startswith("出席")
    assert page.chart.bars() == [("2024-01", 1), ("2024-02", 0), ("2024-03", 1)]
    company = [page.company.item(r, 0).text() for r in range(page.company.rowCount())]
    assert "工商银行" in company
    assert "Mentions: 2 · Articles: 2" in page.facts.text() and "2024-01-05 to 2024-03-10" in page.facts.text()
    page.company.itemClicked.emit(page.company.item(company.index("工商银行"), 0))  # as a click delivers it
    qtbot.waitUntil(lambda: page.detail["name"] == "工商银行")
    assert "工商銀行" in page.names.text()
    browser.actions.back.trigger()
    assert page.detail["name"] == "孙洪卫"


def test_enter_opens_the_current_entity(browser, qtbot):
    table = browser.list.table
    table.setFocus()
    table.setCurrentIndex(browser.model.index(browser.model.row_of(_id(browser, "工行")), NAME))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert browser.page.detail["name"] == "工行"


def test_a_double_click_in_the_concordance_opens_the_article_at_that_mention(browser, library, qtbot):
    window = browser.parentWidget()
    _open(browser, qtbot, "孙洪卫")
    view = browser.page.concordance
    row = next(r for r in range(view.model().rowCount()) if view.model().mention(r)["article_id"] == library["january"])
    mention = view.model().mention(row)
    window.workbench.open_article(library["march"])  # another article is open
    double_click(qtbot, view, view.model().index(row, SURFACE))
    qtbot.waitUntil(lambda: window.workbench.article_id == library["january"])
    assert window.open_article.current_mention == mention["id"]
    assert window.panel.selected_entry().name == "孙洪卫"
    cursor = window.reader.text.textCursor().position()
    assert window.reader.text.offsets.utf16_to_codepoint(cursor) == mention["start"]


def test_month_bars_fill_the_gaps_and_count_by_year_past_two_years():
    assert month_bars({}) == []
    assert month_bars({"2023-11": 2, "2024-02": 1}) == [("2023-11", 2), ("2023-12", 0), ("2024-01", 0), ("2024-02", 1)]
    long = month_bars({"2020-01": 1, "2020-06": 2, f"{2020 + MOST_MONTHS // 12}-12": 4})
    assert long == [("2020", 3), ("2021", 0), ("2022", 4)]


def test_the_chart_follows_the_theme(browser, qtbot):
    window = browser.parentWidget()
    _open(browser, qtbot, "孙洪卫")
    axes = browser.page.chart.chart.axes()
    assert axes and all(axis.labelsColor() == QColor(LIGHT.text) for axis in axes)
    window.set_theme("dark")
    axes = browser.page.chart.chart.axes()
    assert all(axis.labelsColor() == QColor(DARK.text) for axis in axes)
    assert browser.page.chart.chart.series()[0].barSets()[0].color() == QColor(DARK.bars)


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_no_heading_of_the_list_is_clipped(library, make_window, qtbot, language):
    browser = open_browser(make_window(Settings(user="ann", language=language)), qtbot)
    header = browser.list.table.horizontalHeader()
    assert browser.model.headerData(NAME, Qt.Orientation.Horizontal) == ("Name" if language == "en" else "名称")
    for column in range(browser.model.columnCount()):
        assert header.sectionSize(column) >= header.sectionSizeFromContents(column).width()


def test_the_browser_fits_a_laptop_screen(browser):
    screen = browser.screen().availableGeometry()
    assert browser.width() <= screen.width() and browser.height() <= screen.height()


def test_the_browser_s_keys_clash_with_no_other_command(browser):
    window = browser.parentWidget()
    everything = [*window.commands.all(), *window.review.actions.all(), *browser.actions.all()]
    seen: dict[str, str] = {}
    clashes = []
    for action in everything:
        for key in action.shortcuts():
            text = key.toString(QKeySequence.SequenceFormat.PortableText)
            if text in seen:
                clashes.append(f"{text}: {seen[text]} / {action.text()}")
            seen[text] = action.text()
    assert clashes == []
    assert "Ctrl+Shift+B" in seen and "Ctrl+Shift+E" in seen  # positive control: both tables were read


def test_a_tagged_import_shows_its_entities_in_the_open_browser(browser, tmp_path, qtbot):
    """An import reaches the views by reload_library, not by a Change: the browser follows it too."""
    import json

    from curator.services import import_tagged

    path = tmp_path / "tagged.jsonl"
    path.write_text(json.dumps({"text": "招商银行今天开业。", "label": [[0, 4, "ORG"]]}, ensure_ascii=False), encoding="utf-8")
    window = browser.parentWidget()
    import_tagged.import_tagged(window.db, path, user="ann")
    assert "招商银行" not in names(browser)
    window.refresher.reload_library(sources=True)  # as the window does when an import is done
    qtbot.waitUntil(lambda: "招商银行" in names(browser))
