"""A shared library on a PostgreSQL server in the window (issue 15): the form that opens one, its
one-line refusals, the password asked for again, and others' work appearing there too."""

from dataclasses import replace

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QInputDialog

from curator.core.errors import Msg
from curator.core.types import Kind
from curator.gui import library_dialogs
from curator.gui.library_dialogs import SharedLibraryDialog, ask_for_other_library
from curator.services import tagging
from curator.services.library import ServerAddress, StoreError, open_database

pytestmark = pytest.mark.gui


@pytest.fixture
def db(server_library):
    """The window's library is on the server here (make_window opens its window on `db`)."""
    return server_library


def filled(qtbot, address: ServerAddress, password: str = "") -> SharedLibraryDialog:
    dialog = SharedLibraryDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    for field, text in ((dialog.host, address.host), (dialog.database, address.database),
                        (dialog.user, address.user), (dialog.password, password)):
        field.setText(text)
    dialog.port.setValue(address.port)
    return dialog


def press_open(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Open).click()


def test_the_form_opens_a_library_on_the_server(db, qtbot):
    address = ServerAddress.of(db.location)
    dialog = filled(qtbot, address)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        press_open(dialog)
    assert ServerAddress.of(dialog.location()) == address
    open_database(dialog.location()).close()


def test_a_database_the_server_lacks_is_refused_in_one_line(db, qtbot):
    dialog = filled(qtbot, replace(ServerAddress.of(db.location), database="no_such_library"))
    press_open(dialog)
    qtbot.waitUntil(lambda: dialog.buttons.button(QDialogButtonBox.StandardButton.Open).isEnabled(), timeout=10_000)
    assert dialog.problem.text() == "The server has no such database: check its name."
    assert "no_such_library" in dialog.problem.toolTip()  # the server's own words, for whoever looks
    assert dialog.isVisible() and dialog.location() == ""


def test_a_server_that_is_not_there_is_refused_in_one_line(qtbot, tmp_path):
    dialog = filled(qtbot, ServerAddress(host=str(tmp_path), database="library", user="ann"))
    press_open(dialog)
    qtbot.waitUntil(lambda: dialog.problem.text().startswith("The server cannot be reached"), timeout=10_000)
    assert "\n" not in dialog.problem.text() and dialog.isVisible()


def test_an_empty_field_is_said_before_connecting(qtbot):
    dialog = filled(qtbot, ServerAddress(host="db.newsroom", database="", user="ann"))
    press_open(dialog)
    assert dialog.problem.text() == "Fill in the server, the database and the user."
    assert dialog.host.isEnabled()  # nothing was tried


def test_a_remembered_library_asks_for_its_password(monkeypatch):
    asked = []

    def get_text(_parent, _title, label, _echo):
        asked.append(label)
        return "s3cret", True

    monkeypatch.setattr(QInputDialog, "getText", get_text)
    remembered = "postgresql://ann@db.newsroom:5432/library"
    refusal = StoreError(Msg.CANNOT_OPEN_LIBRARY, location=remembered,
                         detail='connection failed: FATAL:  password authentication failed for user "ann"')
    assert library_dialogs.explain_open_failure(refusal) == \
        "The server asks for this user's password, or the password is wrong."
    again = ask_for_other_library(remembered, refusal)
    assert asked == ["Password of ann on db.newsroom:"]
    assert again == "postgresql://ann:s3cret@db.newsroom:5432/library"


def test_the_title_names_the_server_and_others_work_appears_there(window, db, add_article, qtbot):
    address = ServerAddress.of(db.location)
    assert window.windowTitle().endswith(f" — {address.shown}") and "***" not in window.windowTitle()
    aid = add_article("中国农业银行长治分行行长张三表示，将支持小微企业。", title="甲")
    window.refresher.reload_library()
    window.article_list.select_row(0)
    window.watch.start()
    other = open_database(db.location)
    try:
        tagging.tag_mention(other, article_id=aid, start=0, end=6, kind=Kind.INSTITUTION, user="bo")
    finally:
        other.close()
    qtbot.waitUntil(lambda: [m.surface for m in window.reader.mentions] == ["中国农业银行"], timeout=2000)

