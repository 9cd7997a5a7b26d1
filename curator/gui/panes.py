"""The window's three panes side by side: the article list, the reader and the side panel."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSplitter


class PaneSplitter(QSplitter):
    """Room the window gains goes to the reader (its stretch); room it loses is taken from every pane
    in proportion. A plain QSplitter took it all from the reader: a window made half a full-HD
    screen wide after its first launch left the reader 200 px, its title one character a line."""

    def __init__(self, parent=None):
        super().__init__(Qt.Orientation.Horizontal, parent)

    def resizeEvent(self, event) -> None:
        before = self.sizes()
        super().resizeEvent(event)
        old, new = event.oldSize().width(), event.size().width()
        if not 0 < new < old or sum(before) <= 0:
            return
        room = sum(self.sizes())
        self.setSizes([round(size * room / sum(before)) for size in before])


def opening_reader() -> QLabel:
    """The reader's place in the first frame, saying that the library is being opened."""
    label = QLabel()
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setEnabled(False)  # drawn in the theme's muted colour
    return label
