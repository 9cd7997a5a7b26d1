"""Every command of the window, declared once with its keys; and the shortcuts dialog."""

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout

# name -> keys; the texts are set (translated) in `Actions.retranslate`.
KEYS = {
    "import_files": ["Ctrl+O"], "import_folder": ["Ctrl+Shift+O"], "open_library": ["Ctrl+Shift+L"],
    "open_shared_library": [],
    "settings": ["Ctrl+,"], "quit": ["Ctrl+Q"],
    "undo": ["Ctrl+Z"], "redo": ["Ctrl+Shift+Z", "Ctrl+Y"],
    "undo_library": ["Ctrl+Alt+Z"], "redo_library": ["Ctrl+Alt+Shift+Z"],
    "tag_institution": ["1", "I"], "tag_figure": ["2", "F"],
    "tag_institution_exact": ["Alt+1"], "tag_figure_exact": ["Alt+2"],
    "remove_mention": ["Delete", "Backspace"], "label_all": ["Ctrl+Shift+A"],
    "next_article": ["Alt+Down", "N"], "previous_article": ["Alt+Up", "P"], "mark_done": ["Ctrl+Return"],
    "edit_details": ["Ctrl+Shift+D"], "delete_article": ["Ctrl+Delete"],  # F2 renames in the entity browser
    # Ctrl+F finds in the open article, as in a browser; the library's search box takes Ctrl+Shift+F,
    # as searching all files does in an editor.
    "find_in_article": ["Ctrl+F"], "find_next": ["F3"], "find_previous": ["Shift+F3"], "close_find": ["Esc"],
    "focus_search": ["Ctrl+Shift+F"], "focus_list": ["Ctrl+1"], "focus_reader": ["Ctrl+2"], "focus_tags": ["Ctrl+3"],
    "zoom_in": ["Ctrl+=", "Ctrl++"], "zoom_out": ["Ctrl+-"],
    "theme_light": [], "theme_dark": [], "shortcuts": ["F1"], "about": [],
    "show_entities": ["Ctrl+Shift+B"],  # the entity browser's window (B: browse; Ctrl+Shift+E reopens)
    "show_stats": ["Ctrl+Shift+S"],
    # Suggestions; Enter is left alone: it belongs to the search field and the article list.
    "accept_suggestion": ["A"], "reject_suggestion": ["X"], "next_suggestion": ["]"], "previous_suggestion": ["["],
    "accept_suggestions_above": ["Shift+A"], "accept_everywhere": ["Shift+E"], "retrain_suggestions": [],
    "show_suggestions": [],
}


class KeyedActions(QObject):
    """Named QActions built from a {name: [keys]} table, reachable as attributes."""

    def __init__(self, parent, keys: dict[str, list[str]]):
        super().__init__(parent)
        self._names = list(keys)
        for name, sequences in keys.items():
            action = QAction(parent)
            action.setShortcuts([QKeySequence(k) for k in sequences])
            setattr(self, name, action)

    def all(self) -> list[QAction]:
        return [getattr(self, name) for name in self._names]

    def _set_texts(self, texts: dict[str, tuple[str, str]]) -> None:
        """Each action's (translated) text, and its tip as tooltip and status tip."""
        for name, (text, tip) in texts.items():
            action = getattr(self, name)
            action.setText(text)
            action.setToolTip(tip)
            action.setStatusTip(tip)


