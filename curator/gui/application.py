"""The composition root: builds the application, settings, library and main window, and wires them."""

import sys
from dataclasses import replace

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from curator import __version__
from curator.core.errors import CuratorError
from curator.core.settings import Settings, load_settings, save_settings
from curator.gui.error_hook import install_error_hook
from curator.gui.i18n import LanguageSwitcher
from curator.gui.library_dialogs import ask_for_other_library
from curator.gui.main_window import MainWindow
from curator.gui.theme import apply_theme
from curator.services import members
from curator.services.suggestions import SuggestionService
from curator.services.library import Database, StoreError, default_db_path, open_database, without_password


def run_gui(db_location: str | None = None, user: str | None = None) -> int:
    """Open the annotation workbench; returns the process exit code."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("Curator")
    app.setApplicationName("Curator")
    app.setApplicationVersion(__version__)
    settings = load_settings()
    languages = LanguageSwitcher(app)
    languages.switch(settings.language)
    layout_store = QSettings()
    windows: list[MainWindow] = []  # the open window, kept alive by this frame

    def open_window(location: str | None, *, remember: bool = False) -> bool:
        """Open a library in a new window; `remember` makes it the library opened next time."""
        nonlocal settings
        db = _open_library(location or settings.last_library or None, ask_for_other_library)
        if db is None:
            return False
        if remember and location:
            settings = replace(settings, last_library=without_password(location))  # a password is asked for again
            save_settings(settings)
        try:  # on a server the login decides who changes are recorded under
            fixed_user = members.window_user(db, given=user)
        except CuratorError as error:
            print(f"curator: error: {error}", file=sys.stderr)
            db.close()
            return False
        window = MainWindow(db, settings, save_settings=_saver(), layout_store=layout_store, languages=languages,
                            apply_theme=lambda theme: apply_theme(app, theme), user_override=fixed_user,
                            suggestions=SuggestionService(db))
        window.library_requested.connect(lambda path: switch_library(window, path))
        windows.append(window)
        window.show()
        return True

    def switch_library(window: MainWindow, path: str) -> None:
        nonlocal settings
        settings = window.settings
        if open_window(path, remember=True):
            window.close()
            window.db.close()
            windows.remove(window)
            window.deleteLater()

    def _saver():
        def save(new: Settings) -> None:
            nonlocal settings
            settings = new
            save_settings(new)
        return save

    if not open_window(db_location):
        return 1
    install_error_hook(lambda: windows[-1] if windows else None)
    code = app.exec()
    for window in windows:
        window.db.close()
    return code


def _open_library(location: str | None, ask_again) -> Database | None:
    """Open a library; on failure explain why and offer another file until one opens or the editor quits."""
    while True:
        try:
            return open_database(location)
        except StoreError as error:
            location = ask_again(str(location or default_db_path()), error)
            if location is None:
                return None
