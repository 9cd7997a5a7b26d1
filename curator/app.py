"""The way from the command line to the window, which lives in curator.gui (the only package with Qt)."""

import ctypes.util
import os
import sys
from collections.abc import Callable, Mapping

# What Qt's X11 platform plugin loads beside libxcb, with the Debian/Ubuntu package of each.
# Without one of them Qt aborts (exit 134) with a page of text; Curator names what to install.
XCB_LIBRARIES = {
    "xcb-cursor": "libxcb-cursor0", "xcb-icccm": "libxcb-icccm4", "xcb-keysyms": "libxcb-keysyms1",
    "xkbcommon-x11": "libxkbcommon-x11-0", "xcb-image": "libxcb-image0", "xcb-render-util": "libxcb-render-util0",
    "xcb-shape": "libxcb-shape0",
}


def run_gui(db_location: str | None = None, user: str | None = None) -> int:
    """Open the annotation workbench; returns the process exit code."""
    blocker = window_blocker()
    if blocker is not None:
        print(f"curator: error: {blocker}", file=sys.stderr)
        return 1
    from curator.gui.application import run_gui as run  # Qt loads only when the window is wanted

    return run(db_location=db_location, user=user)


def window_blocker(env: Mapping[str, str] = os.environ, platform: str = sys.platform,
                   find: Callable[[str], str | None] = ctypes.util.find_library) -> str | None:
    """Why the window cannot open here, in one line; None when it can, or when that cannot be told."""
    if not platform.startswith("linux"):
        return None
    requested = env.get("QT_QPA_PLATFORM", "")
    if requested and not requested.startswith("xcb"):
        return None  # offscreen, wayland…: the X11 plugin is not used
    if not requested and env.get("WAYLAND_DISPLAY"):
        return None  # Qt may open a Wayland window, which needs none of the X11 libraries
    if not env.get("DISPLAY"):
        return "no screen to open the window on (DISPLAY is not set); start Curator from a desktop session"
    if find("xcb") is None:
        return None  # the library search itself finds nothing here: let Qt try
    missing = [package for library, package in XCB_LIBRARIES.items() if find(library) is None]
    if missing:
        return f"the window needs system libraries that are missing; install them with: sudo apt-get install {' '.join(missing)}"
    return None
