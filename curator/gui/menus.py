"""The menu bar, built from the declared actions (titles are set by the window's retranslate)."""

from PySide6.QtWidgets import QMainWindow

from curator.gui.shortcuts import Actions


def build_menus(window: QMainWindow, a: Actions) -> None:
    """Fill the menu bar; `window.menus` keeps the menus in order for retranslation."""
    bar = window.menuBar()
    layout = (
        [a.import_files, a.import_folder, None, a.open_library, None, a.settings, None, a.quit],
        [a.undo, a.redo, a.undo_library, a.redo_library, None, a.tag_institution, a.tag_figure, a.tag_institution_exact, a.tag_figure_exact,
         None, a.remove_mention, a.label_all],
        [a.next_article, a.previous_article, None, a.mark_done, None, a.delete_article],
        [a.accept_suggestion, a.reject_suggestion, None, a.next_suggestion, a.previous_suggestion, None,
         a.accept_suggestions_above, a.accept_everywhere, None, a.retrain_suggestions],
        [a.zoom_in, a.zoom_out, None, a.theme_light, a.theme_dark, None, a.show_suggestions],
        [a.shortcuts, None, a.about],
    )
    window.menus = []
    for actions in layout:
        menu = bar.addMenu("")
        for action in actions:
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        window.menus.append(menu)
