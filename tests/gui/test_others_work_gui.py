"""Others' work appears (issue 15): what another window, command or person changes in the library
shows in the window within 2 s, without moving the editor's selection or caret."""

import pytest

from curator.core.settings import Settings
from curator.core.types import Kind
from curator.gui.article_table_model import FIGURES, STATUS
from curator.services import changes, review, tagging
from curator.services.library import open_database

pytestmark = pytest.mark.gui

TEXT = "中国农业银行长治分行行长张三表示，将支持小微企业。李四也出席了。"
WITHIN_MS = 2000


@pytest.fixture
def other(db):
    """The same library opened a second time, as another Curator on this computer opens it."""
    second = open_database(db.location)
    yield second
    second.close()


def open_article(window, add_article, *titles):
    ids = [add_article(TEXT, title=title) for title in titles]
    window.refresher.reload_library()  # as after an import
    window.article_list.select_row(0)
    window.watch.start()
    return ids


def test_a_tag_by_someone_else_appears_and_the_selection_stays(window, add_article, other, qtbot):
    (aid,) = open_article(window, add_article, "甲")
    window.reader.select_span(25, 27)  # the editor is about to tag 李四
    tagging.tag_mention(other, article_id=aid, start=12, end=14, kind=Kind.FIGURE, user="bo")
    qtbot.waitUntil(lambda: [m.surface for m in window.reader.mentions] == ["张三"], timeout=WITHIN_MS)
    assert window.reader.selection_span() == (25, 27) and window.reader.caret() == 27
    assert window.panel.entry_count(Kind.FIGURE) == {"张三": 1}
    assert window.model.index(0, FIGURES).data() == 1
    assert window.counts.text() == "Articles: 1  ·  In progress 1"


def test_an_undo_by_someone_else_takes_the_tag_away(window, add_article, other, qtbot):
    (aid,) = open_article(window, add_article, "甲")
    tagging.tag_mention(other, article_id=aid, start=12, end=14, kind=Kind.FIGURE, user="bo")
    qtbot.waitUntil(lambda: len(window.reader.mentions) == 1, timeout=WITHIN_MS)
    changes.undo(other, user="bo")
    qtbot.waitUntil(lambda: window.reader.mentions == [], timeout=WITHIN_MS)
    assert window.model.index(0, STATUS).data() == "New"


def test_a_status_change_elsewhere_moves_the_row_and_the_counts_not_the_list(window, add_article, other, qtbot):
    first, second = open_article(window, add_article, "甲", "乙")
    window.article_list.select_row(1)
    opened = window.workbench.article_id
    changed = first if opened == second else second  # the article the editor is not reading
    changed_row = window.model.row_of(changed)
    tagging.tag_mention(other, article_id=changed, start=12, end=14, kind=Kind.FIGURE, user="bo")
    review.submit_article(other, article_id=changed, user="bo")
    qtbot.waitUntil(lambda: window.model.index(changed_row, STATUS).data() == "Done", timeout=WITHIN_MS)
    assert window.counts.text() == "Articles: 2  ·  Done 1  ·  New 1"
    assert window.article_list.current_row() == 1 and window.workbench.article_id == opened


def test_the_review_queue_takes_in_an_article_submitted_elsewhere(make_window, add_article, other, qtbot):
    window = make_window(Settings(user="rex", role="reviewer", language="en"))
    (aid,) = open_article(window, add_article, "甲")
    assert window.review.panel.queue.article_ids() == []
    review.submit_article(other, article_id=aid, user="bo")
    qtbot.waitUntil(lambda: window.review.panel.queue.article_ids() == [aid], timeout=WITHIN_MS)


def test_the_windows_own_change_is_not_shown_twice(window, add_article, other, qtbot):
    open_article(window, add_article, "甲")
    applied = []
    window.refresher.refreshed.connect(applied.append)
    window.reader.select_span(12, 14)
    window.commands.tag_figure_exact.trigger()
    (aid,) = [window.workbench.article_id]
    tagging.tag_mention(other, article_id=aid, start=25, end=27, kind=Kind.FIGURE, user="bo")  # a positive control
    qtbot.waitUntil(lambda: len(window.reader.mentions) == 2, timeout=WITHIN_MS)
    assert [change.action for change in applied] == ["tag", "others"]


def test_a_change_on_an_article_someone_changed_since_is_refused_and_the_view_catches_up(window, add_article,
                                                                                          other, qtbot):
    """No lost updates: the window tags from the version it shows; when another person changed the
    article in between, nothing is saved, the status bar says who and what, and the view shows it."""
    (aid,) = open_article(window, add_article, "甲")
    window.watch.stop()  # the other change lands between two looks
    tagging.tag_mention(other, article_id=aid, start=12, end=14, kind=Kind.FIGURE, user="孙贵坤")
    window.reader.select_span(25, 27)
    window.commands.tag_figure_exact.trigger()
    assert [m.surface for m in tagging.article_mentions(other, aid)] == ["张三"]  # 李四 was not saved
    said = window.statusBar().currentMessage()
    assert said.startswith("孙贵坤 changed this article a moment ago: 1 tag") and said.endswith("not saved")
    qtbot.waitUntil(lambda: [m.surface for m in window.reader.mentions] == ["张三"], timeout=WITHIN_MS)
    window.reader.select_span(25, 27)
    window.commands.tag_figure_exact.trigger()  # now from the version shown: saved
    assert [m.surface for m in tagging.article_mentions(other, aid)] == ["张三", "李四"]


def test_a_look_under_way_when_the_watch_stops_reports_nothing(window, add_article, other, qtbot, monkeypatch):
    """Closing the window stops the watch: a look it had begun must not refresh the views (and
    through them ask for suggestions) when the widgets are going away."""
    import threading

    from curator.gui import library_watch

    (aid,) = open_article(window, add_article, "甲")
    qtbot.wait(200)  # the first frame starts the watch, as at every start
    window.watch.stop()
    window.watch.start()  # its first tick a second away: no tick races the look below
    tagging.tag_mention(other, article_id=aid, start=12, end=14, kind=Kind.FIGURE, user="bo")
    release = threading.Event()
    looking = library_watch.watching.changes_since

    def slow_look(*args, **kwargs):
        release.wait(5)  # still looking when the window closes
        return looking(*args, **kwargs)

    monkeypatch.setattr(library_watch.watching, "changes_since", slow_look)
    told = []
    window.watch.changed.connect(told.append)
    window.watch.look()
    threading.Timer(0.2, release.set).start()
    window.watch.stop()  # waits for the look to end
    qtbot.wait(200)
    assert told == [] and window.reader.mentions == []
