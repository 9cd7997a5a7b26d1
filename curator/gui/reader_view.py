"""The centre pane: an article to read and tag, its mentions highlighted by kind."""

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QColor, QFont, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QTextEdit, QToolButton, QToolTip, QVBoxLayout, QWidget

from curator.core.offsets import OffsetMap
from curator.gui.labels import kind_label, published_label, status_label
from curator.gui.open_article import OpenArticle
from curator.gui.review_marks import review_format, review_tooltip_lines
from curator.gui.theme import LIGHT, Palette
from curator.services.article_details import ArticleDetails
from curator.services.library import Article, ArticleState
from curator.services.tagging import MentionView

LINE_HEIGHT_PERCENT = 170  # generous leading for long Chinese reading


class ArticleText(QTextEdit):
    """Read-only, selectable text that reports hovers and clicks on code-point positions."""

    clicked_at = Signal(int)  # code-point position of a click without a selection

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setReadOnly(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.offsets = OffsetMap("")
        self.tooltip_for: Callable[[int], str] = lambda _position: ""  # the ReaderView's

    def position_at(self, point) -> int:
        return self.offsets.utf16_to_codepoint(min(self.cursorForPosition(point).position(),
                                                   self.offsets.utf16_length))

    def viewportEvent(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            text = self.tooltip_for(self.position_at(event.pos()))
            if text:
                QToolTip.showText(event.globalPos(), text, self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            self.clicked_at.emit(self.position_at(event.position().toPoint()))


class ReaderView(QWidget):
    mention_clicked = Signal(int)  # mention id

    def __init__(self, state: OpenArticle | None = None, parent=None):
        super().__init__(parent)
        self.state = state or OpenArticle()  # what the reader draws; it does not own it
        self.title = QLabel(wordWrap=True, textInteractionFlags=Qt.TextInteractionFlag.TextSelectableByMouse)
        self.meta = QLabel(wordWrap=True)
        # Beside the title, where a wrong title or date is seen: the window gives it its action.
        self.details_button = QToolButton(autoRaise=True)
        self.details_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        # What to do with an empty reader. A label, not the text's placeholder: QTextEdit drew the
        # placeholder on one line and cut the hint off at "File → Import".
        self.hint = QLabel(wordWrap=True)
        self.hint.setMinimumWidth(1)  # a wrapped label asks for room it does not need: the reader decides
        self.text = ArticleText()
        self.text.tooltip_for = self.tooltip
        self.text.clicked_at.connect(self._clicked)
        self.text.selectionChanged.connect(self._selection_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 0)
        layout.setSpacing(6)
        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        heading.addWidget(self.details_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(heading)
        layout.addWidget(self.meta)
        layout.addWidget(self.hint)
        layout.addWidget(self.text, 1)
        self._tag_selections: list[QTextEdit.ExtraSelection] = []  # built once per change of tags
        self._palette = LIGHT
        self._cursors: dict[tuple[int, int], QTextCursor] = {}  # a span's cursor, for this document
        self._formats: dict[tuple, QTextCharFormat] = {}  # (kind, verdict, shaded, current) in this palette
        self._font_size = 15
        # Layers drawn over the tags (the suggestions): asked for highlights at every repaint and,
        # where no tag is, for the tooltip.
        self._overlays: list[ReaderOverlay] = []
        self.title.hide()
        self.meta.hide()
        self.details_button.hide()
        self.retranslate()

    # --- appearance -------------------------------------------------------------
    def set_palette(self, palette: Palette) -> None:
        self._palette = palette
        self._formats = {}
        self._style_labels()
        self._paint_highlights()

    def set_font_size(self, size: int) -> None:
        # Through the widgets' own style sheets: a font set with setFont is replaced by the
        # application's style sheet whenever the theme changes (it fell back to 9 pt).
        self._font_size = size
        self.text.setStyleSheet(f"font-size: {size}pt;")
        self._style_labels()

    def _style_labels(self) -> None:
        muted, size = self._palette.muted_text, self._font_size
        self.title.setStyleSheet(f"font-size: {size + 5}pt; font-weight: bold;")
        self.meta.setStyleSheet(f"color: {muted};")
        self.hint.setStyleSheet(f"color: {muted}; background: transparent; font-size: {size + 2}pt;")

    def retranslate(self) -> None:
        self.hint.setText(self.tr(
            "Pick an article in the list, or import files with File → Import (Ctrl+O) or by dragging them here."))
        self._show_meta()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- content ----------------------------------------------------------------
    @property
    def article(self) -> Article | None:
        return self.state.article

    @property
    def mentions(self) -> list[MentionView]:
        return self.state.mentions

    @property
    def current_mention(self) -> int | None:
        return self.state.current_mention

    def show_article(self, article: Article | None, mentions: list[MentionView]) -> None:
        self.state.open(article, [])
        self.title.setText(article.title if article else "")
        self.title.setVisible(article is not None)
        self.meta.setVisible(article is not None)
        self.details_button.setVisible(article is not None and self.details_button.defaultAction() is not None)
        self.hint.setVisible(article is None)
        self._show_meta()
        text = article.text if article else ""
        self.text.offsets = OffsetMap(text)
        self.text.setPlainText(text)
        self._cursors = {}  # a new document: the old cursors point into the last one
        cursor = QTextCursor(self.text.document())
        cursor.select(QTextCursor.SelectionType.Document)
        spacing = QTextBlockFormat()
        spacing.setLineHeight(LINE_HEIGHT_PERCENT, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        spacing.setBottomMargin(self._font_size * 0.6)
        cursor.mergeBlockFormat(spacing)
        self.set_mentions(mentions)
        self.text.verticalScrollBar().setValue(0)

    def _show_meta(self) -> None:
        a = self.article
        if a is None:
            self.meta.setText("")
            return
        parts = [a.source, a.author, published_label(a.published), self.tr("%1 characters").replace("%1", f"{a.chars or len(a.text):,}"),
                 status_label(a.status)]
        self.meta.setText("  ·  ".join(p for p in parts if p))

    def set_details_action(self, action: QAction) -> None:
        """The command the button beside the title runs (Article → Edit details…)."""
        self.details_button.setDefaultAction(action)
        self.details_button.setVisible(self.article is not None)

    def show_details(self, details: ArticleDetails) -> None:
        """The open article's new title, source, author, date and URL, as a change returned them."""
        self.state.take_details(details)
        self.title.setText(details.title)
        self._show_meta()

    def show_state(self, state: ArticleState) -> None:
        """The open article's new status and verdict, as a change returned them."""
        self.state.take_state(state)
        self._show_meta()

    def set_mentions(self, mentions: list[MentionView]) -> None:
        self.state.set_mentions(mentions)
        self._paint_highlights()

    def _paint_highlights(self) -> None:
        """Rebuild the tags' highlights (mentions, palette or current tag changed), then show them."""
        self._tag_selections = self._build_tag_selections()
        self.repaint_highlights()

    def _build_tag_selections(self) -> list[QTextEdit.ExtraSelection]:
        # Cursors and formats are kept between rebuilds: the text never changes, so a span's cursor
        # stays right, and placing 1,000 cursor ends took most of a tag's 70 ms on 500 tags.
        selections = []
        previous_end, shaded = None, False
        for mention in self.mentions:
            # Two tags that touch (中国农业银行长治分行 tagged as two) would read as one:
            # every other tag of a touching run gets a shade of its colour.
            shaded = mention.start == previous_end and not shaded
            previous_end = mention.end
            selection = QTextEdit.ExtraSelection()
            selection.cursor = self.span_cursor(mention.start, mention.end)
            selection.format = self._tag_format(mention, shaded=shaded, current=mention.id == self.current_mention)
            selections.append(selection)
        return selections

    def span_cursor(self, start: int, end: int) -> QTextCursor:
        """A cursor selecting a code-point span of the open article, kept for the next repaint."""
        cursor = self._cursors.get((start, end))
        if cursor is None:
            offsets = self.text.offsets
            cursor = QTextCursor(self.text.document())
            cursor.setPosition(offsets.codepoint_to_utf16(start))
            cursor.setPosition(offsets.codepoint_to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
            self._cursors[(start, end)] = cursor
        return cursor

    def _tag_format(self, mention: MentionView, *, shaded: bool, current: bool) -> QTextCharFormat:
        key = (mention.kind, mention.status, shaded, current)
        char_format = self._formats.get(key)
        if char_format is None:
            background, foreground = self._palette.highlight.get(mention.kind, (None, None))
            char_format = QTextCharFormat()
            if background is not None:
                char_format.setBackground(QColor(background))
                char_format.setForeground(QColor(foreground))
            char_format = review_format(char_format, mention, self._palette)
            if shaded:
                char_format = _shaded(char_format)
            if current:
                char_format = QTextCharFormat(char_format)
                char_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
                char_format.setUnderlineColor(QColor(self._palette.current_outline))
                char_format.setFontWeight(QFont.Weight.Bold)
                char_format.setProperty(QTextFormat.Property.FullWidthSelection, False)
            self._formats[key] = char_format
        return char_format

    def repaint_highlights(self) -> None:
        """Show the tags again with fresh extra highlights (suggestions), without rebuilding the tags'."""
        over = [selection for overlay in self._overlays for selection in overlay.highlights(self._palette)]
        self.text.setExtraSelections(self._tag_selections + over)

    # --- positions and mentions -------------------------------------------------
    def mention_at(self, position: int) -> MentionView | None:
        return self.state.mention_at(position)

    def selection_span(self) -> tuple[int, int] | None:
        """The selected text as code-point offsets, or None without a selection."""
        return self.state.selection

    def _selection_changed(self) -> None:
        """Keep the open article's selection in code points, converted here at the Qt edge."""
        cursor = self.text.textCursor()
        offsets = self.text.offsets
        self.state.selection = (
            (offsets.utf16_to_codepoint(cursor.selectionStart()), offsets.utf16_to_codepoint(cursor.selectionEnd()))
            if cursor.hasSelection() else None
        )

    def select_span(self, start: int, end: int) -> None:
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(self.text.offsets.codepoint_to_utf16(start))
        cursor.setPosition(self.text.offsets.codepoint_to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
        self.text.setTextCursor(cursor)

    def show_mention(self, mention_id: int | None) -> None:
        """Make a mention the current one and scroll it into view."""
        self.state.current_mention = mention_id
        self._paint_highlights()
        mention = next((m for m in self.mentions if m.id == mention_id), None)
        if mention is not None:
            self.go_to(mention.start)

    def caret(self) -> int:
        """The caret's code-point position."""
        return self.text.offsets.utf16_to_codepoint(self.text.textCursor().position())

    def place_caret(self, position: int) -> None:
        """Put the caret at a code-point position, the view left where it is."""
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(self.text.offsets.codepoint_to_utf16(position))
        self.text.setTextCursor(cursor)

    def go_to(self, position: int) -> None:
        """Put the caret at a code-point position and bring its line to the middle of the reader
        (at the bottom edge, where Qt scrolls it, the words after it stay out of sight)."""
        self.place_caret(position)
        line = self.text.cursorRect(self.text.textCursor())
        bar = self.text.verticalScrollBar()
        bar.setValue(bar.value() + line.center().y() - self.text.viewport().height() // 2)

    def _clicked(self, position: int) -> None:
        mention = self.mention_at(position)
        if mention is not None:
            self.show_mention(mention.id)
            self.mention_clicked.emit(mention.id)
        elif self.current_mention is not None:
            self.show_mention(None)

    def add_banner(self, banner: QWidget) -> None:
        """Put a banner between the article's details and its text (whose tags the reader shows)."""
        layout = self.layout()
        layout.insertWidget(layout.indexOf(self.text), banner)

    def add_bar(self, bar: QWidget) -> None:
        """Put a bar under the text (the find bar)."""
        self.layout().addWidget(bar)

    def add_overlay(self, overlay: "ReaderOverlay") -> None:
        """Draw a layer over the tags (the suggestions do); it is asked again at every repaint."""
        self._overlays.append(overlay)

    def tooltip(self, position: int) -> str:
        """What hovering at a code-point position shows: the tag there, else an overlay's word."""
        mention = self.mention_at(position)
        if mention is None:
            return next((tip for overlay in self._overlays if (tip := overlay.tooltip(position))), "")
        lines = [f"{kind_label(mention.kind)}：{mention.entity}",
                 self.tr("Tagged by %1").replace("%1", mention.annotator), *review_tooltip_lines(mention)]
        return "\n".join(lines)


class ReaderOverlay(Protocol):
    """A layer the reader draws over its tags, such as the suggestions."""

    def highlights(self, palette: Palette) -> list[QTextEdit.ExtraSelection]: ...

    def tooltip(self, position: int) -> str: ...


def _shaded(char_format: QTextCharFormat) -> QTextCharFormat:
    """The same format on a background one step darker (on light colours) or lighter (on dark)."""
    shaded = QTextCharFormat(char_format)
    background = char_format.background().color()
    shaded.setBackground(background.darker(125) if background.lightness() > 128 else background.lighter(150))
    return shaded
