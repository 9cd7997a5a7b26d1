"""The composition root: builds the application, settings, library and main window, and wires them.

An up-to-date SQLite library opens in two steps (issue 16): the window's frame, its list read by
the quick reader, is shown first; once it is painted, the services load, on this thread, and the
window gets its library. Any other library (missing, needing an upgrade, on a server) loads the
services first and opens the whole window at once, as it always did.
"""

import gc
import importlib
import sys
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from curator import __version__
from curator.core.settings import Settings, load_settings, save_settings
from curator.gui.error_hook import install_error_hook
from curator.gui.i18n import LanguageSwitcher
from curator.gui.main_window import MainWindow
from curator.gui.theme import apply_theme
from curator.gui.worker import after_first_frame
from curator.services.quick_reads import quick_article_list

if TYPE_CHECKING:
    from curator.services.library import Database

# The services the window's modules import; `importing` loads when the import dialog is first used.
WINDOW_SERVICES = ("agreement", "article_details", "article_status", "blind_tagging", "changes", "deletion", "export",
                   "history", "import_tagged", "library", "members", "registry", "registry_views", "review", "stats",
                   "suggestions", "tagging", "watching")


def load_services() -> None:
    """Import the window's services, SQLAlchemy and SQLModel with them.

    They make objects by the hundred thousand and hardly any garbage: the cyclic collector, paused
    meanwhile, would walk them again and again, and is kept off them afterwards (issue 16).
    """
    collecting = gc.isenabled()
    gc.disable()
    try:
        for service in WINDOW_SERVICES:
            importlib.import_module(f"curator.services.{service}")
    finally:
        gc.freeze()
        if collecting:
            gc.enable()


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

    def window_options() -> dict:
        return dict(save_settings=_saver(), layout_store=layout_store, languages=languages,
                    apply_theme=lambda theme: apply_theme(app, theme))

    def open_window(location: str | None, *, remember: bool = False) -> bool:
        """Open a library in a new window; `remember` makes it the library opened next time."""
        nonlocal settings
        load_services()
        from curator.services.library import without_password

        opened = _open_for_window(location or settings.last_library or None, user)
        if opened is None:
            return False
        if remember and location:
            settings = replace(settings, last_library=without_password(location))  # a password is asked for again
            save_settings(settings)
        db, library_options = opened
        window = MainWindow(db, settings, **window_options(), **library_options)
        window.library_requested.connect(lambda path: switch_library(window, path))
        windows.append(window)
        window.show()
        return True

    def open_first_window(location: str | None) -> bool:
        """The first window, painted before the services load when the quick reader can list its library."""
        location = location or settings.last_library or None
        first_list = quick_article_list(location)
        if first_list is None:
            return open_window(location)
        window = MainWindow(None, settings, **window_options(), first_list=first_list, location=str(first_list.path))
        window.library_requested.connect(lambda path: switch_library(window, path))
        windows.append(window)
        window.show()
        after_first_frame(window, lambda: attach_library(window, location))
        return True

    def attach_library(window: MainWindow, location: str | None) -> None:
        load_services()
        opened = _open_for_window(location, user)
        if opened is None:  # the editor gave up on it, or a server refused the user
            windows.remove(window)
            window.close()
            app.exit(1)
            return
        db, library_options = opened
        window.attach(db, **library_options)

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

    if not open_first_window(db_location):
        return 1
    install_error_hook(lambda: windows[-1] if windows else None)
    code = app.exec()
    for window in windows:
        if window.attached:
            window.db.close()
    return code


def _open_library(location: str | None, ask_again) -> "Database | None":
    """Open a library; on failure explain why and offer another file until one opens or the editor quits."""
    from curator.services.library import StoreError, default_db_path, open_database

    while True:
        try:
            return open_database(location)
        except StoreError as error:
            location = ask_again(str(location or default_db_path()), error)
            if location is None:
                return None


def _open_for_window(location: str | None, user: str | None) -> "tuple[Database, dict] | None":
    """A library opened as `_open_library` opens it, with what the window needs of it besides: who
    changes are recorded under and the suggestions; None when it does not open."""
    from curator.core.errors import CuratorError
    from curator.gui.library_dialogs import ask_for_other_library
    from curator.services import members
    from curator.services.suggestions import SuggestionService

    db = _open_library(location, ask_for_other_library)
    if db is None:
        return None
    try:  # on a server the login decides who changes are recorded under
        fixed_user = members.window_user(db, given=user)
    except CuratorError as error:
        print(f"curator: error: {error}", file=sys.stderr)
        db.close()
        return None
    return db, dict(user_override=fixed_user, suggestions=SuggestionService(db))
