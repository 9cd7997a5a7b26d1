"""Killed at random moments while tagging, undoing, importing and exporting, the library loses
nothing it acknowledged and stays sound (issue 14, kill suite)."""

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from curator.storage.db import open_database
from tests.robustness.hostile_files import SENTENCE

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL")

KILLS = 20

# Works on the library until killed, printing one JSON line after each change has returned:
# what it prints is what a user was told was done.
WORKER = r"""
import json, sys
from curator.core.types import Kind
from curator.services import changes, export, importing, library, tagging
from curator.storage.db import open_database

db = open_database(sys.argv[1])
folder, out = sys.argv[2], sys.argv[3]
print(json.dumps({"imported": importing.import_paths(db, [folder], user="k").articles}), flush=True)
ids = [article.id for article in library.list_articles(db)]  # after the first run, all are duplicates
for round_ in range(1000):
    for article_id in ids:
        start = round_ % 6 * 7  # a new span each round: 中国农业银行 first, then further on
        change = tagging.tag_mention(db, article_id=article_id, start=start, end=start + 6, kind=Kind.INSTITUTION, user="k")
        print(json.dumps({"tagged": change.added}), flush=True)
        if article_id % 2:  # every other tag is undone at once; the rest stay
            undone = changes.undo(db, user="k", article_id=article_id)
            print(json.dumps({"untagged": undone.removed}), flush=True)
    export.export(db, out=out, what="mentions", fmt="csv")
"""


def acknowledged(lines: list[str]) -> tuple[set[int], set[int]]:
    """Articles whose import returned, and mentions whose tagging returned and was not undone.

    The last tag told may lack its undo's acknowledgment only because the kill came between the
    undo's commit and its print: that one may be gone, rightly.
    """
    articles, mentions, last = set(), set(), {}
    for line in lines:
        try:
            last = json.loads(line)
        except ValueError:
            continue  # the line the kill cut short was never acknowledged
        articles |= set(last.get("imported", []))
        mentions |= set(last.get("tagged", []))
        mentions -= set(last.get("untagged", []))
    return articles, mentions - set(last.get("tagged", []))


def test_kill_at_random_moments(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    for number in range(30):  # imported in the process itself, so tags start soon
        (folder / f"a{number}.txt").write_text(f"中国农业银行第{number}篇。{SENTENCE * 5}", encoding="utf-8")
    library = tmp_path / "library.db"
    rng = random.Random(int(os.environ.get("CURATOR_KILL_SEED", "9")))
    mid_tagging = kept_tags = 0
    for kill in range(KILLS):
        told = tmp_path / f"told{kill}.txt"  # a file, not a pipe: helpers that outlive the kill keep a pipe open
        with told.open("w") as out:
            worker = subprocess.Popen([sys.executable, "-c", WORKER, str(library), str(folder), str(tmp_path / "out.csv")],
                                      stdout=out, stderr=subprocess.DEVNULL)
            if kill % 4:  # three kills in four strike while tags and undos go on, however slow the start
                _wait_for(told, '"imported"')
                time.sleep(rng.uniform(0.05, 1.0))
            else:  # the others at any moment from the start: during an import too
                time.sleep(rng.uniform(0.3, 2.5))
            os.kill(worker.pid, signal.SIGKILL)
            worker.wait(timeout=30)
        lines = told.read_text().splitlines()
        with sqlite3.connect(library) as connection:
            assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",), f"kill {kill}"
        articles, mentions = acknowledged(lines)
        db = open_database(library)  # opens (and recovers its WAL) after every kill
        with db.session() as session:
            present_articles = {row[0] for row in session.execute(_sql("SELECT id FROM article"))}
            present_mentions = {row[0] for row in session.execute(_sql("SELECT id FROM mention"))}
        db.close()
        assert articles <= present_articles, f"kill {kill}: an imported article is gone"
        assert mentions <= present_mentions, f"kill {kill}: an acknowledged tag is gone"
        kept_tags += len(mentions)
        mid_tagging += any('"tagged"' in line for line in lines)
    assert mid_tagging >= KILLS // 2  # most kills struck while tags and undos were going on
    assert kept_tags > 0  # and there were acknowledged tags to lose


def _wait_for(told, words: str, timeout: float = 60) -> None:
    """Until the worker has said `words` (its start takes 2 s on an idle machine, far more on a busy one)."""
    deadline = time.monotonic() + timeout
    while words not in told.read_text() and time.monotonic() < deadline:
        time.sleep(0.05)


def _sql(text: str):
    from sqlalchemy import text as sql_text

    return sql_text(text)
