"""Article → Edit details…: the open article's title, source, author, date and URL in a dialog.

The dialog collects the values; `DetailsEditor` hands them to the one service call, whose change
the Refresher shows (the list row, the reader's title, the source filter). The text is not offered:
it never changes.
"""

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QCompleter, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from curator.gui.core_messages import error_text
from curator.gui.labels import detail_label, published_label
from curator.gui.workbench import Workbench
from curator.services import article_details, library
from curator.services.article_details import ArticleDetails
from curator.services.library import Database


class ArticleDetailsDialog(QDialog):
    """Edits one article's details; `values()` are ready for `article_details.edit_details`."""

    def __init__(self, details: ArticleDetails, sources: list[str], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Article details"))
        self.title = QLineEdit(details.title)
        self.source = QLineEdit(details.source or "")
        self.source.setCompleter(QCompleter(sources, self.source))  # the same outlet, spelt the same
        self.author = QLineEdit(details.author or "")
        self.published = QLineEdit(published_label(details.published))  # as parse_published reads it
        self.published.setPlaceholderText(self.tr("YYYY-MM-DD, or YYYY-MM-DD HH:MM; empty when unknown"))
        self.url = QLineEdit(details.url or "")
        self.problem = QLabel(wordWrap=True)  # a date that is not one, said here: the dialog stays open
        self.problem.setStyleSheet("font-weight: bold;")  # not red: the dialog does not know the theme's colours
        self.problem.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.title.textChanged.connect(self._title_changed)
        form = QFormLayout(self)
        for name in article_details.DETAIL_FIELDS:
            form.addRow(detail_label(name), getattr(self, name))
        form.addRow(self.problem)
        form.addRow(QLabel(self.tr("Empty fields are cleared. The text of the article never changes."),
                           wordWrap=True))
        form.addRow(self.buttons)
        self.resize(max(560, self.sizeHint().width()), self.sizeHint().height())

    def _title_changed(self, text: str) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(text.strip()))  # it needs a title

    def values(self) -> dict:
        return {"title": self.title.text(), "source": self.source.text(), "author": self.author.text(),
                "published": article_details.parse_published(self.published.text()), "url": self.url.text()}

    def accept(self) -> None:
        try:
            self.values()
        except ValueError as error:
            self.problem.setText(error_text(error))
            self.problem.show()
            self.published.setFocus()
            return
        super().accept()


class DetailsEditor(QObject):
    """Opens the dialog over the open article and saves what it collected as one undoable change."""

    def __init__(self, db: Database, workbench: Workbench, window: QWidget, *, user: Callable[[], str], parent=None):
        super().__init__(parent)
        self._db = db
        self._workbench = workbench
        self._window = window
        self._user = user
        self.dialog: ArticleDetailsDialog | None = None

    def edit(self) -> None:
        article = self._workbench.state.article
        if article is None:
            return
        details = ArticleDetails(article.id, *(getattr(article, name) for name in article_details.DETAIL_FIELDS))
        dialog = ArticleDetailsDialog(details, library.sources(self._db), self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._closed)  # Qt says finished before accepted
        dialog.accepted.connect(lambda: self._save(article.id, dialog.values()))
        self.dialog = dialog
        dialog.open()  # not exec: it never blocks the window (or a test)

    def _save(self, article_id: int, values: dict) -> None:
        self._workbench.apply(lambda: article_details.edit_details(
            self._db, article_id=article_id, user=self._user(), **values))

    def _closed(self) -> None:
        self.dialog = None
