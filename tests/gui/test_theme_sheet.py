"""The themes' style sheet is qdarkstyle's own, read without QtPy (issue 16: QtPy's import took a
sixth of a second of the window's start)."""

import re
import subprocess
import sys
from pathlib import Path

import pytest
import qdarkstyle

from curator.gui.theme import style_sheet

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("qdark", [qdarkstyle.LightPalette, qdarkstyle.DarkPalette])
def test_the_sheet_is_qdarkstyles_with_its_images_as_files(qapp, qdark):
    ours = style_sheet(qdark)
    images = re.findall(r'url\("([^"]+)"\)', ours)
    assert images and all(Path(image).is_file() for image in images)
    folder = Path(qdarkstyle.__file__).parent / qdark.ID
    as_resources = ours.replace(f"{folder.as_posix()}/", f":/qss_icons/{qdark.ID}/")
    assert as_resources == qdarkstyle.load_stylesheet(qt_api="pyside6", palette=qdark)


def test_styling_the_application_loads_no_qtpy():
    code = ("import sys; from PySide6.QtWidgets import QApplication; from curator.gui.theme import apply_theme; "
            "app = QApplication([]); apply_theme(app, 'dark'); print('qtpy' in sys.modules); "
            "import qdarkstyle; qdarkstyle.load_stylesheet(qt_api='pyside6'); print('qtpy' in sys.modules)")
    run = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert run.stdout.split() == ["False", "True"]  # qdarkstyle's own loader is the positive control
