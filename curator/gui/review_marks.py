"""How a reviewer's verdict on a mention shows: in the reader's highlight and tooltip, and in the side panel."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QTextCharFormat
from PySide6.QtWidgets import QTreeWidgetItem

from curator.core.types import ArticleStatus, MentionStatus
from curator.gui.theme import Palette
from curator.services.tagging import MentionView

APPROVED_MARK, REJECTED_MARK = "✓", "✗"



def review_format(char_format: QTextCharFormat, mention: MentionView, palette: Palette) -> QTextCharFormat:
    """The kind's highlight, underlined green (approved, dotted) or red (rejected, wavy)."""
    if mention.status == MentionStatus.APPROVED:
        style, colour = QTextCharFormat.UnderlineStyle.DotLine, palette.status[ArticleStatus.APPROVED]
    elif mention.status == MentionStatus.REJECTED:
        style, colour = QTextCharFormat.UnderlineStyle.WaveUnderline, palette.status[ArticleStatus.CHANGES_REQUESTED]
    else:
        return char_format
    marked = QTextCharFormat(char_format)
    marked.setUnderlineStyle(style)
    marked.setUnderlineColor(QColor(colour))
    return marked


def review_tooltip_lines(mention: MentionView) -> list[str]:
    """Who approved or rejected the mention, and the rejection comment."""
    if mention.status == MentionStatus.APPROVED:
        text = QCoreApplication.translate("ReviewMarks", "Approved by %1")
        return [f"{APPROVED_MARK} " + text.replace("%1", mention.reviewer or "")]
    if mention.status == MentionStatus.REJECTED:
        text = QCoreApplication.translate("ReviewMarks", "Rejected by %1")
        line = f"{REJECTED_MARK} " + text.replace("%1", mention.reviewer or "")
        return [line + (f"：{mention.comment}" if mention.comment else "")]
    return []


def mark_entry_item(item: QTreeWidgetItem, mentions: list[MentionView]) -> None:
    """Prefix a side-panel row with ✗ if any of its mentions is rejected, ✓ if all are approved."""
    rejected = [m for m in mentions if m.status == MentionStatus.REJECTED]
    if rejected:
        item.setText(0, f"{REJECTED_MARK} {item.text(0)}")
        lines = [line for m in rejected for line in review_tooltip_lines(m)]
        item.setToolTip(0, "\n".join(lines))
    elif mentions and all(m.status == MentionStatus.APPROVED for m in mentions):
        item.setText(0, f"{APPROVED_MARK} {item.text(0)}")
        item.setToolTip(0, review_tooltip_lines(mentions[0])[0])
