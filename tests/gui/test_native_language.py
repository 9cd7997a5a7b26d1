"""Qt's own pieces speak the interface language: its buttons and file dialogs are translated,
and dates follow the language's locale (issue 12: "6 12 2026" beside Chinese menus)."""

import re

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtWidgets import QFileDialog, QLabel, QTreeView

from curator.gui.i18n import LanguageSwitcher, locale_for

pytestmark = pytest.mark.gui


@pytest.fixture
def languages(qapp):
    switcher = LanguageSwitcher(qapp)
    yield switcher
    switcher.switch("en")


def test_chinese_brings_qt_s_own_words_and_dates(languages):
    languages.switch("zh_CN")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"
    assert QLocale().toString(QDate(2026, 12, 6), QLocale.FormatType.ShortFormat) == "2026/12/6"


def test_qt_s_own_file_dialog_has_no_english_word_in_chinese(languages, qtbot, tmp_path):
    """Where the system has no file dialog of its own, Qt's showed "Look in:", "Files of type:" and
    "Folder" in English: Qt 6 words them so, and its Chinese still has Qt 5's words."""
    (tmp_path / "稿件").mkdir()
    languages.switch("zh_CN")
    dialog = QFileDialog(None, "导入文件", str(tmp_path))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    listing = dialog.findChild(QTreeView)
    qtbot.waitUntil(lambda: listing.model().rowCount(listing.rootIndex()) == 1)
    words = [label.text() for label in dialog.findChildren(QLabel)]
    words += [listing.model().index(0, column, listing.rootIndex()).data() or "" for column in range(3)]
    assert "文件夹" in words
    assert not [word for word in words if re.search("[A-Za-z]{2}", word)]


def test_english_dates_never_fall_back_to_the_c_locale(languages):
    languages.switch("en")
    assert QLocale().language() == QLocale.Language.English
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    c_system = QLocale(QLocale.Language.C)
    assert locale_for("en", c_system).language() == QLocale.Language.English
    british = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    assert locale_for("en", british) == british
