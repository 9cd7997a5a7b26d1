"""Opens the window with the entity browser (or the statistics) in front, for docs/make_screenshots.sh
to photograph.

    python docs/show_entity_browser.py LIBRARY ENTITY_NAME [--theme dark] [--language en]
    python docs/show_entity_browser.py LIBRARY --stats [--theme dark] [--language en]
"""

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from curator.core.settings import Settings  # noqa: E402
from curator.gui.i18n import LanguageSwitcher  # noqa: E402
from curator.gui.main_window import MainWindow  # noqa: E402
from curator.gui.theme import apply_theme  # noqa: E402
from curator.services import registry_views  # noqa: E402
from curator.services.library import open_database  # noqa: E402


def window_on(library: str, settings: Settings, layout_name: str) -> tuple[QApplication, MainWindow]:
    """The application and its window on `library`, shown, in the settings' language and theme."""
    app = QApplication(sys.argv[:1])
    languages = LanguageSwitcher(app)
    languages.switch(settings.language)
    layout = QSettings(str(Path(library).with_suffix(layout_name)), QSettings.Format.IniFormat)
    window = MainWindow(open_database(library), settings, save_settings=lambda _settings: None, layout_store=layout,
                        languages=languages, apply_theme=lambda theme: apply_theme(app, theme))
    window.show()
    return app, window


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("library")
    parser.add_argument("entity", nargs="?")
    parser.add_argument("--stats", action="store_true", help="the statistics instead of the entity browser")
    parser.add_argument("--theme", default="light")
    parser.add_argument("--language", default="zh_CN")
    args = parser.parse_args()
    app, window = window_on(args.library, Settings(user="李编辑", language=args.language, theme=args.theme),
                            ".layout.ini")
    db = window.db
    if args.stats:
        window.stats_view.present()
        window.stats_view.tabs.setCurrentIndex(2)  # the top entities: the table editors report from
    else:
        entity = next(e for e in registry_views.entities(db, search=args.entity) if e["name"] == args.entity)
        window.entities.present(entity["id"])
        window.entities.page.concordance.selectRow(1)  # a chosen line, as before a split
    QTimer.singleShot(60_000, app.quit)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
