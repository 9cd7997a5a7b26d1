"""Find in the open article: a bar under the reader's text (Ctrl+F), its matches drawn over the text.

What matches is the core's (curator.core.find): script, width and case folded as the library search
folds them, so 银行 finds 銀行; spans are code points, which the reader converts at its edge.
"""

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QColor, QTextCharFormat
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QStyle, QTextEdit, QToolButton, QWidget

from curator.core.find import FoldedText, Matches
from curator.core.types import Script
from curator.gui.reader_view import ReaderView
from curator.gui.shortcuts import Actions
from curator.gui.theme import Palette

PREFILL_MAX_CHARS = 100  # a longer selection is not what the editor wants to look for


class FindBar(QWidget):
    """The query field, the match count and the buttons; it knows nothing of the article."""

    entered = Signal(int)  # Enter (+1) or Shift+Enter (-1) was pressed in the field

    def __init__(self, commands: Actions, parent=None):
        super().__init__(parent)
        self.field = QLineEdit(clearButtonEnabled=True)
        self.field.installEventFilter(self)
        self.count = QLabel()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.addWidget(self.field, 1)
        layout.addWidget(self.count)
        commands.close_find.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_TitleBarCloseButton))
        layout.addWidget(_button(commands.find_previous, Qt.ArrowType.UpArrow))
        layout.addWidget(_button(commands.find_next, Qt.ArrowType.DownArrow))
        layout.addWidget(_button(commands.close_find))
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.field.setPlaceholderText(self.tr("Find in this article"))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.field and event.type() == QEvent.Type.KeyPress \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.entered.emit(-1 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else +1)
            return True
        return super().eventFilter(watched, event)

    def show_count(self, query: str, matches: Matches) -> None:
        """The count: 3 / 12 with a current match, 12 matches before the first step, or no matches."""
        if not query:
            text = ""
        elif not matches.spans:
            text = self.tr("No matches")
        elif matches.current is None:
            text = self.tr("%n match(es)", "", len(matches.spans))
        else:
            text = f"{matches.current + 1} / {len(matches.spans)}"
        self.count.setText(text)


class ArticleFinder(QObject):
    """Looks for the find bar's query in the open article; the reader draws the matches (its overlay)."""

    def __init__(self, reader: ReaderView, commands: Actions, parent=None):
        super().__init__(parent)
        self.reader = reader
        self.commands = commands
        self.bar = FindBar(commands)
        self.matches = Matches()
        self._text: FoldedText | None = None  # the open article's text, folded once
        self._article_id: int | None = None  # whose matches these are
        self._anchor = 0  # where the search looks from: where the caret was, then the current match
        reader.add_bar(self.bar)
        reader.add_overlay(self)
        # Esc closes the bar from the bar or the text, and is left alone elsewhere and while the bar is shut.
        commands.close_find.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        commands.close_find.setEnabled(False)
        reader.addAction(commands.close_find)
        commands.find_in_article.triggered.connect(self.open)
        commands.find_next.triggered.connect(lambda: self.step(+1))
        commands.find_previous.triggered.connect(lambda: self.step(-1))
        commands.close_find.triggered.connect(self.close)
        self.bar.entered.connect(self.step)
        self.bar.field.textChanged.connect(lambda _text: self._search(scroll=True))

    @property
    def query(self) -> str:
        return self.bar.field.text()

    def open(self) -> None:
        """Show the bar with the selected text (if short) or the last query, ready to type over; the
        first match from the selection or the caret on is the current one."""
        article, selection = self.reader.state.article, self.reader.state.selection
        self._anchor = selection[0] if selection is not None else self.reader.caret()
        if article is not None and selection is not None:
            selected = article.text[selection[0] : selection[1]]
            if len(selected) <= PREFILL_MAX_CHARS and "\n" not in selected:
                self.bar.field.setText(selected)
        self.bar.show()
        self.commands.close_find.setEnabled(True)
        self.bar.field.setFocus()
        self.bar.field.selectAll()
        self._search(scroll=True)

    def close(self) -> None:
        self.bar.hide()
        self.commands.close_find.setEnabled(False)
        self.matches = Matches()
        self.reader.repaint_highlights()
        self.reader.text.setFocus()

    def step(self, delta: int) -> None:
        """The next (+1) or previous (-1) match; F3 with the bar shut opens it."""
        if self.bar.isHidden() or not self.query:
            self.open()
            return
        self.matches.step(delta)
        self._show(scroll=True)

    def article_opened(self, _article_id: int | None) -> None:
        """Another article: its matches are shown while the bar is open, none is current yet."""
        self._anchor = 0
        self.matches = Matches()
        if not self.bar.isHidden():
            self._search(scroll=False)

    def _search(self, *, scroll: bool) -> None:
        article = self.reader.state.article
        self.matches = Matches()
        if article is not None and self.query:
            if self._article_id != article.id:
                self._text = FoldedText(article.text, traditional=article.script == Script.TRADITIONAL)
                self._article_id = article.id
            self.matches = Matches(self._text.find(self.query))
            if scroll:
                self.matches.first_from(self._anchor)
        self._show(scroll=scroll)

    def _show(self, *, scroll: bool) -> None:
        self.bar.show_count(self.query, self.matches)
        self.reader.repaint_highlights()
        span = self.matches.current_span()
        if scroll and span is not None:
            self._anchor = span[0]
            self.reader.go_to(span[0])

    # --- the reader's overlay -------------------------------------------------------------
    def highlights(self, palette: Palette) -> list[QTextEdit.ExtraSelection]:
        if self.bar.isHidden() or self._article_id != self.reader.state.id:
            return []
        formats = (_find_format(*palette.find_match), _find_format(*palette.find_current))
        selections = []
        for index, (start, end) in enumerate(self.matches.spans):
            selection = QTextEdit.ExtraSelection()
            selection.cursor = self.reader.span_cursor(start, end)
            selection.format = formats[index == self.matches.current]
            selections.append(selection)
        return selections

    def tooltip(self, _position: int) -> str:
        return ""


def _find_format(background: str, foreground: str) -> QTextCharFormat:
    char_format = QTextCharFormat()
    char_format.setBackground(QColor(background))
    char_format.setForeground(QColor(foreground))
    return char_format


def _button(action: QAction, arrow: Qt.ArrowType = Qt.ArrowType.NoArrow) -> QToolButton:
    """A small button for `action`, showing an arrow or the action's icon; its tip is the action's."""
    button = QToolButton()
    button.setDefaultAction(action)
    button.setArrowType(arrow)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
    button.setAutoRaise(True)
    return button
