"""How suggestions look: text in the kind's colour, dashed underline, no fill, so they never pass for tags.

Tags are filled backgrounds (see theme.py). A 1-pixel dashed underline alone is too faint under
Chinese text at 170 % line height (seen on screenshots), hence the coloured text. Colours are chosen per theme to keep
at least 4.5:1 contrast against the reader's background.
"""

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QFont, QTextCharFormat, QTextFormat

from curator.core.types import Kind
from curator.gui.theme import DARK, Palette

LIGHT_COLORS = {Kind.INSTITUTION: "#1a56b0", Kind.FIGURE: "#a34700"}  # on white: 6.5:1 and 6.0:1
DARK_COLORS = {Kind.INSTITUTION: "#7db8ff", Kind.FIGURE: "#ffb366"}  # on qdarkstyle's #19232d: 8:1 and 9:1
# Marks a reader highlight as a suggestion's (tests and tools tell them from tags by it).
SUGGESTION_PROPERTY = QTextFormat.Property.UserProperty.value + 1
FOCUS_BAND_LIGHT, FOCUS_BAND_DARK = "#ececec", "#34475a"  # grey: never confused with the kinds' fills


def suggestion_colors(palette: Palette) -> dict[str, str]:
    """kind -> the colour suggestions of that kind are drawn in."""
    return DARK_COLORS if palette is DARK else LIGHT_COLORS


def suggestion_format(palette: Palette, kind: str, *, current: bool = False) -> QTextCharFormat:
    """Text in the kind's colour over a dashed underline, no background; the current one is bold,
    underlined in the colour that marks the current tag."""
    color = QColor(suggestion_colors(palette).get(kind, "#808080"))
    char_format = QTextCharFormat()
    char_format.setForeground(color)
    char_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
    char_format.setUnderlineColor(color)
    char_format.setProperty(SUGGESTION_PROPERTY, True)
    if current:
        # Bold alone does not show (CJK fonts often lack a bold face): a wavy underline in the
        # current-tag colour over a neutral band, which no tag kind uses, marks the position.
        char_format.setFontWeight(QFont.Weight.Bold)
        char_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        char_format.setUnderlineColor(QColor(palette.current_outline))
        char_format.setBackground(QColor(FOCUS_BAND_DARK if palette is DARK else FOCUS_BAND_LIGHT))
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
