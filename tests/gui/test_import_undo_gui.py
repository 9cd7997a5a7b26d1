"""Undoing an import from its summary, as an editor who picked the wrong folder would."""

import pytest
from PySide6.QtWidgets import QApplication

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
    with qtbot.waitSignal(window.library_undo.done, timeout=20_000):  # off the GUI thread: it can take seconds
        window.importer.summary.undo_button.click()
    assert window.model.rowCount() == 0 and library.count_articles(window.db) == 0
    assert window.workbench.article_id is None  # the open article was one of them
    assert "2" in window.statusBar().currentMessage()


def test_after_another_change_the_import_is_not_undone_from_the_summary(make_window, tmp_path, qtbot):
    window = make_window()
    import_two(window, tmp_path / "wrong", qtbot)
    first = window.model.article_id(0)
    tagging.tag_mention(window.db, article_id=first, start=0, end=8, kind=Kind.INSTITUTION, user="ann")
    with qtbot.waitSignal(window.library_undo.message, timeout=20_000):
        window.importer.summary.undo_button.click()
    assert library.count_articles(window.db) == 2  # the tag would go with it: asked to undo it first
    assert "undo them first" in window.statusBar().currentMessage()


def test_the_work_may_end_while_its_progress_is_being_drawn(window, qtbot):
    """setValue() on a modal progress dialog processes events: the work's end can run inside it,
    and a progress report queued behind the end must find nothing to draw on."""
    from curator.gui.worker import LongWork

    ended = []
    work = LongWork(window.runner, window, title="t", label="l", describe=lambda done, total: f"{done}/{total}")
    work.start(lambda _progress, _cancelled: 42, lambda result, error: ended.append(result))
    qtbot.waitUntil(lambda: ended == [42], timeout=10_000)
    work._progressed(1, 2)  # raised on the deleted dialog before
    assert QApplication.activeModalWidget() is None


def test_undo_in_library_runs_off_the_gui_thread(make_window, qtbot, monkeypatch):
    import threading

    from curator.services import changes

    window = make_window()
    threads = []
    monkeypatch.setattr(changes, "undo", lambda db, *, user: threads.append(threading.current_thread()))
    with qtbot.waitSignal(window.library_undo.message, timeout=10_000):  # the stand-in finds nothing to undo
        window.commands.undo_library.trigger()
    assert threads and threads[0] is not threading.main_thread()
    assert "Nothing to undo" in window.statusBar().currentMessage()


def test_the_window_takes_no_edit_from_the_moment_a_library_undo_starts(make_window, qtbot, monkeypatch):
    """The busy dialog appeared after 4 s of a big undo; the window took edits meanwhile (issue 12)."""
    import threading

    from curator.services import changes

    window = make_window()
    release = threading.Event()
    monkeypatch.setattr(changes, "undo", lambda db, *, user: release.wait(10) and None)  # then "nothing to undo"
    window.commands.undo_library.trigger()
    try:
        assert window.library_undo.work.dialog.isVisible()
        assert QApplication.activeModalWidget() is window.library_undo.work.dialog  # input goes nowhere else
    finally:
        release.set()
    qtbot.waitUntil(lambda: not window.library_undo.busy, timeout=10_000)


def test_the_open_article_stays_selected_when_the_list_reloads(make_window, tmp_path, qtbot):
    window = make_window()
    import_two(window, tmp_path / "first", qtbot)
    window.importer.summary.accept()
    window.article_list.select_row(1)
    opened = window.workbench.article_id
    import_two_more = tmp_path / "second"
    import_two_more.mkdir()
    (import_two_more / "x.txt").write_text("另一篇\n\n晋商银行发布公告。", encoding="utf-8")
    with qtbot.waitSignal(window.importer.imported, timeout=20_000):
        window.importer.import_paths([str(import_two_more)])  # the list reloads with a third article
    assert window.workbench.article_id == opened
    assert window.model.article_id(window.article_list.current_row()) == opened
