"""The window as a whole: themes, language, import by drag and drop, layout memory, dialogs."""

import hashlib
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QThread, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QComboBox

from curator.core.clock import now
from curator.core.errors import Msg
from curator.core.settings import Settings
from curator.gui.article_table_model import TITLE
from curator.gui.shortcuts import ShortcutsDialog
from curator.gui.worker import TaskRunner
from curator.services.importing import Failure
from curator.storage import articles as article_store

pytestmark = pytest.mark.gui


def test_theme_switch_restyles_and_is_remembered(window, saved_settings, qapp):
    light_style = qapp.styleSheet()
    light = window.reader._palette.highlight["institution"]
    window.commands.theme_dark.trigger()
    assert qapp.property("curator_theme") == "dark" and qapp.styleSheet() != light_style
    assert window.reader._palette.highlight["institution"] != light
    assert saved_settings[-1].theme == "dark" and window.commands.theme_dark.isChecked()
    window.commands.theme_light.trigger()
    assert saved_settings[-1].theme == "light"


def fake_import(db, paths, *, user, progress, cancel):
    """Stands in for the readers: one article per dropped path, and one failure."""
    report = SimpleNamespace(imported=0, duplicates=0, failed=[], articles=[], cancelled=False)
    stamp = now()
    rows = [{"title": f"拖入{i}", "text": f"正文{path}", "source": "测试报", "url": None, "author": None,
             "published": None, "script": "simplified", "format": "txt", "file": path,
             "content_hash": hashlib.sha256(path.encode()).hexdigest(), "chars": 3, "status": "new",
             "imported_at": stamp, "updated_at": stamp, "n_institutions": 0, "n_figures": 0, "indexed": False}
            for i, path in enumerate(paths)]
    progress(0, len(paths))
    with db.session() as session:
        report.articles = article_store.insert_articles(session, rows)
    report.imported = len(rows)
    report.failed.append(Failure("/x/broken.pdf", Msg.PDF_WITHOUT_TEXT, {"note": ""}))
    progress(len(paths), len(paths))
    return report


def test_dropping_files_imports_them_in_the_background(make_window, tmp_path, qtbot):
    window = make_window(import_fn=fake_import)
    files = [tmp_path / "a.txt", tmp_path / "b.txt"]
    for f in files:
        f.write_text("正文", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(f)) for f in files])
    event = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(window.importer.imported, timeout=10_000):
        window.dropEvent(event)
    assert window.importer.last_report.imported == 2
    assert window.model.rowCount() == 2
    assert window.importer.summary.failures.count() == 1
    assert "no text in the PDF" in window.importer.summary.failures.item(0).text()
    qtbot.waitUntil(lambda: not window.importer.indexing, timeout=10_000)
    window.importer.summary.close()


def test_language_switch_translates_the_whole_window(make_window, saved_settings, qtbot):
    window = make_window()
    assert window.menus["file"].title() == "&File"
    window.apply_settings(Settings(user="ann", language="zh_CN"))
    qtbot.waitUntil(lambda: window.menus["file"].title() != "&File")  # LanguageChange events are posted
    assert [m.title() for m in window.menus.values()] == ["文件(&F)", "编辑(&E)", "文章(&A)", "建议(&S)", "视图(&V)", "帮助(&H)"]
    assert window.model.headerData(TITLE, Qt.Orientation.Horizontal) == "标题"
    assert window.commands.tag_institution.text() == "标为机构(&I)"
    assert window.panel.tree.topLevelItem(0).text(0) == "机构"
    assert saved_settings[-1].language == "zh_CN"
    window.apply_settings(Settings(user="ann", language="en"))
    qtbot.waitUntil(lambda: window.menus["file"].title() == "&File")


def test_the_status_filter_fits_its_english_words_after_a_switch_from_chinese(make_window, qtbot):
    window = make_window(Settings(user="ann", language="zh_CN"))
    combo = window.article_list.status_filter
    window.apply_settings(Settings(user="ann", language="en"))
    qtbot.waitUntil(lambda: combo.itemText(0) == "All statuses")
    fresh = QComboBox()  # what a combo with these words needs, arrow and margins included
    fresh.addItems([combo.itemText(i) for i in range(combo.count())])
    qtbot.addWidget(fresh)
    qtbot.waitUntil(lambda: combo.width() >= fresh.sizeHint().width())


