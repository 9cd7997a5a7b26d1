"""What the main window's commands and parts do when they fire: the wiring `MainWindow.attach`
makes once the library is there, and the review and agreement tools it installs (kept apart from the window, which builds and lays out the parts)."""

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction

from curator.core.types import Kind
from curator.gui.shortcuts import ShortcutsDialog

if TYPE_CHECKING:
    from curator.gui.main_window import MainWindow


def reader_actions(window: "MainWindow") -> list[QAction]:
    """The reader's context menu: tagging, then removing and labelling all."""
    a = window.commands
    separator = QAction(window)
    separator.setSeparator(True)
    return [a.tag_institution, a.tag_figure, separator, a.remove_mention, a.label_all]

def connect_commands(window: "MainWindow") -> None:
    """Each command, and each part's signal, to what answers it, once the library is attached."""
    a, w = window.commands, window.workbench
    window.article_list.article_selected.connect(w.open_article)
    w.opened.connect(window.finder.article_opened)
    w.message.connect(window.say)
    window.article_list.message.connect(window.say)
    window.suggester.message.connect(window.say)
    a.show_suggestions.toggled.connect(
        lambda on: window.apply_settings(replace(window.settings, suggestions_enabled=on)))
    window.importer.imported.connect(lambda _report: window.refresher.reload_library(sources=True))
    window.watch.changed.connect(window.refresher.apply)
    window.workbench.stale.connect(window.watch.look)  # a refused change: show what moved at once
    window.refresher.refreshed.connect(lambda change: window.watch.own(change.batch))
    window.importer.undo_requested.connect(
        lambda report: window.library_undo.undo_import(report.batch, user=window.importer.import_user))
    window.library_undo.done.connect(window.library_step_done)
    window.library_undo.message.connect(window.say)
    window.importer.indexed.connect(lambda _count: window.model.refresh_rows() if window.model.query.search else None)
    a.tag_institution.triggered.connect(lambda: w.tag_selection(Kind.INSTITUTION))
    a.tag_figure.triggered.connect(lambda: w.tag_selection(Kind.FIGURE))
    a.tag_institution_exact.triggered.connect(lambda: w.tag_selection(Kind.INSTITUTION, snap=False))
    a.tag_figure_exact.triggered.connect(lambda: w.tag_selection(Kind.FIGURE, snap=False))
    a.remove_mention.triggered.connect(w.remove_selected)
    a.label_all.triggered.connect(lambda: w.label_all())
    a.undo.triggered.connect(w.undo)
    a.redo.triggered.connect(w.redo)
    a.undo_library.triggered.connect(window.library_undo.undo)
    a.redo_library.triggered.connect(window.library_undo.redo)
    a.mark_done.triggered.connect(window.mark_done)
    a.delete_article.triggered.connect(window.delete_article)
    a.edit_details.triggered.connect(window.details_editor.edit)
    w.opened.connect(window.offer_detail_edits)
    window.refresher.refreshed.connect(window.details_changed)
    w.restored.connect(window.article_restored)
    a.focus_search.triggered.connect(window.article_list.focus_search)
    a.focus_list.triggered.connect(window.article_list.table.setFocus)
    a.focus_reader.triggered.connect(window.reader.text.setFocus)
    a.focus_tags.triggered.connect(window.panel.tree.setFocus)
    a.next_article.triggered.connect(lambda: window.article_list.step(+1))
    a.previous_article.triggered.connect(lambda: window.article_list.step(-1))
    a.import_files.triggered.connect(window.importer.choose_files)
    a.import_folder.triggered.connect(window.importer.choose_folder)
    a.open_library.triggered.connect(window.choose_library)
    a.open_shared_library.triggered.connect(window.choose_shared_library)
    a.settings.triggered.connect(window.edit_settings)
    a.quit.triggered.connect(window.close)
    a.zoom_in.triggered.connect(lambda: window.set_font_size(window.settings.font_size + 1))
    a.zoom_out.triggered.connect(lambda: window.set_font_size(window.settings.font_size - 1))
    a.theme_light.triggered.connect(lambda: window.set_theme("light"))
    a.theme_dark.triggered.connect(lambda: window.set_theme("dark"))
    a.shortcuts.triggered.connect(lambda: ShortcutsDialog(
        window.commands, window, more=window.review.actions.all() + window.agreement.actions.all() + window.entities.actions.all()).exec())
    a.about.triggered.connect(window.show_about)


def install_review(window: "MainWindow") -> None:
    """Review, history, export and tagged import (curator.gui.review_tools)."""
    from curator.gui.review_tools import ReviewTools

    window.review = ReviewTools(window.db, window.workbench, window.runner, window, user=window.user_name,
                              role=window.role, role_granted=window.role_granted, open_in_list=window.open_in_list)
    window.review.install(window, file_menu=window.menus["file"], before_file=window.commands.open_library,
                        view_menu=window.menus["view"], before_menu=window.menus["help"])
    window.article_list.article_selected.connect(window.review.article_opened)  # after the workbench opened it
    window.review.controller.message.connect(window.say)
    window.review.tagged_importer.imported.connect(lambda _report: window.refresher.reload_library(sources=True))

def install_agreement(window: "MainWindow") -> None:
    """Tagging blind (curator.gui.agreement): the reader's banner, assigning, the agreement view."""
    from curator.gui.agreement.tools import AgreementTools

    window.agreement = AgreementTools(window.db, window.workbench, window.runner, window, user=window.user_name,
                                    role=lambda: window.settings.role, store=window.layout_store,
                                    selected_articles=window.article_list.selected_ids,
                                    open_article=window.open_in_list)
    window.agreement.install(window.review.menu, window.article_list.add_row_actions, beside=window.review.review_dock)
    window.agreement.message.connect(window.say)
