import csv
import json

from curator.cli import main
from curator.core.types import Kind
from curator.services import tagging

TEXT = "中国农业银行长治市分行行长孙洪卫表示，将继续支持小微企业。"


def cli(tmp_path, capsys, *argv):
    code = main(["--db", str(tmp_path / "library.db"), "--user", "ann", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_export_csv_xlsx_and_round_trip(db, add_article, tmp_path, capsys):
    aid = add_article(TEXT)
    tagging.tag_mention(db, article_id=aid, start=0, end=11, kind=Kind.INSTITUTION, user="ann")
    code, out, _ = cli(tmp_path, capsys, "export", "--out", str(tmp_path / "m.csv"), "--plain-utf8", "--json")
    assert code == 0 and json.loads(out) == {"path": str(tmp_path / "m.csv"), "format": "csv", "rows": {"mentions": 1}}
    with open(tmp_path / "m.csv", encoding="utf-8", newline="") as f:
        assert next(csv.DictReader(f))["surface"] == TEXT[0:11]
    code, out, _ = cli(tmp_path, capsys, "export", "--out", str(tmp_path / "all.xlsx"), "--json")
    assert json.loads(out)["rows"] == {"mentions": 1, "articles": 1, "entities": 1, "affiliations": 0}
    cli(tmp_path, capsys, "export", "--format", "conll", "--out", str(tmp_path / "a.conll"), "--status", "in_progress")
    other = tmp_path / "other"
    other.mkdir()
    code = main(["--db", str(other / "library.db"), "--user", "imp", "import-tagged", str(tmp_path / "a.conll"),
                 "--json"])
    report = json.loads(capsys.readouterr().out)
    assert code == 0 and (report["imported"], report["mentions"]) == (1, 1)


def test_export_rejects_bad_date_in_one_line(db, tmp_path, capsys):
    code, out, err = cli(tmp_path, capsys, "export", "--out", str(tmp_path / "m.csv"), "--since", "May 1")
    assert code == 1 and err == "curator: error: --since 'May 1' is not a date (YYYY-MM-DD)\n"


def test_export_into_missing_folder_fails_cleanly(db, tmp_path, capsys):
    code, _, err = cli(tmp_path, capsys, "export", "--out", str(tmp_path / "nope" / "m.csv"))
    assert code == 1 and err.startswith("curator: error: no such folder")