def test_chinese_ui_starts_translated(make_window):
    window = make_window(Settings(user="ann", language="zh_CN"))
    assert window.windowTitle() == "Curator — 标注工作台 — library.db"  # which library is open
    assert window.article_list.search.placeholderText() == "搜索标题和正文…"


def test_window_layout_is_remembered(make_window, qtbot):
    first = make_window()
    first.resize(1200, 800)
    first.splitter.setSizes([300, 700, 200])
    first.article_list.table.setColumnWidth(TITLE, 333)
    first.close()
    second = make_window()
    assert second.article_list.table.columnWidth(TITLE) == 333
    assert second.splitter.sizes()[0] == first.splitter.sizes()[0]


def test_worker_hands_result_and_error_back_to_the_gui_thread(qtbot, qapp):
    runner = TaskRunner()
    seen = []
    gui_thread = QApplication.instance().thread()

    worked_on = []

    def record(result, error):
        seen.append((result, type(error).__name__ if error else None, QThread.currentThread() is gui_thread))

    def work(value):
        worked_on.append(QThread.currentThread() is gui_thread)
        return 6 * 7 if value else 1 / 0

    runner.run(lambda progress, cancelled: work(True), record)
    runner.run(lambda progress, cancelled: work(False), record)
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=10_000)
    assert sorted(seen, key=str) == sorted([(42, None, True), (None, "ZeroDivisionError", True)], key=str)
    assert worked_on == [False, False]  # the work itself ran off the GUI thread
    runner.shutdown()


def test_shortcuts_dialog_lists_the_tagging_keys(window):
    dialog = ShortcutsDialog(window.commands, window)
    rows = {dialog.table.item(r, 0).text(): dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())}
    assert rows["Tag as institution"].split("  /  ") == ["1", "I"]
    assert rows["Tag as figure"].split("  /  ") == ["2", "F"]


def test_opening_a_long_article_highlights_every_mention(window, add_article, db):
    from curator.services import tagging

    text = ("北京大学" + "的" * 36) * 500  # 20,000 characters
    aid = add_article(text)
    with db.session() as session:
        from curator.storage import mentions, entities

        entity_id = entities.entity_id(session, kind="institution", name="北京大学")
        for i in range(500):
            mentions.insert_mention(session, {"article_id": aid, "entity_id": entity_id, "start": i * 40,
                                              "end": i * 40 + 4, "surface": "北京大学", "annotator": "ann",
                                              "annotated_at": now()})
    window.workbench.open_article(aid)
    assert len(window.reader.text.extraSelections()) == 500
    assert window.panel.entry_count("institution") == {"北京大学": 500}
    assert len(tagging.article_mentions(db, aid)) == 500


def test_status_bar_shows_library_counts(window, add_article):
    add_article("一")
    add_article("二", status="done")
    window.importer.imported.emit(None)
    assert window.counts.text().startswith("Articles: 2")


def test_unopenable_library_explains_and_offers_another(tmp_path):
    from curator.gui.application import _open_library

    bad = tmp_path / "not-a-library.db"
    bad.write_bytes(b"this is not sqlite" * 100)
    asked = []
    good = tmp_path / "good.db"
    db = _open_library(str(bad), lambda location, reason: asked.append((location, reason)) or str(good))
    assert asked and asked[0][0] == str(bad) and "not a database" in str(asked[0][1])
    assert db is not None and db.location.endswith("good.db")
    db.close()
    assert _open_library(str(bad), lambda *_: None) is None


def test_failure_reason_is_translated_for_the_editor(qapp):
    from curator.gui.library_dialogs import explain_open_failure
    from curator.services.library import StoreError

    assert "another program" in explain_open_failure(StoreError(Msg.CANNOT_OPEN_LIBRARY, location="x", detail="database is locked"))
    assert "damaged" in explain_open_failure(StoreError(Msg.NOT_A_LIBRARY, path="x", detail="file is not a database"))
    assert "damaged" in explain_open_failure(StoreError(Msg.FOREIGN_TABLES, path="x"))
    assert explain_open_failure(StoreError(Msg.NEWER_SCHEMA, path="x", schema="9")) == "The library cannot be opened."


