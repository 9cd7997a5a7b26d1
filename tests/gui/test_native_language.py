"""Qt's own pieces speak the interface language: its buttons and file dialogs are translated,
and dates follow the language's locale (issue 12: "6 12 2026" beside Chinese menus)."""

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QLocale

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
    assert QCoreApplication.translate("QFileDialog", "Look in:") == "查找范围："
    assert QLocale().toString(QDate(2026, 12, 6), QLocale.FormatType.ShortFormat) == "2026/12/6"


def test_english_dates_never_fall_back_to_the_c_locale(languages):
    languages.switch("en")
    assert QLocale().language() == QLocale.Language.English
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    c_system = QLocale(QLocale.Language.C)
    assert locale_for("en", c_system).language() == QLocale.Language.English
    british = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    assert locale_for("en", british) == british
