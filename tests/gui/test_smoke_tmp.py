import pytest
from curator.core.types import Kind

pytestmark = pytest.mark.gui

def test_smoke(window, add_article, qtbot):
    aid = add_article("他毕业于北京大学，现任清华大学教授。")
    window.model.reload()
    assert window.model.rowCount() == 1
    window.article_list.select_row(0)
    assert window.workbench.article_id == aid
    window.reader.select_span(5, 7)
    window.commands.tag_institution.trigger()
    from curator.services import tagging
    ms = tagging.article_mentions(window.db, aid)
    assert [(m.start, m.end, m.kind) for m in ms] == [(4, 8, "institution")]
