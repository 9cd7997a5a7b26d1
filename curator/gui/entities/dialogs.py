"""What the registry's commands ask the editor: a name, which entity to keep, which entity to pick.

The commands ask through an `EntityQuestions`; tests give them answers instead of dialogs.
"""

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QInputDialog, QLineEdit, QListWidget, QListWidgetItem, \
    QVBoxLayout, QWidget

from curator.gui.labels import kind_label
from curator.services import registry_views
from curator.services.library import Database

PICKER_ROWS = 200  # a picker lists the most mentioned; typing finds the rest


def entity_label(entity: dict) -> str:
    """How an entity is named in a choice: its name, kind and how often it is mentioned."""
    text = QCoreApplication.translate("EntityQuestions", "%1 (%2, %n mention(s))", "", entity["mentions"])
    return text.replace("%1", entity["name"]).replace("%2", kind_label(entity["kind"]))


class EntityQuestions:
    """Modal questions over the window the editor works in (the browser, or the main window for the
    tag panel's commands), each answering None when the editor cancels."""

    def __init__(self, db: Database, fallback: QWidget):
        self._db = db
        self._fallback = fallback

    @property
    def _parent(self) -> QWidget:
        return QApplication.activeWindow() or self._fallback

    def name(self, title: str, label: str, text: str) -> str | None:
        answer, ok = QInputDialog.getText(self._parent, title, label, QLineEdit.EchoMode.Normal, text)
        return answer.strip() if ok and answer.strip() else None

    def keep(self, title: str, label: str, entities: list[dict]) -> int | None:
        """One of `entities` (the first is proposed)."""
        labels = [entity_label(e) for e in entities]
        answer, ok = QInputDialog.getItem(self._parent, title, label, labels, 0, False)
        return entities[labels.index(answer)]["id"] if ok else None

    def entity(self, title: str, *, kind: str, exclude: set[int], none: str | None = None) -> tuple[bool, int | None]:
        """(chosen, entity id) among the entities of `kind`; with `none`, that line chooses no entity."""
        picker = EntityPicker(self._db, title, kind=kind, exclude=exclude, none=none, parent=self._parent)
        chosen = picker.exec() and picker.list.currentItem() is not None  # an empty list chooses nothing
        return (True, picker.chosen()) if chosen else (False, None)


class EntityPicker(QDialog):
    """A filter box over the entities of one kind; Enter or double-click chooses."""

    def __init__(self, db: Database, title: str, *, kind: str, exclude: set[int], none: str | None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self._db, self._kind, self._exclude, self._none = db, kind, exclude, none
        self.search = QLineEdit(clearButtonEnabled=True, placeholderText=self.tr("Filter by name (简 or 繁)"))
        self.list = QListWidget()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.list.itemActivated.connect(lambda _item: self.accept())
        self._debounce = QTimer(self, singleShot=True, interval=200)
        self._debounce.timeout.connect(self.fill)
        self.search.textChanged.connect(self._debounce.start)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        screen = (parent.screen() if parent else self.screen()).availableGeometry()
        self.resize(min(460, screen.width()), min(520, screen.height() - 80))
        self.fill()

    def fill(self) -> None:
        found = registry_views.entities(self._db, kind=self._kind, search=self.search.text().strip() or None)
        found = sorted((e for e in found if e["id"] not in self._exclude), key=lambda e: -e["mentions"])
        self.list.clear()
        if self._none is not None:
            self.list.addItem(self._none)  # its data stays None: no entity
        for entity in found[:PICKER_ROWS]:
            item = QListWidgetItem(entity_label(entity))
            item.setData(Qt.ItemDataRole.UserRole, entity["id"])
            self.list.addItem(item)
        self.list.setCurrentRow(0)

    def chosen(self) -> int | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None
