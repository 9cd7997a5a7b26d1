"""`curator copy --from SRC --to DST` (issue 15): a whole library copied, checked, and indexed for
search on its new engine; one line and exit code 1 for what cannot be copied."""

import json

import pytest
from sqlalchemy import create_engine, inspect

from curator.cli import main
from curator.services import library

TEXT = "中国农业银行长治市分行行长孙洪卫表示，将继续支持小微企业🎉。农行员工也来了。"


@pytest.fixture
def tagged(db, run, add_article):
    """The test library with one article, three tags and one of them removed."""
    add_article(TEXT)
    short = TEXT.index("农行员工")
    for start, end, kind in ((0, 11, "institution"), (13, 16, "figure"), (short, short + 2, "institution")):
        assert run("tag", "1", "--start", str(start), "--end", str(end), "--kind", kind)[0] == 0
    assert run("untag", "3")[0] == 0
    return db


def copy(capsys, source: str, destination: str, *flags: str) -> tuple[int, object, str]:
    code = main(["copy", "--from", source, "--to", destination, *flags])
    out, err = capsys.readouterr()
    return code, (json.loads(out) if "--json" in flags and code == 0 else out), err


def test_a_copy_is_checked_shown_and_searchable(tagged, new_location, capsys, monkeypatch):
    first, second = new_location("sqlite"), new_location("sqlite")
    monkeypatch.setattr("sys.stderr.isatty", lambda: True)
    code, out, err = copy(capsys, tagged.location, first)
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == f"copied {tagged.location} to {first}; the same rows and checksums in both:"
    assert [line.split()[:2] for line in lines[1:]] == [
        ["article", "1"], ["entity", "3"], ["alias_proposal", "0"], ["mention", "2"], ["event", "6"],
        ["rejected_suggestion", "1"], ["member", "0"], ["assignment", "0"], ["blind_tag", "0"]]
    progress = err.split("\n")
    assert progress[0] == "\rcopying article 0/1\rcopying article 1/1"
    assert progress[9:11] == ["\rchecking article 0/1\rchecking article 1/1", "\rchecking entity 0/3\rchecking entity 3/3"]
    assert progress[-2:] == ["\rindexing for search 0/1\rindexing for search 1/1", ""]

    code, report, err = copy(capsys, first, second, "--json")
    assert code == 0 and err == ""  # a script reads the JSON alone
    assert report["source"] == first and report["destination"] == second
    assert [(t["table"], t["rows"]) for t in report["tables"]][3] == ("mention", 2)
    assert all(len(t["checksum"]) == 64 for t in report["tables"])
    copied = library.open_database(second)
    assert [a.id for a in library.list_articles(copied, library.ArticleFilter(search="孙洪卫"))] == [1]
    assert library.count_articles(copied, library.ArticleFilter(search="农业银行")) == 1
    copied.close()


def test_a_copy_on_a_server_is_indexed_for_search(tagged, new_location, capsys):
    server = new_location("postgresql", empty=True)  # not even a library yet
    code, report, err = copy(capsys, tagged.location, server, "--json")
    assert (code, err) == (0, "")
    copied = library.open_database(server)
    assert [a.id for a in library.list_articles(copied, library.ArticleFilter(search="孙洪卫"))] == [1]
    copied.close()


def test_a_library_is_never_copied_over(tagged, new_location, capsys):
    other = new_location("sqlite")
    assert copy(capsys, tagged.location, other)[0] == 0
    code, out, err = copy(capsys, other, tagged.location)
    assert (code, out) == (1, "")
    assert err == (f"curator: error: {tagged.location} already holds a library;"
                   " copy into a new or empty one (nothing was copied)\n")


def test_what_cannot_be_opened_is_one_line(new_location, tmp_path, capsys):
    missing = tmp_path / "missing.db"
    code, _, err = copy(capsys, str(missing), new_location("sqlite"))
    assert (code, err) == (1, f"curator: error: there is no library at {missing}\n")
    assert not missing.exists()

    server = new_location("postgresql", empty=True)
    code, _, err = copy(capsys, server, new_location("sqlite"))
    assert (code, err) == (1, f"curator: error: there is no library at {server}\n")
    engine = create_engine(server)
    assert inspect(engine).get_table_names() == []  # nothing was made there
    engine.dispose()

    source = new_location("sqlite")
    library.open_database(source).close()
    for wrong in ("postgresql://nobody@/nowhere?host=/nonexistent", "nosuchdb://x/y"):
        code, _, err = copy(capsys, source, wrong)
        assert code == 1 and err.startswith(f"curator: error: cannot open library {wrong}: ")
        assert err.count("\n") == 1
