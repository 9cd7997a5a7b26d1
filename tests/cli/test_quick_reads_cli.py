"""Issue 16: `curator articles` (a search the index answers alone included) and `curator show` print the same, text and JSON, whether sqlite3
alone reads the library (services/quick_reads.py) or the full path does."""

import pytest

from curator.cli import main
from curator.services import quick_reads
from curator.storage import search
from tests.storage.test_sqlite_reader import ARTICLES

pytestmark = pytest.mark.sqlite_only  # the quick path reads SQLite files

COMMANDS = [["articles"], ["articles", "--status", "new"], ["articles", "--source", "阳泉日报"],
            ["articles", "--status", "new", "--source", "大众网"], ["articles", "--status", "done"],
            ["articles", "--search", "银行"], ["articles", "--search", "1篇 银行"], ["articles", "--search", "鑫"],
            *(["show", str(i)] for i in range(1, len(ARTICLES) + 1))]


@pytest.fixture
def library(db, add_article):
    for i, values in enumerate(ARTICLES):
        add_article(f"第{i}篇正文，中国人民银行。\n\n第二段。", title=f"标题{i}", **values)
    with db.session() as session:
        search.index_pending(session)
    return db.location


def outputs(capsys, location: str) -> list[tuple]:
    """Each command's exit code, stdout and stderr, as text and as JSON."""
    found = []
    for command in COMMANDS:
        for json_flag in ([], ["--json"]):
            code = main(["--db", location, *command, *json_flag])
            found.append((code, *capsys.readouterr()))
    return found


def test_the_quick_and_the_full_path_print_the_same(library, capsys, monkeypatch):
    answered = []
    for name in ("article_summaries", "article"):
        quick = getattr(quick_reads, name)
        monkeypatch.setattr(quick_reads, name, lambda *a, quick=quick: answered.append(quick(*a)) or answered[-1])
    quickly = outputs(capsys, library)
    assert len(answered) == 2 * len(COMMANDS) and None not in answered  # sqlite3 alone answered every one

    for name in ("article_summaries", "article"):
        monkeypatch.setattr(quick_reads, name, lambda *_: None)
    fully = outputs(capsys, library)
    assert quickly == fully
    assert all(code == 0 and not err for code, _, err in fully)
    assert [out for _, out, _ in fully].count("") == 2  # the text of the empty lists, `--status done` and 鑫


def test_a_missing_article_is_told_by_the_full_path(library, capsys):
    assert main(["--db", library, "show", "99"]) == 1
    assert capsys.readouterr().err == "curator: error: no article with id 99\n"
