"""Switching theme keeps the reader's text size (issue 12: it shrank to about 9 pt)."""

import pytest

from curator.core.settings import Settings

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("first, then", [("light", "dark"), ("dark", "light")])
def test_the_reader_keeps_its_size_across_themes(make_window, first, then):
    window = make_window(Settings(user="ann", language="en", theme=first, font_size=18))
    assert window.reader.text.font().pointSize() == 18
    window.commands.zoom_in.trigger()
    (window.commands.theme_dark if then == "dark" else window.commands.theme_light).trigger()
    assert window.reader.text.font().pointSize() == 19
    assert window.reader.title.font().pointSize() == 24
