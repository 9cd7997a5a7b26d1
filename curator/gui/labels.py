"""Display names of the domain vocabularies, translated at the moment they are shown."""

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from curator.core.types import ArticleStatus, Kind
from curator.nlp.name_shape import NameDoubt


def kind_label(kind: str) -> str:
    if kind == Kind.INSTITUTION:
        return QCoreApplication.translate("Labels", "Institution")
    if kind == Kind.FIGURE:
        return QCoreApplication.translate("Labels", "Figure")
    return kind


def doubt_label(doubt: NameDoubt, kind: str) -> str:
    """Why a span does not look like a name, as the confirmation before tagging it says."""
    if doubt == NameDoubt.CLAUSE:
        return QCoreApplication.translate("Labels", "It looks like a clause, not a name.")
    if doubt == NameDoubt.GENERIC:
        return QCoreApplication.translate("Labels", "It is a generic word, not a name.")
    if kind == Kind.FIGURE:
        return QCoreApplication.translate("Labels", "A person's name has 2 to 4 Chinese characters, or a middle dot (·).")
    return QCoreApplication.translate("Labels", "It is too short or too long for the name of an institution.")


def status_label(status: str) -> str:
    labels = {
        ArticleStatus.NEW: QCoreApplication.translate("Labels", "New"),
        ArticleStatus.IN_PROGRESS: QCoreApplication.translate("Labels", "In progress"),
        ArticleStatus.DONE: QCoreApplication.translate("Labels", "Done"),
        ArticleStatus.APPROVED: QCoreApplication.translate("Labels", "Approved"),
        ArticleStatus.CHANGES_REQUESTED: QCoreApplication.translate("Labels", "Changes requested"),
    }
    return labels.get(status, status)


def detail_label(name: str) -> str:
    """The name of an article detail (article_details.DETAIL_FIELDS), as the dialog and the history show it."""
    labels = {
        "title": QCoreApplication.translate("Labels", "Title"),
        "source": QCoreApplication.translate("Labels", "Source"),
        "author": QCoreApplication.translate("Labels", "Author"),
        "published": QCoreApplication.translate("Labels", "Published"),
        "url": QCoreApplication.translate("Labels", "URL"),
    }
    return labels.get(name, name)


def published_label(value: datetime | None) -> str:
    """An article's own date, as printed with it (no zone): the time of day only when it has one."""
    if value is None:
        return ""
    return value.strftime("%Y-%m-%d" if (value.hour, value.minute) == (0, 0) else "%Y-%m-%d %H:%M")


def proposal_reason_label(reason: str) -> str:
    """Why a name was proposed as an alias of another (curator.nlp.short_forms)."""
    labels = {
        "short_form": QCoreApplication.translate("Labels", "short form"),
        "place_prefix": QCoreApplication.translate("Labels", "the name without its place"),
    }
    return labels.get(reason, reason)
