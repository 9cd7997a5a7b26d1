"""The GUI fixtures leave nothing behind: a closed window is destroyed before the next test starts."""

import pytest
import shiboken6

pytestmark = pytest.mark.gui

_windows = []


def test_a_window_is_opened(window):
    _windows.append(window)


def test_the_window_of_the_previous_test_is_destroyed():
    # Left alive, it would be destroyed whenever the garbage collector reaches it, inside another test.
    assert _windows and not shiboken6.isValid(_windows[0])