class Actions(KeyedActions):
    """The window's QActions, reachable as attributes (`actions.tag_figure`)."""

    def __init__(self, parent):
        super().__init__(parent, KEYS)
        self.theme_group = QActionGroup(self)
        for action in (self.theme_light, self.theme_dark):
            action.setCheckable(True)
            self.theme_group.addAction(action)
        self.retranslate()

    def retranslate(self) -> None:
        texts = {
            "import_files": (self.tr("Import fi&les…"), self.tr("Import txt, md, html, pdf or docx files")),
            "import_folder": (self.tr("Import fol&der…"), self.tr("Import every supported file in a folder")),
            "open_library": (self.tr("&Open library…"), self.tr("Open another library file")),
            "open_shared_library": (self.tr("Open s&hared library…"),
                                    self.tr("Open a library on a PostgreSQL server, shared by the newsroom")),
            "settings": (self.tr("&Settings…"), self.tr("User name, role, language, theme, font size")),
            "quit": (self.tr("&Quit"), self.tr("Close Curator")),
            "undo": (self.tr("Und&o"), self.tr("Undo your last change in this article, or the article you just deleted")),
            "redo": (self.tr("&Redo"), self.tr("Redo the change you undid")),
            "undo_library": (self.tr("Undo in &library"),
                             self.tr("Undo your newest change anywhere in the library: an import, a deletion, a tag in another article")),
            "redo_library": (self.tr("Redo in library"), self.tr("Redo the library change you undid")),
            "tag_institution": (self.tr("Tag as &institution"), self.tr("Tag the selected text as an institution")),
            "tag_figure": (self.tr("Tag as &figure"), self.tr("Tag the selected text as a figure")),
            "tag_institution_exact": (self.tr("Tag as institution, exactly as selected"),
                                      self.tr("Tag without snapping to word boundaries")),
            "tag_figure_exact": (self.tr("Tag as figure, exactly as selected"),
                                 self.tr("Tag without snapping to word boundaries")),
            "remove_mention": (self.tr("Re&move tag"), self.tr("Remove the selected tag")),
            "label_all": (self.tr("&Label all occurrences"),
                          self.tr("Tag every other occurrence of the selected tag's name in this article")),
            "next_article": (self.tr("&Next article"), self.tr("Open the next article in the list")),
            "previous_article": (self.tr("&Previous article"), self.tr("Open the previous article in the list")),
            "mark_done": (self.tr("Mark as &done"), self.tr("Finish tagging this article")),
            "edit_details": (self.tr("Edit de&tails…"),
                             self.tr("Change the article's title, source, author, date or URL (never its text)")),
            "delete_article": (self.tr("D&elete article…"),
                               self.tr("Delete this article and its tags from the library (Undo brings it back)")),
            "find_in_article": (self.tr("Find in ar&ticle…"), self.tr("Find text in the open article")),
            "find_next": (self.tr("Find next"), self.tr("Go to the next match in the article")),
            "find_previous": (self.tr("Find previous"), self.tr("Go to the previous match in the article")),
            "close_find": (self.tr("Close the find bar"), self.tr("Close the find bar and clear its highlights")),
            "focus_search": (self.tr("Search the library"), self.tr("Put the cursor in the library's search box")),
            "focus_list": (self.tr("Go to the article list"), self.tr("Move the keyboard focus to the article list")),
            "focus_reader": (self.tr("Go to the article text"), self.tr("Move the keyboard focus to the article text")),
            "focus_tags": (self.tr("Go to the tags"), self.tr("Move the keyboard focus to the list of tags")),
            "zoom_in": (self.tr("&Larger text"), self.tr("Make the article text larger")),
            "zoom_out": (self.tr("&Smaller text"), self.tr("Make the article text smaller")),
            "theme_light": (self.tr("&Light theme"), self.tr("Dark text on a light background")),
            "theme_dark": (self.tr("&Dark theme"), self.tr("Light text on a dark background")),
            "shortcuts": (self.tr("&Keyboard shortcuts"), self.tr("List every keyboard shortcut")),
            "about": (self.tr("About &Curator"), self.tr("Version and licence")),
            "show_entities": (self.tr("&Entity browser"),
                              self.tr("Every institution and figure in the library: names, mentions, merge and split")),
            "show_stats": (self.tr("Sta&tistics"),
                           self.tr("Articles by status, tags by kind, top entities and each person's work per day")),
            "accept_suggestion": (self.tr("&Accept suggestion"),
                                  self.tr("Tag the current suggestion and go to the next one")),
            "reject_suggestion": (self.tr("Reject suggestion"),
                                  self.tr("Never suggest this here again, and go to the next one")),
            "next_suggestion": (self.tr("Next suggestion"), self.tr("Go to the next suggestion in the text")),
            "previous_suggestion": (self.tr("Previous suggestion"),
                                    self.tr("Go to the previous suggestion in the text")),
            "accept_suggestions_above": (self.tr("Accept all above the &score"),
                                         self.tr("Accept every suggestion in this article scoring at least "
                                                 "the lowest score set under the suggestions")),
            "accept_everywhere": (self.tr("Accept this name &everywhere"),
                                  self.tr("Tag the current suggestion's name in every article of the library")),
            "retrain_suggestions": (self.tr("&Learn from the tags now"),
                                    self.tr("Retrain the suggestions on every tagged article")),
            "show_suggestions": (self.tr("Show &suggestions"), self.tr("Show or hide the names Curator suggests")),
        }
        self._set_texts(texts)
        # The reader's button beside the title shows this; Qt would keep a Chinese menu letter's "(T)".
        self.edit_details.setIconText(self.tr("Edit details…"))


class ShortcutsDialog(QDialog):
    """A table of every command that has keys."""

    def __init__(self, actions: Actions, parent=None, *, more: list[QAction] = ()):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = [a for a in [*actions.all(), *more] if a.shortcuts()]
        self.table = QTableWidget(len(rows), 2)
        self.table.setHorizontalHeaderLabels([self.tr("Command"), self.tr("Keys")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        for row, action in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(action.text().replace("&", "")))
            keys = "  /  ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts())
            self.table.setItem(row, 1, QTableWidgetItem(keys))
        note = self.tr("Select text in the article, then press a key to tag it. "
                       "Hold Alt to tag exactly the selected characters.")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(QLabel(note, wordWrap=True))
        layout.addWidget(buttons)
        self.resize(520, 560)
