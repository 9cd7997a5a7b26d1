"""A tag waits for a library another process is writing, and says so; it is never refused for a
lock (issue 14, item 5: "database is locked" reached users while an undo held the library)."""

import sqlite3
import subprocess
import sys
import threading
import time

from curator.core.types import Kind
from curator.services import changes, importing, library, tagging
from curator.storage.db import open_database

# Longer than SQLite's usual busy timeouts (Python's 5 s, Curator's former 5 s): a writer that
# merely relied on one of them was refused.
HOLD_SECONDS = 6


def hold_write_lock(path, seconds: float, held: threading.Event) -> None:
    """Another program writing: the write lock held for `seconds`, as a long undo holds it."""
    with sqlite3.connect(path, isolation_level=None) as connection:
        connection.execute("BEGIN IMMEDIATE")
        held.set()
        time.sleep(seconds)
        connection.execute("COMMIT")
    connection.close()


def library_with_one_article(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("中国农业银行长治分行行长张三表示，将支持小微企业。", encoding="utf-8")
    db = open_database(tmp_path / "lib.db")
    importing.import_paths(db, [folder], user="u")
    return db, library.list_articles(db)[0].id


def test_a_tag_waits_for_another_writer_and_tells_the_listener(tmp_path):
    db, article_id = library_with_one_article(tmp_path)
    heard: list[float | None] = []
    db.lock_listener = heard.append
    held = threading.Event()
    other = threading.Thread(target=hold_write_lock, args=(tmp_path / "lib.db", HOLD_SECONDS, held))
    other.start()
    held.wait()
    change = tagging.tag_mention(db, article_id=article_id, start=0, end=6, kind=Kind.INSTITUTION, user="u")
    other.join()
    assert len(change.added) == 1
    assert [m.surface for m in tagging.article_mentions(db, article_id)] == ["中国农业银行"]
    waits = [seconds for seconds in heard if seconds is not None]
    assert waits and max(waits) > HOLD_SECONDS - 1  # it was told all along, not once at the end
    assert heard[-1] is None  # and told when the wait was over


def test_a_write_that_finds_the_library_free_does_not_wait(tmp_path):
    db, article_id = library_with_one_article(tmp_path)
    heard = []
    db.lock_listener = heard.append
    tagging.tag_mention(db, article_id=article_id, start=0, end=6, kind=Kind.INSTITUTION, user="u")
    assert heard == []


def test_the_command_line_says_it_is_waiting_and_tags(tmp_path):
    db, article_id = library_with_one_article(tmp_path)
    db.close()
    held = threading.Event()
    other = threading.Thread(target=hold_write_lock, args=(tmp_path / "lib.db", HOLD_SECONDS, held))
    other.start()
    held.wait()
    tag = subprocess.run([sys.executable, "-m", "curator", "--db", str(tmp_path / "lib.db"), "--user", "u",
                          "tag", str(article_id), "--start", "0", "--end", "6", "--kind", "institution"], capture_output=True, text=True, timeout=120)
    other.join()
    assert tag.returncode == 0, tag.stderr
    assert tag.stderr.count("waiting for the library") == 1  # one line, not one per try
    assert "中国农业银行" in tag.stdout


def test_tags_during_a_long_undo_in_another_process_are_all_kept(tmp_path):
    """The concurrency test: one process undoes a big import while this one tags."""
    folder = tmp_path / "big"
    folder.mkdir()
    for number in range(1500):
        (folder / f"a{number}.txt").write_text(f"第{number}篇：中国农业银行长治分行行长张三表示，支持小微企业。" * 20,
                                                encoding="utf-8")
    db, article_id = library_with_one_article(tmp_path)
    importing.import_paths(db, [folder], user="importer")
    undo = subprocess.Popen([sys.executable, "-m", "curator", "--db", str(tmp_path / "lib.db"), "--user", "importer", "undo"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    waited = []
    db.lock_listener = waited.append
    tagged = 0
    while undo.poll() is None:
        start = tagged % 3 * 2  # 中国, 农业, 银行 in turn: a new tag, then its removal
        change = tagging.tag_mention(db, article_id=article_id, start=start, end=start + 2, kind=Kind.INSTITUTION, user="u")
        assert len(change.added) == 1
        changes.undo(db, user="u", article_id=article_id)
        tagged += 1
    assert undo.returncode == 0, undo.stderr.read()
    assert waited, "the undo never held the library while this process tagged: the test proved nothing"
    assert library.count_articles(db) == 1  # the big import is gone, the tagged article stays
