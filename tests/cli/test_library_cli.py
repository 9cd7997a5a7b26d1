"""The library's command line: JSON shapes, exit codes and one-line errors."""

import json
from pathlib import Path

import pytest

from curator.cli import main
from curator.storage.db import open_database

SEEDS = Path(__file__).resolve().parents[1] / "fixtures" / "seeds"


def run(capsys, *argv) -> tuple[int, object, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, (json.loads(out) if "--json" in argv else out), err


@pytest.fixture
def library_file(tmp_path):
    """An existing, empty library (a new one is announced on stderr: test_library_files.py)."""
    path = tmp_path / "lib.db"
    open_database(path).close()
    return str(path)


def test_import_seeds_then_list_and_show(capsys, library_file):
    code, report, err = run(capsys, "--db", library_file, "import", str(SEEDS), "--json")
    assert code == 0 and err == ""
    assert (report["imported"], report["duplicates"], report["failed"]) == (5, 0, [])
    code, rows, _ = run(capsys, "--db", library_file, "articles", "--json")
    assert code == 0 and [r["id"] for r in rows] == report["articles"]
    assert set(rows[0]) == {"id", "title", "source", "url", "published", "script", "chars", "status", "file"}
    by_file = {Path(r["file"]).name[:3]: r for r in rows}
    assert by_file["000"]["source"] == "阳泉日报" and by_file["000"]["published"].startswith("2022-04-09")
    assert by_file["002"]["script"] == "traditional"
    assert by_file["003"]["source"] == "大众网"

    code, article, _ = run(capsys, "--db", library_file, "show", str(by_file["000"]["id"]), "--json")
    assert set(article) == {"id", "title", "text", "source", "url", "author", "published", "script", "file", "status",
                            "version"}
    assert article["title"] == "汇聚金融活水 服务地方经济"
    assert article["url"].startswith("http://finews.zning.xyz/")
    assert "<p>" not in article["text"] and "返回首页" not in article["text"]


def test_reimport_counts_duplicates(capsys, library_file):
    run(capsys, "--db", library_file, "import", str(SEEDS), "--json")
    code, report, _ = run(capsys, "--db", library_file, "import", str(SEEDS), "--json")
    assert code == 0 and (report["imported"], report["duplicates"]) == (0, 5)


def test_bad_files_are_reported_and_the_rest_imported(capsys, library_file, tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (tmp_path / "good.txt").write_text("山西银行阳泉分行开业。\n\n正文第一段。", encoding="utf-8")
    missing = tmp_path / "missing.txt"
    code, report, err = run(capsys, "--db", library_file, "import", str(tmp_path / "empty.txt"),
                            str(tmp_path / "binary.txt"), str(tmp_path / "good.txt"), str(missing), "--json")
    assert code == 0 and err == ""
    assert report["imported"] == 1
    failed = {Path(f["path"]).name: f["error"] for f in report["failed"]}
    assert set(failed) == {"empty.txt", "binary.txt", "missing.txt"}
    assert all(error and "\n" not in error for error in failed.values())


def test_search_and_status_filters(capsys, library_file):
    run(capsys, "--db", library_file, "import", str(SEEDS), "--json")
    _, rows, _ = run(capsys, "--db", library_file, "articles", "--search", "冠县", "--json")
    assert [Path(r["file"]).name[:3] for r in rows] == ["003"]
    _, rows, _ = run(capsys, "--db", library_file, "articles", "--status", "done", "--json")
    assert rows == []


def test_search_finds_either_script(capsys, library_file):
    """Seed 002 is traditional (鄭州): the simplified 郑州 finds it, as 鄭州 finds it."""
    run(capsys, "--db", library_file, "import", str(SEEDS), "--json")
    for query in ("郑州分行", "鄭州分行"):
        _, rows, _ = run(capsys, "--db", library_file, "articles", "--search", query, "--json")
        assert [(Path(r["file"]).name[:3], r["script"]) for r in rows] == [("002", "traditional")]


def test_show_missing_article_is_one_line_error(capsys, library_file):
    code, _, err = run(capsys, "--db", library_file, "show", "99")
    assert code == 1 and err.strip() == "curator: error: no article with id 99"


def test_unopenable_library_is_one_line_error(capsys, tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_text("not sqlite")
    code, _, err = run(capsys, "--db", str(bad), "articles")
    assert code == 1 and err.count("\n") == 1 and "not a database" in err


def test_delete_and_undo_from_the_command_line(capsys, library_file):
    _, report, _ = run(capsys, "--db", library_file, "import", str(SEEDS), "--json")
    first, second = report["articles"][:2]
    run(capsys, "--db", library_file, "--user", "ann", "tag", str(first), "--start", "0", "--end", "2", "--kind", "institution")
    code, deleted, _ = run(capsys, "--db", library_file, "--user", "ann", "delete", str(first), str(second), "--json")
    assert code == 0 and deleted == {"deleted": [first, second], "tags": 1}
    ids = [r["id"] for r in run(capsys, "--db", library_file, "articles", "--json")[1]]
    assert first not in ids and second not in ids and len(ids) == 3
    code, _, err = run(capsys, "--db", library_file, "show", str(first))
    assert code == 1 and err.strip() == f"curator: error: no article with id {first}"
    run(capsys, "--db", library_file, "--user", "ann", "undo")
    assert len(run(capsys, "--db", library_file, "articles", "--json")[1]) == 5
    assert len(run(capsys, "--db", library_file, "mentions", str(first), "--json")[1]) == 1


def test_each_stage_of_an_import_shows_its_progress_in_a_terminal(capsys, library_file, monkeypatch):
    """No silent stage: reading and storing the files, then indexing what an upgrade left waiting."""
    from sqlalchemy import text

    run(capsys, "--db", library_file, "import", str(SEEDS / "000_5f9027ec677b1fac.txt"))
    with open_database(library_file).session() as session:  # as after an upgrade of the index
        session.execute(text("UPDATE article SET indexed = false"))
    monkeypatch.setattr("sys.stderr.isatty", lambda: True)
    code, out, err = run(capsys, "--db", library_file, "import", str(SEEDS))
    assert code == 0 and out.startswith("imported 4, duplicates 1")
    assert err.split("\n") == ["\rimporting 0/5\rimporting 5/5", "\rindexing for search 0/1\rindexing for search 1/1", ""]
    code, out, err = run(capsys, "--db", library_file, "import", str(SEEDS), "--json")
    assert err == ""  # a script reads the JSON alone
