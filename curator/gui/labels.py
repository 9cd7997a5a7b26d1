"""Display names of the domain vocabularies, translated at the moment they are shown."""

from PySide6.QtCore import QCoreApplication

from curator.core.types import ArticleStatus, Kind
from curator.gui.core_messages import translated


def kind_label(kind: str) -> str:
    if kind == Kind.INSTITUTION:
        return QCoreApplication.translate("Labels", "Institution")
    if kind == Kind.FIGURE:
        return QCoreApplication.translate("Labels", "Figure")
    return kind


def status_label(status: str) -> str:
    labels = {
        ArticleStatus.NEW: QCoreApplication.translate("Labels", "New"),
        ArticleStatus.IN_PROGRESS: QCoreApplication.translate("Labels", "In progress"),
        ArticleStatus.DONE: QCoreApplication.translate("Labels", "Done"),
        ArticleStatus.APPROVED: QCoreApplication.translate("Labels", "Approved"),
        ArticleStatus.CHANGES_REQUESTED: QCoreApplication.translate("Labels", "Changes requested"),
    }
    return labels.get(status, status)


def error_text(error: BaseException | str) -> str:
    """One line for the user, in the interface language; never a traceback."""
    text = str(error).splitlines()[0] if str(error) else type(error).__name__
    return translated(text, status_name=status_label)