def test_dropping_a_folder_imports_it_with_the_real_readers(window, qtbot):
    from pathlib import Path

    seeds = Path(__file__).resolve().parents[1] / "fixtures" / "seeds"
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(seeds))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(window.importer.imported, timeout=30_000):
        window.dropEvent(event)
    report = window.importer.last_report
    assert report.imported == len(list(seeds.glob("*.txt"))) and not report.failed
    assert window.model.rowCount() == report.imported
    qtbot.waitUntil(lambda: not window.importer.indexing, timeout=30_000)
    window.article_list.search.setText("普惠")
    window.article_list._apply_filter()
    assert 0 < window.model.rowCount() <= report.imported
    window.importer.summary.close()


def test_settings_dialog_turns_snapping_off(window, add_article, saved_settings):
    from curator.gui.settings_dialog import SettingsDialog
    from curator.services import tagging

    aid = add_article("他毕业于北京大学。")
    window.model.reload()
    window.article_list.select_row(0)
    dialog = SettingsDialog(window.settings, window)
    dialog.snap.setChecked(False)
    dialog.user.setText("bob")
    window.apply_settings(dialog.values())
    assert saved_settings[-1].snap_to_words is False and window.user_name() == "bob"
    window.reader.select_span(5, 7)  # 京大 of 北京大学
    window.commands.tag_institution.trigger()
    (mention,) = tagging.article_mentions(window.db, aid)
    assert (mention.surface, mention.annotator) == ("京大", "bob")


def test_suggestion_threshold_and_side_split_are_remembered(make_window, qapp):
    first = make_window()
    first.resize(1400, 900)
    qapp.processEvents()
    first.suggester.panel.threshold.setValue(0.65)
    first.side_pane.setSizes([200, 500])
    remembered = first.side_pane.sizes()
    first.close()
    second = make_window()
    second.resize(1400, 900)
    qapp.processEvents()
    assert second.suggester.panel.threshold.value() == 0.65
    assert abs(second.side_pane.sizes()[0] - remembered[0]) <= 2


def test_the_first_window_fits_the_screen(window):
    """At 1366×768 the 1400×860 default ran off the screen's right and bottom edges."""
    screen = window.screen().availableGeometry()
    frame = window.frameGeometry()  # the title bar and borders too (the offscreen platform draws some)
    assert frame.width() <= screen.width() and frame.height() <= screen.height()
    assert frame.width() >= min(1000, screen.width())  # positive control: it still uses the room there is


def test_about_names_the_library_file(window, monkeypatch):
    shown = []
    monkeypatch.setattr("curator.gui.main_window.QMessageBox.about", lambda _parent, _title, text: shown.append(text))
    window.show_about()
    assert f"Library: {window.db.location}" in shown[0] and "sqlite://" not in shown[0]


def test_in_a_team_library_the_settings_show_the_granted_role_and_keep_the_choice(window, saved_settings):
    """A member's role is the library's (services.roles): Settings shows it and cannot change it,
    and the role chosen for one's own libraries stays as it was."""
    from curator.gui.settings_dialog import SettingsDialog
    from curator.services import members

    members.grant(window.db, member="rex", role="reviewer", user=window.user_name())
    team_role = members.stored_role(window.db, window.user_name())
    dialog = SettingsDialog(window.settings, window, team_role=team_role)
    assert team_role == "admin"  # who grants first administers the library
    assert not dialog.role.isEnabled() and dialog.role.currentData() == "admin"
    assert dialog.values().role == window.settings.role == "editor"
    assert SettingsDialog(window.settings, window).role.isEnabled()  # one's own library: a choice


def test_the_role_a_library_stores_is_read_again_when_the_user_name_changes(make_window, db):
    """A library on a file can have members too: the window follows the stored role of whoever
    the name in Settings is, and the chosen one for a name that is not a member."""
    from dataclasses import replace

    from curator.services import members

    members.grant(db, member="rex", role="reviewer", user="ann")
    window = make_window(Settings(user="ann", role="editor", language="en"))
    assert window.role() == "admin"
    window.apply_settings(replace(window.settings, user="rex"))
    assert window.role() == "reviewer" and window.review.user_label.text() == "rex · Reviewer · reviewer mode"
    window.apply_settings(replace(window.settings, user="nobody"))
    assert window.review.user_label.text() == "nobody · Editor"
