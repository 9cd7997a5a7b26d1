"""Review → Assign for blind tagging… and Take back from editors…: the editors to give the chosen
articles to (two or more), or to take them back from.

On a team library the names to assign are its members' (the services refuse anyone else); on
one's own library any names, the ones given lately offered first. Taking back lists the editors
the articles are given to.
"""

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit, QListWidget,
                               QListWidgetItem, QPushButton, QVBoxLayout)

from curator.gui.i18n import Retranslating

RECENT_KEY = "agreement/recentEditors"
RECENT_KEEP = 20


class EditorsDialog(Retranslating, QDialog):
    """Editors to tick, none ticked at first; `editors()` are the ones ticked, in the list's order.
    OK waits for `least` of them. Each kind of dialog words itself in `retranslate`."""

    least = 1

    def __init__(self, articles: int, names: list[str], parent=None):
        super().__init__(parent)
        self._articles = articles
        self.intro = QLabel(wordWrap=True)
        self.names = QListWidget()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for name in names:
            self._add(name, checked=False)
        self.names.itemChanged.connect(lambda _item: self._enable_ok())
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("汉") * 26)

    def _lay_out(self, *rows: QHBoxLayout) -> None:
        """The intro, the names, `rows` below them, and the buttons."""
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.names, 1)
        for row in rows:
            layout.addLayout(row)
        layout.addWidget(self.buttons)
        self.retranslate()
        self._enable_ok()

    def _add(self, name: str, *, checked: bool) -> None:
        item = QListWidgetItem(name)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.names.addItem(item)

    def tick(self, *names: str) -> None:
        """Tick editors listed, by name."""
        for name in names:
            for item in self.names.findItems(name, Qt.MatchFlag.MatchExactly):
                item.setCheckState(Qt.CheckState.Checked)

    def editors(self) -> list[str]:
        items = [self.names.item(row) for row in range(self.names.count())]
        return [item.text() for item in items if item.checkState() == Qt.CheckState.Checked]

    def _enable_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(len(self.editors()) >= self.least)


class AssignDialog(EditorsDialog):
    """Pick the editors to give the articles to, two or more; names not listed may be typed."""

    least = 2

    def __init__(self, articles: int, *, members: list[str], recent: list[str], parent=None):
        super().__init__(articles, members or recent, parent)
        self._team = bool(members)
        self.new_name = QLineEdit()
        self.add_button = QPushButton()
        adding = QHBoxLayout()
        adding.addWidget(self.new_name, 1)
        adding.addWidget(self.add_button)
        for widget in (self.new_name, self.add_button):
            widget.setVisible(not self._team)  # a team's editors are its members
        self.add_button.clicked.connect(self._add_typed)
        self.new_name.returnPressed.connect(self._add_typed)
        self._lay_out(adding)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Assign for blind tagging"))
        intro = self.tr("%n article(s) will be tagged blind: each editor you tick tags them in a layer only they "
                        "see. Tick two editors or more.", "", self._articles)
        if self._team:
            intro += "\n" + self.tr("The library's members are listed.")
        self.intro.setText(intro)
        self.new_name.setPlaceholderText(self.tr("Another editor's user name"))
        self.add_button.setText(self.tr("Add"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Assign"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def _add_typed(self) -> None:
        name = self.new_name.text().strip()
        if not name:
            return
        if not self.names.findItems(name, Qt.MatchFlag.MatchExactly):
            self._add(name, checked=False)
        super().tick(name)
        self.new_name.clear()

    def tick(self, *names: str) -> None:
        """Tick editors by name, adding those not listed (what typing a name and Add do)."""
        for name in names:
            self.new_name.setText(name)
            self._add_typed()


class UnassignDialog(EditorsDialog):
    """Pick the editors to take the articles back from, among those they are given to."""

    def __init__(self, articles: int, *, given: list[str], parent=None):
        super().__init__(articles, given, parent)
        self._lay_out()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Take back from editors"))
        self.intro.setText(self.tr(
            "Take %n article(s) back from the editors you tick, with what they tagged blind. An article keeps "
            "two editors or more, or none: it is then tagged as usual. Undo gives it back.", "", self._articles))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Take back"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))


def recent_editors(store: QSettings) -> list[str]:
    """The names given lately, newest first (kept per computer, like the window's layout)."""
    value = store.value(RECENT_KEY) or []
    return [value] if isinstance(value, str) else list(value)


def remember_editors(store: QSettings, names: list[str]) -> None:
    store.setValue(RECENT_KEY, list(dict.fromkeys([*names, *recent_editors(store)]))[:RECENT_KEEP])
