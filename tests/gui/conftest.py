"""GUI fixtures: a main window over a fresh library, with preferences and layout kept in tmp_path."""

import gc

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings

from curator.core.settings import Settings
from curator.gui.i18n import LanguageSwitcher
from curator.gui.main_window import MainWindow
from curator.gui.theme import apply_theme
from curator.services.library import open_database


@pytest.fixture(autouse=True)
def windows_deleted_after_each_test(qapp):
    """Delete what the test closed now, at the top of the stack, and collect its wrappers.

    pytest-qt closes each window and calls deleteLater, but processEvents does not run deferred
    deletes: the window lived on until the cyclic garbage collector dropped its last Python
    reference and destroyed the whole widget tree from inside a later test. That crashed CI.
    """
    yield
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


@pytest.fixture
def server_library(postgres_databases):
    """A library on the test PostgreSQL server; a module puts its windows there by returning it as `db`."""
    url = postgres_databases.new()
    database = open_database(url)
    yield database
    database.close()
    postgres_databases.drop(url)


@pytest.fixture
def saved_settings():
    return []


@pytest.fixture
def make_window(qtbot, qapp, db, tmp_path, saved_settings):
    switchers = []

    def make(settings: Settings | None = None, **kwargs) -> MainWindow:
        settings = settings or Settings(user="ann", language="en")
        languages = LanguageSwitcher(qapp)
        languages.switch(settings.language)
        switchers.append(languages)
        layout = QSettings(str(tmp_path / "layout.ini"), QSettings.Format.IniFormat)
        window = MainWindow(db, settings, save_settings=saved_settings.append, layout_store=layout,
                            languages=languages, apply_theme=lambda theme: apply_theme(qapp, theme), **kwargs)
        qtbot.addWidget(window)
        window.show()
        return window

    yield make
    for languages in switchers:
        languages.switch("en")  # leave no translator behind for the next test


@pytest.fixture
def window(make_window, monkeypatch):
    # Tests tag short spans (他) to check keys and offsets: the "not a name?" question says yes.
    # test_odd_name_gui.py drives that question itself through make_window.
    monkeypatch.setattr(MainWindow, "confirm_odd_name", lambda self, *args: True)
    return make_window()
