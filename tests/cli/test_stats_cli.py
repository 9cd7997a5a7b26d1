"""`curator stats`: the JSON shape, a readable table, files for Excel, one-line errors."""

import json
from datetime import datetime

from curator.cli import main
from curator.core.types import Kind
from curator.services import tagging

TEXT = "中国农业银行长治分行行长张三表示，将支持小微企业。"


def cli(db, capsys, *argv):
    code = main(["--db", db.location, "--user", "ann", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def tagged(db, add_article):
    aid = add_article(TEXT)
    tagging.tag_mention(db, article_id=aid, start=0, end=6, kind=Kind.INSTITUTION, user="ann")
    tagging.tag_mention(db, article_id=aid, start=12, end=14, kind=Kind.FIGURE, user="ann")
    return aid


def test_stats_json_has_the_four_tables(db, add_article, tmp_path, capsys):
    aid = tagged(db, add_article)
    code, out, err = cli(db, capsys, "stats", "--json")
    assert (code, err) == (0, "")
    stats = json.loads(out)
    assert set(stats) == {"articles", "mentions", "top", "by_user"}
    assert stats["articles"]["in_progress"] == 1
    assert stats["mentions"]["institution"] == {"pending": 1, "approved": 0, "rejected": 0}
    assert stats["top"]["figure"] == [{"id": 2, "name": "张三", "articles": 1, "mentions": 1}]
    (work,) = stats["by_user"]
    assert (work["user"], work["tagged"], work["reviewed"]) == ("ann", 2, 0)
    assert work["day"] == datetime.now().astimezone().date().isoformat()
    code, out, _ = cli(db, capsys, "stats", "--kind", "figure", "--since", "2024-01-01", "--json")
    narrowed = json.loads(out)  # the article has no date: the bounds leave it out
    assert list(narrowed["top"]) == ["figure"] and narrowed["top"]["figure"] == [] and aid


def test_stats_without_json_is_a_readable_table(db, add_article, tmp_path, capsys):
    tagged(db, add_article)
    code, out, _ = cli(db, capsys, "stats")
    assert code == 0
    assert "Articles\nstatus             articles\nnew                       0\nin_progress               1\n" in out
    assert "kind         pending  approved  rejected  total\ninstitution        1         0         0      1\n" in out
    assert "Top figure (by articles)\n#  name  articles  tags\n1  张三         1     1\n" in out  # 张三 is 4 columns wide


def test_stats_export_writes_the_tables_for_excel(db, add_article, tmp_path, capsys):
    tagged(db, add_article)
    code, out, _ = cli(db, capsys, "stats", "--export", str(tmp_path / "s.csv"), "--json")
    assert code == 0 and json.loads(out)["files"][2] == str(tmp_path / "s-top.csv")
    assert (tmp_path / "s-by_user.csv").read_bytes().startswith(b"\xef\xbb\xbfuser,day,tagged,reviewed,settled\r\n")
    code, out, _ = cli(db, capsys, "stats", "--export", str(tmp_path / "s.xlsx"))
    assert code == 0 and out == f"wrote {tmp_path / 's.xlsx'}\n"


def test_stats_errors_are_one_line(db, tmp_path, capsys):
    assert cli(db, capsys, "stats", "--until", "2024-02-30") == (
        1, "", "curator: error: --until '2024-02-30' is not a date (YYYY-MM-DD)\n")
    code, _, err = cli(db, capsys, "stats", "--export", str(tmp_path / "s.txt"))
    assert code == 1 and err == "curator: error: unknown export format '.txt' (one of: .csv, .xlsx)\n"
    code, _, err = cli(db, capsys, "stats", "--export", str(tmp_path / "missing" / "s.csv"))
    assert code == 1 and err.startswith("curator: error: no such folder")
