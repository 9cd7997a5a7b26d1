"""View → Statistics: the four tables for a date range and a kind, counted on the worker, written for Excel."""

from datetime import datetime

import pytest
from openpyxl import load_workbook

from curator.core.settings import Settings
from curator.core.types import Kind
from curator.services import tagging

pytestmark = pytest.mark.gui


@pytest.fixture
def tagged(add_article, db):
    dated = add_article("工商银行行长孙洪卫说。", published=datetime(2024, 5, 10), source="长治日报")
    undated = add_article("工商银行开业了。", source="大众网")
    for article_id, start, end, kind in ((dated, 0, 4, Kind.INSTITUTION), (dated, 6, 9, Kind.FIGURE),
                                         (undated, 0, 4, Kind.INSTITUTION)):
        tagging.tag_mention(db, article_id=article_id, start=start, end=end, kind=kind, user="ann")
    return dated, undated


def rows(table) -> list[list[str]]:
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def counted(view, qtbot) -> None:
    view.stats = None
    view.refresh()
    qtbot.waitUntil(lambda: view.stats is not None, timeout=10_000)


def test_the_view_counts_the_library_and_narrows_to_a_kind_and_dates(window, tagged, qtbot):
    window.commands.show_stats.trigger()
    view = window.stats_view
    qtbot.waitUntil(lambda: view.stats is not None, timeout=10_000)
    assert ["In progress", "2"] in rows(view.tables["articles"])
    top = rows(view.tables["top"])  # in the service's order: institutions, then figures, each by rank
    assert [(r[0], r[1], r[3], r[4], r[5]) for r in top] == [("Institution", "1", "工商银行", "2", "2"),
                                                              ("Figure", "1", "孙洪卫", "1", "1")]
    assert [r[0] for r in rows(view.tables["by_user"])] == ["ann"] and rows(view.tables["by_user"])[0][2] == "3"

    view.kind.setCurrentIndex(view.kind.findData(str(Kind.FIGURE)))
    counted(view, qtbot)
    assert {r[0] for r in rows(view.tables["top"])} == {"Figure"}

    view.kind.setCurrentIndex(0)
    view.use_since.setChecked(True)
    view.since.setDate(datetime(2024, 5, 1).date())
    counted(view, qtbot)
    bank = next(r for r in rows(view.tables["top"]) if r[3] == "工商银行")
    assert bank[4] == "1"  # the undated article falls outside the range


def test_the_tables_are_written_for_excel(window, tagged, qtbot, tmp_path):
    window.commands.show_stats.trigger()
    view = window.stats_view
    qtbot.waitUntil(lambda: view.stats is not None, timeout=10_000)
    written = view.write(str(tmp_path / "stats.xlsx"))
    assert load_workbook(written[0], read_only=True).sheetnames == ["articles", "mentions", "top", "by_user"]
    assert "stats.xlsx" in window.statusBar().currentMessage()


def test_the_view_speaks_chinese_and_fits_a_laptop(make_window, tagged, qtbot):
    window = make_window(Settings(user="ann", language="zh_CN"))
    window.commands.show_stats.trigger()
    view = window.stats_view
    qtbot.waitUntil(lambda: view.stats is not None, timeout=10_000)
    assert view.tabs.tabText(0) == "各状态文章数" and view.kind.itemText(0) == "两类都算"
    screen = window.screen().availableGeometry()
    assert view.width() <= screen.width() and view.height() <= screen.height()


def test_the_top_entities_of_one_source(window, tagged, qtbot):
    window.commands.show_stats.trigger()
    view = window.stats_view
    qtbot.waitUntil(lambda: view.stats is not None, timeout=10_000)
    assert [view.source.itemText(i) for i in range(view.source.count())] == ["All sources", "大众网", "长治日报"]
    view.source.setCurrentIndex(view.source.findData("大众网"))
    counted(view, qtbot)
    assert [(r[3], r[4]) for r in rows(view.tables["top"])] == [("工商银行", "1")]  # 孙洪卫 is in the other paper


def test_an_empty_table_says_why(window, add_article, db, qtbot, tmp_path):
    """Work per day stayed blank for a library filled by a tagged import, with no word of why."""
    from curator.services.import_tagged import import_tagged

    tagged_file = tmp_path / "tagged.jsonl"
    tagged_file.write_text('{"text": "工商银行行长孙洪卫说。", "label": [[0, 4, "ORG"]]}\n', encoding="utf-8")
    import_tagged(db, tagged_file, user="ann")
    window.commands.show_stats.trigger()
    view = window.stats_view
    qtbot.waitUntil(lambda: view.stats is not None, timeout=10_000)
    assert view.state.text() == "Undated articles fall outside a date range."  # the first table has rows
    view.tabs.setCurrentIndex(list(view.tables).index("by_user"))
    assert view.tables["by_user"].rowCount() == 0 and "import" in view.state.text()
    view.kind.setCurrentIndex(view.kind.findData(str(Kind.FIGURE)))
    counted(view, qtbot)
    view.tabs.setCurrentIndex(list(view.tables).index("top"))
    assert view.state.text() == "Nothing to count with these filters."
