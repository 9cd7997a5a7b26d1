"""Light and dark themes, and the colours that must stay readable in both."""

from dataclasses import dataclass
from pathlib import Path

import qdarkstyle
from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from curator.core.types import ArticleStatus, Kind


@dataclass(frozen=True)
class Palette:
    """Colours views draw with; chosen per theme so contrast stays above WCAG AA."""

    highlight: dict[str, tuple[str, str]]  # kind -> (background, text)
    # Matches of the find bar, (background, text): yellow, which no tag kind uses; the current one amber.
    find_match: tuple[str, str]
    find_current: tuple[str, str]
    current_outline: str
    status: dict[str, str]
    muted_text: str
    # For what the style sheet does not reach (a chart draws its own axes): the theme's text,
    # its faint rules, and the bars' fill.
    text: str
    grid: str
    bars: str


LIGHT = Palette(
    highlight={Kind.INSTITUTION: ("#cde4ff", "#0b2545"), Kind.FIGURE: ("#ffe1b8", "#4a2600")},
    find_match=("#fff27a", "#2b2400"),
    find_current=("#ffb300", "#1f1300"),
    current_outline="#d1006b",
    status={
        ArticleStatus.NEW: "#8a8f98", ArticleStatus.IN_PROGRESS: "#d98a00", ArticleStatus.DONE: "#2f7de1",
        ArticleStatus.APPROVED: "#2e9e44", ArticleStatus.CHANGES_REQUESTED: "#d64545",
    },
    muted_text="#5b6470",
    text=qdarkstyle.LightPalette.COLOR_TEXT_1,
    grid=qdarkstyle.LightPalette.COLOR_BACKGROUND_3,
    bars="#2f7de1",
)
DARK = Palette(
    highlight={Kind.INSTITUTION: ("#1d4f86", "#eaf3ff"), Kind.FIGURE: ("#7a4a0c", "#fff3e0")},
    find_match=("#6e6200", "#fffbe0"),
    find_current=("#ffca28", "#1f1300"),
    current_outline="#ff7ab8",
    status={
        ArticleStatus.NEW: "#9aa3ad", ArticleStatus.IN_PROGRESS: "#f0a830", ArticleStatus.DONE: "#5ea2ff",
        ArticleStatus.APPROVED: "#4cc766", ArticleStatus.CHANGES_REQUESTED: "#ff6b6b",
    },
    muted_text="#a9b3bd",
    text=qdarkstyle.DarkPalette.COLOR_TEXT_1,
    grid=qdarkstyle.DarkPalette.COLOR_BACKGROUND_4,
    bars="#5ea2ff",
)


def palette_for(theme: str) -> Palette:
    return DARK if theme == "dark" else LIGHT


def apply_theme(app: QApplication, theme: str) -> Palette:
    """Style the whole application; returns the palette views should draw with."""
    qdark = qdarkstyle.DarkPalette if theme == "dark" else qdarkstyle.LightPalette
    qdarkstyle._apply_application_patches(QCoreApplication, QPalette, QColor, qdark)
    app.setStyleSheet(style_sheet(qdark))
    app.setProperty("curator_theme", theme)
    return palette_for(theme)


def style_sheet(qdark: type[qdarkstyle.Palette]) -> str:
    """qdarkstyle's style sheet as its load_stylesheet makes it, but pointing at its images as files.

    load_stylesheet reads the sheet and the images from Qt resources it registers through QtPy,
    whose import took a sixth of a second of the window's start (issue 16). The same files lie
    in the package; qdarkstyle's patches for the platform, binding and Qt version need no QtPy.
    """
    folder = Path(qdarkstyle.__file__).parent / qdark.ID
    text = (folder / f"{qdark.ID}{qdarkstyle.QSS_FILE_SUFFIX}").read_text(encoding="utf-8")
    text = text.replace(f":/qss_icons/{qdark.ID}/", f"{folder.as_posix()}/")
    return (text + qdarkstyle._apply_os_patches(qdark) + qdarkstyle._apply_binding_patches()
            + qdarkstyle._apply_version_patches(qVersion()))


def color(value: str) -> QColor:
    return QColor(value)
