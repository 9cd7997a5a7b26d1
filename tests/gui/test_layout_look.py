"""What screenshots showed: clipped headings in the English list, docks taking the reader's height."""

import pytest

from curator.core.types import ArticleStatus
from curator.gui.article_table_model import STATUS
from curator.gui.labels import status_label
from curator.gui.review_tools import DOCK_HEIGHT

pytestmark = pytest.mark.gui


def test_no_article_list_heading_is_clipped_in_english(window):
    header = window.article_list.table.horizontalHeader()
    for column in range(window.model.columnCount()):
        assert header.sectionSize(column) >= header.sectionSizeFromContents(column).width()


def test_the_status_column_fits_the_longest_status(window):
    metrics = window.article_list.table.fontMetrics()
    longest = max(metrics.horizontalAdvance(status_label(s)) for s in ArticleStatus)
    assert window.article_list.table.columnWidth(STATUS) > longest


def test_review_and_history_share_one_low_dock_area(window):
    review, history = window.review.review_dock, window.review.history_dock
    window.review.actions.show_review.trigger()  # closed on first launch; View opens them
    window.review.actions.show_history.trigger()
    assert window.tabifiedDockWidgets(review) == [history]
    assert review.height() <= DOCK_HEIGHT + 40
    assert window.reader.height() > review.height()


def test_a_reviewer_s_panel_stays_low(make_window):
    """In reviewer mode the verdicts, commands and queue took 280 of a laptop's 768 pixels."""
    from curator.core.settings import Settings

    window = make_window(Settings(user="rex", role="reviewer", language="zh_CN"))
    review = window.review.review_dock
    assert not review.isHidden() and window.review.panel.queue.isVisible()
    assert review.height() <= DOCK_HEIGHT + 40
    assert window.reader.height() > 2 * review.height()
