"""Opens the window on tagging blind, for docs/make_agreement_screenshot.sh to photograph: an
editor's blind layer of an article (the banner above the text), or the reviewer's agreement view
with its first article and disagreement chosen.

    python docs/show_agreement.py LIBRARY --user 李编辑 --article 1
    python docs/show_agreement.py LIBRARY --user 王审核 --role reviewer --agreement
"""

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QTimer  # noqa: E402

from curator.core.settings import Settings  # noqa: E402
from curator.gui.main_window import MainWindow  # noqa: E402
from show_entity_browser import window_on  # noqa: E402  (beside this script)


def choose_first(window: MainWindow) -> None:
    """The first disagreement chosen (its span selected in the reader), the first two rows decided."""
    view = window.agreement.view
    if view.disagreements.rowCount():
        view.disagreements.setCurrentCell(0, 1)
        for row, editor in enumerate(view.current_entry().annotators[:2]):
            if row < view.disagreements.rowCount():
                box = view.keep_box(row)
                box.setCurrentIndex(box.findData(editor))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("library")
    parser.add_argument("--user", required=True)
    parser.add_argument("--role", default="editor")
    parser.add_argument("--article", type=int, help="open this article")
    parser.add_argument("--agreement", action="store_true", help="the agreement view in front")
    parser.add_argument("--theme", default="light")
    parser.add_argument("--language", default="zh_CN")
    args = parser.parse_args()
    settings = Settings(user=args.user, role=args.role, language=args.language, theme=args.theme)
    app, window = window_on(args.library, settings, f".{args.user}.layout.ini")
    if args.article is not None:
        window.show_mention(args.article, None)
    if args.agreement:
        window.agreement.view.articles.currentRowChanged.connect(lambda _row: QTimer.singleShot(0, lambda: choose_first(window)))
        window.agreement.show_agreement()
    QTimer.singleShot(60_000, app.quit)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
