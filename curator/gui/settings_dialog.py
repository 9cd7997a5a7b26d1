"""The preferences dialog: user name, role, language, theme, font size, snapping, suggestions."""

from dataclasses import replace

from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QSpinBox

from curator.core.clock import system_user
from curator.core.settings import Settings


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent=None, *, team_role: str | None = None, fixed_user: str | None = None):
        """`team_role`: the role the library stores for the user (a team library), which the
        services act in; `fixed_user`: the name changes are recorded under when the library's
        server (its login) or the command line (--user) decides it. Both are shown, and cannot be
        chosen here."""
        super().__init__(parent)
        self._settings = settings
        self.setWindowTitle(self.tr("Settings"))
        self.user = QLineEdit(settings.user)
        self.user.setPlaceholderText(system_user())
        self.user.setToolTip(self.tr("Your tags and changes are recorded under this name"))
        if fixed_user is not None:
            self.user.setText(fixed_user)
            self.user.setEnabled(False)
            self.user.setToolTip(self.tr("Your tags and changes are recorded under the name you logged in "
                                         "to this shared library with (or the one given on the command line)"))
        self._fixed_user = fixed_user
        self.role = QComboBox()
        self.role.addItem(self.tr("Editor"), "editor")
        self.role.addItem(self.tr("Reviewer"), "reviewer")
        if team_role == "admin":
            self.role.addItem(self.tr("Admin"), "admin")
        self.language = QComboBox()
        self.language.addItem(self.tr("Follow the system"), "auto")
        self.language.addItem("简体中文", "zh_CN")
        self.language.addItem("English", "en")
        self.theme = QComboBox()
        self.theme.addItem(self.tr("Light"), "light")
        self.theme.addItem(self.tr("Dark"), "dark")
        self.font_size = QSpinBox(minimum=8, maximum=40, value=settings.font_size)
        self.font_size.setSuffix(self.tr(" pt"))
        self.snap = QCheckBox(self.tr("Snap selections to whole words"))
        self.snap.setChecked(settings.snap_to_words)
        self.snap.setToolTip(self.tr("Widen a selection to jieba word boundaries before tagging; "
                                     "hold Alt to tag exactly the selected characters"))
        self.suggest = QCheckBox(self.tr("Suggest institutions and figures"))
        self.suggest.setChecked(settings.suggestions_enabled)
        self.second_opinion = QCheckBox(self.tr("Second opinion from LAC: more accurate, about 3× slower suggestions"))
        self.second_opinion.setChecked(settings.second_opinion)
        self.second_opinion.setToolTip(self.tr("Baidu's LAC analyser also reads each sentence, and the suggestion model "
                                               "learns from what it finds. Takes effect the next time suggestions learn "
                                               "from the tags (Suggestions ▸ Learn from the tags now)"))
        for combo, value in ((self.role, settings.role), (self.language, settings.language),
                             (self.theme, settings.theme)):
            combo.setCurrentIndex(max(0, combo.findData(value)))
        if team_role is not None:
            self.role.setCurrentIndex(max(0, self.role.findData(team_role)))
            self.role.setEnabled(False)
            self.role.setToolTip(self.tr("In this shared library your role is granted by its admin"))
        self._chosen_role = settings.role if team_role is not None else None
        form = QFormLayout(self)
        form.addRow(self.tr("User name"), self.user)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Theme"), self.theme)
        form.addRow(self.tr("Text size"), self.font_size)
        form.addRow("", self.snap)
        form.addRow("", self.suggest)
        form.addRow("", self.second_opinion)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> Settings:
        role = self._chosen_role or self.role.currentData()  # a team's role is the library's, not a choice
        user = self._settings.user if self._fixed_user is not None else self.user.text().strip()
        return replace(self._settings, user=user, role=role,
                       language=self.language.currentData(), theme=self.theme.currentData(),
                       font_size=self.font_size.value(), snap_to_words=self.snap.isChecked(),
                       suggestions_enabled=self.suggest.isChecked(), second_opinion=self.second_opinion.isChecked())
