"""`curator edit`: an article's details from the command line, one-line errors, undo."""

import json

import pytest

from curator.cli import main


@pytest.fixture
def library_file(db, add_article):
    add_article("山西银行阳泉分行开业。", title="旧标题", source="测试报")
    return db.location


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_edit_prints_the_details_and_what_changed(capsys, library_file):
    code, out, err = run(capsys, "--db", library_file, "--user", "ann", "edit", "1", "--title", "新标题",
                         "--source", "", "--published", "2024-03-05 14:30", "--json")
    assert (code, err) == (0, "")
    assert json.loads(out) == {"id": 1, "title": "新标题", "source": None, "author": None,
                               "published": "2024-03-05T14:30:00", "url": None,
                               "changed": ["title", "source", "published"]}


def test_edit_without_json_says_what_changed_in_one_line(capsys, library_file):
    code, out, _ = run(capsys, "--db", library_file, "edit", "1", "--author", "李若男")
    assert code == 0 and out == "article 1: changed author; `curator undo --article 1` reverts it\n"
    code, out, _ = run(capsys, "--db", library_file, "edit", "1", "--author", "李若男")
    assert code == 0 and out == "article 1: nothing changed\n"


@pytest.mark.parametrize("argv, message", [
    (["--published", "2024-02-30"], "published date '2024-02-30' is not a date (YYYY-MM-DD or YYYY-MM-DD HH:MM)"),
    (["--title", ""], "an article needs a title"),
    ([], "nothing to change: give --title, --source, --author, --published or --url"),
])
def test_a_refused_edit_is_one_line_and_changes_nothing(capsys, library_file, argv, message):
    code, out, err = run(capsys, "--db", library_file, "edit", "1", *argv)
    assert (code, out, err) == (1, "", f"curator: error: {message}\n")
    _, out, _ = run(capsys, "--db", library_file, "show", "1", "--json")
    assert json.loads(out)["title"] == "旧标题"


def test_an_unknown_article_is_one_line(capsys, library_file):
    assert run(capsys, "--db", library_file, "edit", "9", "--title", "x") == (1, "", "curator: error: no article with id 9\n")


def test_undo_reverts_an_edit_and_the_history_shows_it(capsys, library_file):
    run(capsys, "--db", library_file, "--user", "ann", "edit", "1", "--source", "新华社")
    code, out, _ = run(capsys, "--db", library_file, "history", "1")
    assert code == 0 and "article_edited  source=测试报 → 新华社" in out
    code, out, _ = run(capsys, "--db", library_file, "--user", "ann", "undo", "--article", "1", "--json")
    assert code == 0 and json.loads(out)["edited_articles"] == [1]
    _, out, _ = run(capsys, "--db", library_file, "show", "1", "--json")
    assert json.loads(out)["source"] == "测试报"
