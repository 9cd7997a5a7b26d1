"""Where the window's size, panes, columns and threshold are remembered between starts (QSettings).

Window layout is not a preference (core.settings): it is what the editor last left, kept per
computer, and a first start lays the window out for the screen it finds.
"""

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMainWindow

DEFAULT_SIZE = (1400, 860)
PANE_SHARES = (0.28, 0.47, 0.25)  # article list, reader, side panel: of the window's first width


def restore(window: QMainWindow, store: QSettings) -> None:
    """Lay `window` (the main window) out as it was left, or for its screen at a first start."""
    _restore_geometry(window, store)
    restore_panels(window, store)
    window.article_list.restore_header(store.value("articles/header"))


def restore_frame(window: QMainWindow, store: QSettings) -> None:
    """Lay out what the first frame shows before the library's services load (issue 16): the
    window's size and place, its panes and the list's columns; `restore_panels` does the rest."""
    _restore_geometry(window, store)
    _restore_panes(window, store)
    window.article_list.restore_header(store.value("articles/header"))


def _restore_geometry(window: QMainWindow, store: QSettings) -> None:
    # Qt refuses a geometry saved on a screen more than a fifth narrower or wider (a laptop's, back
    # on a full-HD monitor): the window then came up at Qt's default of a few hundred pixels, its
    # reader one character wide. It is laid out as at a first start instead.
    geometry = store.value("window/geometry")
    if not geometry or not window.restoreGeometry(geometry):
        # 1400×860 where the screen allows; a 1366×768 laptop gets its whole screen
        screen = window.screen().availableGeometry()
        window.resize(min(DEFAULT_SIZE[0], screen.width()), min(DEFAULT_SIZE[1], screen.height()))
        if DEFAULT_SIZE[0] > screen.width() or DEFAULT_SIZE[1] > screen.height():
            # Maximized, so the window manager fits the title bar in too: at the screen's
            # height plus its title bar, the window's status bar was below the screen.
            window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)


def restore_panels(window: QMainWindow, store: QSettings) -> None:
    """Lay out what comes with the library's services: the docks, the panes beside them, the side
    pane, the threshold."""
    if state := store.value("window/state"):
        window.restoreState(state)
    else:
        window.review.first_layout(window)  # now that the window has its size
    _restore_panes(window, store)  # after the docks, which take their room from the panes
    if sizes := store.value("window/side_pane"):
        window.side_pane.restoreState(sizes)
    if (threshold := store.value("suggestions/threshold")) is not None:
        window.suggester.panel.threshold.setValue(float(threshold))


def _restore_panes(window: QMainWindow, store: QSettings) -> None:
    if sizes := store.value("window/splitter"):
        window.splitter.restoreState(sizes)
    else:  # the reader is the widest pane
        window.splitter.setSizes([round(window.width() * share) for share in PANE_SHARES])


def save_frame(window: QMainWindow, store: QSettings) -> None:
    """Remember what `restore_frame` lays out (a window closed before its services loaded)."""
    store.setValue("window/geometry", window.saveGeometry())
    store.setValue("window/splitter", window.splitter.saveState())
    store.setValue("articles/header", window.article_list.header_state())
    store.sync()


def save(window: QMainWindow, store: QSettings) -> None:
    store.setValue("window/state", window.saveState())
    store.setValue("window/side_pane", window.side_pane.saveState())
    store.setValue("suggestions/threshold", window.suggester.panel.threshold.value())
    save_frame(window, store)
