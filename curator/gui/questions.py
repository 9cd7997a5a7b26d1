"""The window's yes-or-no questions before an edit that deserves a second thought.

Worded in the MainWindow translation context, where they were first asked. No is the default
of each: Enter pressed out of habit must not delete an article or tag a clause.
"""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from curator.core.types import Kind
from curator.gui.labels import doubt_label, kind_label
from curator.nlp.name_shape import NameDoubt


def _yes(parent: QWidget, title: str, question: str) -> bool:
    buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    return QMessageBox.question(parent, title, question, buttons, QMessageBox.StandardButton.No) \
        == QMessageBox.StandardButton.Yes


def delete_article(parent: QWidget, title: str, tags: int) -> bool:
    """Delete an article and its tags?"""
    question = QCoreApplication.translate("MainWindow", "Delete “%1” and its %n tag(s) from the library?", "", tags)
    question = question.replace("%1", title)
    return _yes(parent, QCoreApplication.translate("MainWindow", "Delete article"), question)


def odd_name(parent: QWidget, text: str, doubt: NameDoubt, kind: Kind) -> bool:
    """Tag a span that does not look like a name? It is not proposed elsewhere either way."""
    shown = text if len(text) <= 40 else text[:40] + "…"
    question = QCoreApplication.translate("MainWindow", "Tag “%1” as %2?")
    question = question.replace("%1", shown).replace("%2", kind_label(kind))
    detail = QCoreApplication.translate("MainWindow", "Curator will not propose it in other articles.")
    title = QCoreApplication.translate("MainWindow", "Not a name?")
    return _yes(parent, title, f"{question}\n\n{doubt_label(doubt, kind)}\n{detail}")
