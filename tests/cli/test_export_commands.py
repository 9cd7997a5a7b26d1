import csv
import json

from curator.cli import main
from curator.core.types import Kind
from curator.services import tagging

TEXT = "中国农业银行长治市分行行长孙洪卫表示，将继续支持小微企业。"


def cli(db, capsys, *argv):
    code = main(["--db", db.location, "--user", "ann", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_export_csv_xlsx_and_round_trip(db, add_article, tmp_path, capsys):
    aid = add_article(TEXT)
    tagging.tag_mention(db, article_id=aid, start=0, end=11, kind=Kind.INSTITUTION, user="ann")
    code, out, _ = cli(db, capsys, "export", "--out", str(tmp_path / "m.csv"), "--plain-utf8", "--json")
    assert code == 0 and json.loads(out) == {"path": str(tmp_path / "m.csv"), "format": "csv", "rows": {"mentions": 1},
                                             "undated_left_out": 0}
    with open(tmp_path / "m.csv", encoding="utf-8", newline="") as f:
        assert next(csv.DictReader(f))["surface"] == TEXT[0:11]
    code, out, _ = cli(db, capsys, "export", "--out", str(tmp_path / "all.xlsx"), "--json")
    assert json.loads(out)["rows"] == {"mentions": 1, "articles": 1, "entities": 1, "affiliations": 0}
    cli(db, capsys, "export", "--format", "conll", "--out", str(tmp_path / "a.conll"), "--status", "in_progress")
    other = tmp_path / "other"
    other.mkdir()
    code = main(["--db", str(other / "library.db"), "--user", "imp", "import-tagged", str(tmp_path / "a.conll"),
                 "--json"])
    report = json.loads(capsys.readouterr().out)
    assert code == 0 and (report["imported"], report["mentions"]) == (1, 1)


def test_export_rejects_bad_date_in_one_line(db, tmp_path, capsys):
    code, out, err = cli(db, capsys, "export", "--out", str(tmp_path / "m.csv"), "--since", "May 1")
    assert code == 1 and err == "curator: error: --since 'May 1' is not a date (YYYY-MM-DD)\n"


def test_export_into_missing_folder_fails_cleanly(db, tmp_path, capsys):
    code, _, err = cli(db, capsys, "export", "--out", str(tmp_path / "nope" / "m.csv"))
    assert code == 1 and err.startswith("curator: error: no such folder")


def test_export_says_how_many_undated_articles_it_left_out(db, add_article, tmp_path, capsys):
    from datetime import datetime

    from curator.services.article_details import edit_details

    dated = add_article("有日期的文章。")
    edit_details(db, article_id=dated, user="ann", published=datetime(2024, 5, 10))
    add_article("没有日期的文章。")
    add_article("另一篇没有日期的文章。")
    out = str(tmp_path / "a.csv")
    code, text, err = cli(db, capsys, "export", "--what", "articles", "--out", out, "--since", "2024-05-01")
    assert (code, err) == (0, "")
    assert text == f"wrote 1 articles to {out}\nleft out 2 article(s) without a date; --include-undated keeps them\n"
    code, text, _ = cli(db, capsys, "export", "--what", "articles", "--out", out, "--since", "2024-05-01",
                        "--include-undated", "--json")
    assert code == 0 and (json.loads(text)["rows"], json.loads(text)["undated_left_out"]) == ({"articles": 3}, 0)
    code, text, _ = cli(db, capsys, "export", "--what", "articles", "--out", out)
    assert code == 0 and text == f"wrote 3 articles to {out}\n"  # no bounds: nothing is left out, nothing said
