"""Display names of the domain vocabularies, translated at the moment they are shown."""

from PySide6.QtCore import QCoreApplication

from curator.core.types import ArticleStatus, Kind


def _tr(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def kind_label(kind: str) -> str:
    if kind == Kind.INSTITUTION:
        return _tr("Institution")
    if kind == Kind.FIGURE:
        return _tr("Figure")
    return kind


def status_label(status: str) -> str:
    labels = {
        ArticleStatus.NEW: _tr("New"),
        ArticleStatus.IN_PROGRESS: _tr("In progress"),
        ArticleStatus.DONE: _tr("Done"),
        ArticleStatus.APPROVED: _tr("Approved"),
        ArticleStatus.CHANGES_REQUESTED: _tr("Changes requested"),
    }
    return labels.get(status, status)


def error_text(error: BaseException) -> str:
    """One line for the user; never a traceback."""
    text = str(error).splitlines()[0] if str(error) else type(error).__name__
    return text
