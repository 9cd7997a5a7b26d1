"""The menu bar, declared as one table of menus by name (titles are set by `menu_titles`)."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow, QMenu

from curator.gui.shortcuts import Actions

# Menu name -> the Actions attribute names it lists (None draws a separator). The review tools
# add their own Review menu and entries under File and View when they install.
MENUS = {
    "file": ["import_files", "import_folder", None, "open_library", "open_shared_library", None, "settings", None, "quit"],
    "edit": ["undo", "redo", "undo_library", "redo_library", None, "tag_institution", "tag_figure",
             "tag_institution_exact", "tag_figure_exact", None, "remove_mention", "label_all", None,
             "find_in_article", "find_next", "find_previous"],
    "article": ["next_article", "previous_article", None, "mark_done", None, "edit_details", "delete_article"],
    "suggestions": ["accept_suggestion", "reject_suggestion", None, "next_suggestion", "previous_suggestion", None,
                    "accept_suggestions_above", "accept_everywhere", None, "retrain_suggestions"],
    "view": ["focus_search", "focus_list", "focus_reader", "focus_tags", None, "zoom_in", "zoom_out", None,
             "theme_light", "theme_dark", None, "show_suggestions", "show_entities", "show_stats"],
    "help": ["shortcuts", None, "about"],
}


def menu_titles() -> dict[str, str]:
    return {
        "file": QCoreApplication.translate("Menus", "&File"),
        "edit": QCoreApplication.translate("Menus", "&Edit"),
        "article": QCoreApplication.translate("Menus", "&Article"),
        "suggestions": QCoreApplication.translate("Menus", "&Suggestions"),
        "view": QCoreApplication.translate("Menus", "&View"),
        "help": QCoreApplication.translate("Menus", "&Help"),
    }


def build_menus(window: QMainWindow, actions: Actions) -> dict[str, QMenu]:
    """Fill the menu bar from MENUS; returns the menus by name."""
    menus = {}
    for name, entries in MENUS.items():
        menu = window.menuBar().addMenu("")
        for entry in entries:
            menu.addSeparator() if entry is None else menu.addAction(getattr(actions, entry))
        menus[name] = menu
    return menus
