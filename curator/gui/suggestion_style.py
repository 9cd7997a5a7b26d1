"""How suggestions look: an underline in the kind's colour and no fill, so they never pass for tags.

Tags are filled backgrounds (see theme.py); a suggestion is only a dashed underline, and the
current one also takes the kind's colour as text colour. Colours are chosen per theme to keep
at least 4.5:1 contrast against the reader's background.
"""

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QFont, QTextCharFormat

from curator.core.types import Kind
from curator.gui.theme import DARK, Palette

LIGHT_COLORS = {Kind.INSTITUTION: "#1a56b0", Kind.FIGURE: "#a34700"}  # on white: 6.5:1 and 6.0:1
DARK_COLORS = {Kind.INSTITUTION: "#7db8ff", Kind.FIGURE: "#ffb366"}  # on qdarkstyle's #19232d: 8:1 and 9:1


def suggestion_colors(palette: Palette) -> dict[str, str]:
    """kind -> the colour suggestions of that kind are drawn in."""
    return DARK_COLORS if palette is DARK else LIGHT_COLORS


def suggestion_format(palette: Palette, kind: str, *, current: bool = False) -> QTextCharFormat:
    """A dashed underline in the kind's colour and no background; the current one is bold and coloured."""
    color = QColor(suggestion_colors(palette).get(kind, "#808080"))
    char_format = QTextCharFormat()
    char_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
    char_format.setUnderlineColor(color)
    if current:
        char_format.setForeground(color)
        char_format.setFontWeight(QFont.Weight.Bold)
    return char_format


def source_label(source: str) -> str:
    """Where a suggestion came from, in the editor's words."""
    labels = {
        "lexicon": QCoreApplication.translate("SuggestionLabels", "Tagged before"),
        "rule": QCoreApplication.translate("SuggestionLabels", "Rule"),
        "crf": QCoreApplication.translate("SuggestionLabels", "Learned"),
        "jieba": QCoreApplication.translate("SuggestionLabels", "Word list"),
    }
    return labels.get(source, source)


def score_text(score: float) -> str:
    return f"{score:.2f}"
