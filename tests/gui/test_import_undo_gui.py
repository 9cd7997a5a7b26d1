"""Undoing an import from its summary, as an editor who picked the wrong folder would."""

import pytest
from PySide6.QtWidgets import QMessageBox

from curator.core.types import Kind
from curator.services import library, tagging

pytestmark = pytest.mark.gui


def import_two(window, folder, qtbot):
    folder.mkdir()
    for i in range(2):
        (folder / f"{i}.txt").write_text(f"标题{i}\n\n山西银行阳泉分行第{i}次发布公告。", encoding="utf-8")
    with qtbot.waitSignal(window.importer.imported, timeout=20_000):
        window.importer.import_paths([str(folder)])
    assert window.model.rowCount() == 2


def test_the_summary_undoes_the_import(make_window, tmp_path, qtbot):
    window = make_window()
    import_two(window, tmp_path / "wrong", qtbot)
    window.article_list.select_row(0)
    assert window.workbench.article_id is not None
    window.importer.summary.undo_button.click()
    assert window.model.rowCount() == 0 and library.count_articles(window.db) == 0
    assert window.workbench.article_id is None  # the open article was one of them
    assert "2" in window.statusBar().currentMessage()


def test_after_another_change_the_import_is_not_undone_from_the_summary(make_window, tmp_path, qtbot, monkeypatch):
    window = make_window()
    import_two(window, tmp_path / "wrong", qtbot)
    first = window.model.article_id(0)
    tagging.tag_mention(window.db, article_id=first, start=0, end=8, kind=Kind.INSTITUTION, user="ann")
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, title, text: told.append(text))
    window.importer.summary.undo_button.click()
    assert library.count_articles(window.db) == 2 and told  # the tag would go with it: asked to undo it first


def test_the_import_may_end_while_its_progress_is_being_drawn(make_window, tmp_path, qtbot):
    """setValue() on a modal progress dialog processes events: the end of the import can run inside it."""
    window = make_window()
    importer = window.importer
    import_two(window, tmp_path / "first", qtbot)
    importer.summary.accept()
    importer.import_paths([str(tmp_path / "first")])  # duplicates only: quick, but its end is what matters
    progress = importer.progress
    real_set_value = progress.setValue

    def set_value_and_finish(value):
        real_set_value(value)
        importer._imported(importer.last_report, None)  # as if the finished signal arrived in processEvents

    progress.setValue = set_value_and_finish
    importer._progressed(1, 2)  # raised AttributeError on None before
    assert importer.progress is None
