"""Starting the window on Linux without the libraries Qt needs prints one line naming them
(issue 12: Qt aborted with exit 134 and a page of text)."""

import subprocess
import sys

from curator.app import XCB_LIBRARIES, window_blocker

X11 = {"DISPLAY": ":0"}


def finder(*missing: str):
    return lambda name: None if name in missing else f"lib{name}.so"


def test_missing_x11_libraries_are_named_with_their_packages():
    message = window_blocker(X11, "linux", finder("xcb-cursor", "xcb-shape"))
    assert message.endswith("sudo apt-get install libxcb-cursor0 libxcb-shape0")
    assert "\n" not in message


def test_a_machine_with_everything_opens_the_window():
    assert window_blocker(X11, "linux", finder()) is None


def test_no_display_is_said_plainly():
    assert "DISPLAY" in window_blocker({}, "linux", finder())


def test_other_platforms_and_qt_plugins_are_not_second_guessed():
    nothing_found = finder("xcb", *XCB_LIBRARIES)
    assert window_blocker(X11, "darwin", nothing_found) is None
    assert window_blocker({**X11, "QT_QPA_PLATFORM": "offscreen"}, "linux", nothing_found) is None
    assert window_blocker({"WAYLAND_DISPLAY": "wayland-0"}, "linux", nothing_found) is None
    assert window_blocker(X11, "linux", nothing_found) is None  # the search finds not even libxcb: let Qt try


def test_the_command_line_prints_one_line_and_exits_1(tmp_path):
    code = ("import sys, curator.app as app; app.window_blocker = lambda: 'the window needs x'; "
            "from curator.cli import main; sys.exit(main(['--db', sys.argv[1]]))")
    run = subprocess.run([sys.executable, "-c", code, str(tmp_path / "lib.db")], capture_output=True, text=True)
    assert (run.returncode, run.stderr) == (1, "curator: error: the window needs x\n")
