"""A small library for the entity browser's tests: two dated articles, a bank under three spellings,
its branch, a short form and one figure."""

from datetime import datetime

from PySide6.QtCore import Qt

from curator.core.types import Kind
from tests.services.test_registry import entity_named, tag

JANUARY = "中国工商银行长治分行今天开业，工商银行行长孙洪卫出席。工行员工也来了。"
MARCH = "工商銀行鄭州分行今天開業，工商銀行員工出席。孙洪卫讲话。"


def build(db, add_article) -> dict[str, int]:
    """The articles and tags; returns the ids by name (articles as "january", "march")."""
    january = add_article(JANUARY, title="一月报道", published=datetime(2024, 1, 5))
    march = add_article(MARCH, title="三月报道", published=datetime(2024, 3, 10))
    for article, name, kind in ((january, "中国工商银行长治分行", Kind.INSTITUTION), (january, "工商银行", Kind.INSTITUTION),
                                (january, "孙洪卫", Kind.FIGURE), (january, "工行", Kind.INSTITUTION),
                                (march, "工商銀行", Kind.INSTITUTION), (march, "孙洪卫", Kind.FIGURE)):
        tag(db, article, name, kind)
    ids = {name: entity_named(db, name)["id"] for name in ("中国工商银行长治分行", "工商银行", "孙洪卫", "工行")}
    return ids | {"january": january, "march": march}


def open_browser(window, qtbot):
    window.commands.show_entities.trigger()
    browser = window.entities
    qtbot.waitUntil(browser.isVisible)
    return browser


def names(browser) -> list[str]:
    return [browser.model.entity(row)["name"] for row in range(browser.model.rowCount())]


def double_click(qtbot, view, index) -> None:
    """As a hand does it: QTest's double click alone lacks the press before it, and the view ignores it."""
    where = view.visualRect(index).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)
