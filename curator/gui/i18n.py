"""Choosing and installing the interface language (Simplified Chinese or English)."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QLocale, QTranslator

from curator.core.resources import resource_path

TRANSLATIONS_DIR = resource_path("translations")
# Qt's own Chinese (qtbase_zh_CN) predates Qt 6's wording of its file dialog: where the system has
# no dialog of its own (Linux without a desktop portal), "Look in:", "Files of type:" and each
# folder's "Folder" showed in English among Chinese. Ours words them; Qt's is asked first.
QT_WORDS_QT_LACKS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "File"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "%1 File"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Alias"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Shortcut"),
)


def resolve_language(setting: str, system: QLocale | None = None) -> str:
    """'zh_CN' or 'en' for a settings value; 'auto' follows the system locale."""
    if setting in ("zh_CN", "en"):
        return setting
    locale = system or QLocale.system()
    return "zh_CN" if locale.language() == QLocale.Language.Chinese else "en"


class LanguageSwitcher:
    """Holds the installed translators; switching sends LanguageChange to every widget."""

    def __init__(self, app: QCoreApplication):
        self._app = app
        self._translators: list[QTranslator] = []
        self.language = "en"

    def switch(self, setting: str) -> str:
        language = resolve_language(setting)
        for translator in self._translators:
            self._app.removeTranslator(translator)
        self._translators = []
        if language == "zh_CN":
            for name, folder in (("curator_zh_CN", str(TRANSLATIONS_DIR)), ("qtbase_zh_CN", _qt_translations())):
                translator = QTranslator(self._app)
                if translator.load(name, folder):
                    self._app.installTranslator(translator)
                    self._translators.append(translator)
        # Qt's own widgets (file dialogs, calendars) write dates and numbers as the locale does:
        # under a C or POSIX system locale that read "6 12 2026" beside Chinese menus.
        QLocale.setDefault(locale_for(language))
        self.language = language
        return language


class Retranslating:
    """Mixed into a widget before its Qt class: it words itself again (its `retranslate`) when the
    interface language changes."""

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def locale_for(language: str, system: QLocale | None = None) -> QLocale:
    """The locale that goes with the interface language: China's for Chinese; for English the
    system's own if it is an English one, else the United States'."""
    if language == "zh_CN":
        return QLocale(QLocale.Language.Chinese, QLocale.Country.China)
    system = system or QLocale.system()
    return system if system.language() == QLocale.Language.English else QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


def _qt_translations() -> str:
    """Qt's own translations (standard buttons such as OK and Cancel)."""
    from PySide6.QtCore import QLibraryInfo

    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
