import csv
from datetime import date, datetime

import openpyxl
import pytest

from curator.core.types import Kind
from curator.services import export, review, tagging
from curator.services.export import ExportCancelled
from curator.storage.exports import ExportFilter

TEXT = "中国农业银行长治市分行行长孙洪卫表示，\n=中国农业银行将继续支持\u3000小微企业。"
TRICKY = '-王小明, "@工行"\n+农行\t=SUM(A1)'


@pytest.fixture
def library(db, add_article):
    """Three articles: two tagged (one approved), one untagged; one title with CSV-hostile text."""
    first = add_article(TEXT, title='标题, "引号"\n第二行', source="人民日报")
    second = add_article(TRICKY, title="=cmd|' /C calc'!A0", source="新华社")
    add_article("没有机构的文章。", title="空", source="新华社")
    tagging.tag_mention(db, article_id=first, start=0, end=11, kind=Kind.INSTITUTION, user="ann")
    tagging.tag_mention(db, article_id=first, start=13, end=16, kind=Kind.FIGURE, user="ann")
    tagging.tag_mention(db, article_id=first, start=21, end=27, kind=Kind.INSTITUTION, user="ann")
    tagging.tag_mention(db, article_id=second, start=1, end=4, kind=Kind.FIGURE, user="bob")
    tagging.tag_mention(db, article_id=second, start=7, end=9, kind=Kind.INSTITUTION, user="bob")
    tagging.tag_mention(db, article_id=second, start=13, end=15, kind=Kind.INSTITUTION, user="bob")
    review.submit_article(db, article_id=first, user="ann")
    review.approve_article(db, article_id=first, user="rex", note="好")
    return {"first": first, "second": second, "texts": {first: TEXT, second: TRICKY}}


def read_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def unquote(cell):
    return cell[1:] if cell.startswith("'") else cell


def test_mentions_csv_spans_equal_the_text(db, library, tmp_path):
    report = export.export(db, out=tmp_path / "m.csv", what="mentions")
    rows = read_csv(tmp_path / "m.csv")
    assert report.rows == {"mentions": 6} and len(rows) == 6
    assert list(rows[0]) == list(export.table.MENTION_COLUMNS)
    for row in rows:
        text = library["texts"][int(row["article_id"])]
        assert unquote(row["surface"]) == text[int(row["start"]):int(row["end"])]
        assert f"【{text[int(row['start']):int(row['end'])]}】" in row["context"]
    first = [r for r in rows if r["article_id"] == str(library["first"])]
    assert [r["status"] for r in first] == ["approved"] * 3 and first[0]["reviewer"] == "rex"
    assert first[0]["article_title"] == '标题, "引号"\n第二行'  # commas, quotes and line breaks survive


def test_csv_neutralizes_formula_cells_but_not_numbers(db, library, tmp_path):
    export.export(db, out=tmp_path / "m.csv", what="mentions")
    raw = (tmp_path / "m.csv").read_text(encoding="utf-8-sig")
    rows = read_csv(tmp_path / "m.csv")
    second = [r for r in rows if r["article_id"] == str(library["second"])]
    assert second[0]["article_title"] == "'=cmd|' /C calc'!A0"
    assert second[0]["start"] == "1" and ",1,4," in raw  # numbers unquoted, no apostrophe
    assert all(not value.startswith(("=", "+", "-", "@", "\t", "\r")) for r in rows for value in r.values())


def test_bom_option(db, library, tmp_path):
    export.export(db, out=tmp_path / "bom.csv", what="articles")
    export.export(db, out=tmp_path / "plain.csv", what="articles", bom=False)
    assert (tmp_path / "bom.csv").read_bytes()[:3] == b"\xef\xbb\xbf"
    assert (tmp_path / "plain.csv").read_bytes()[:10] == b"article_id"


def test_articles_and_entities_csv(db, library, tmp_path):
    export.export(db, out=tmp_path / "a.csv", what="articles")
    articles = {int(r["article_id"]): r for r in read_csv(tmp_path / "a.csv")}
    first = articles[library["first"]]
    assert first["institutions"] == "中国农业银行长治市分行；中国农业银行"
    assert (first["figures"], first["n_institutions"], first["n_figures"]) == ("孙洪卫", "2", "1")
    assert (first["status"], first["annotator"], first["reviewer"]) == ("approved", "ann", "rex")
    assert len(articles) == 3
    export.export(db, out=tmp_path / "e.csv", what="entities")
    entities = {r["name"]: r for r in read_csv(tmp_path / "e.csv")}
    assert entities["孙洪卫"]["kind"] == "figure" and entities["孙洪卫"]["mentions"] == "1"
    assert list(read_csv(tmp_path / "e.csv")[0]) == list(export.table.ENTITY_COLUMNS)


def test_filters_by_status_source_and_date(db, add_article, tmp_path):
    from sqlalchemy import update
    from curator.storage.tables import Article
    ids = [add_article(f"文章{i}", source="甲" if i % 2 else "乙") for i in range(4)]
    with db.session() as session:
        for day, aid in zip((1, 10, 20, 30), ids):
            session.execute(update(Article).where(Article.id == aid).values(published=datetime(2024, 5, day, 9)))
    for aid in ids:
        tagging.tag_mention(db, article_id=aid, start=0, end=2, kind=Kind.INSTITUTION, user="ann")
    review.submit_article(db, article_id=ids[0], user="ann")

    def exported(**kwargs):
        export.export(db, out=tmp_path / "f.csv", what="articles", query=ExportFilter(**kwargs))
        return [int(r["article_id"]) for r in read_csv(tmp_path / "f.csv")]

    assert exported(status="done") == [ids[0]]
    assert exported(source="甲") == [ids[1], ids[3]]
    assert exported(since=date(2024, 5, 10), until=date(2024, 5, 20)) == [ids[1], ids[2]]  # both ends inclusive
    assert exported(since=date(2024, 5, 25), source="乙") == []
    export.export(db, out=tmp_path / "m.csv", query=ExportFilter(until=date(2024, 5, 1)))
    assert [r["published"] for r in read_csv(tmp_path / "m.csv")] == ["2024-05-01 09:00:00"]


def test_date_bounds_count_the_undated_articles_they_leave_out(db, add_article, tmp_path):
    from curator.services.article_details import edit_details

    ids = [add_article(f"文章{i}", source="甲" if i % 2 else "乙") for i in range(5)]
    for aid in ids[:2]:
        edit_details(db, article_id=aid, user="ann", published=datetime(2024, 5, 10))
        tagging.tag_mention(db, article_id=aid, start=0, end=2, kind=Kind.INSTITUTION, user="ann")
    tagging.tag_mention(db, article_id=ids[4], start=0, end=2, kind=Kind.INSTITUTION, user="ann")

    def exported(what="articles", **kwargs):
        report = export.export(db, out=tmp_path / "u.csv", what=what, query=ExportFilter(**kwargs))
        return len(read_csv(tmp_path / "u.csv")), report.undated_left_out

    assert exported(since=date(2024, 5, 1)) == (2, 3)
    assert exported(until=date(2024, 5, 31), source="乙") == (1, 2)  # the other filters apply to the count
    assert exported(since=date(2024, 5, 1), include_undated=True) == (5, 0)
    assert exported(since=date(2024, 6, 1), include_undated=True) == (3, 0)  # undated, not out-of-range ones
    for include_undated, articles in ((False, "2"), (True, "3")):  # the one entity, 文章, counts what is exported
        exported("entities", since=date(2024, 5, 1), include_undated=include_undated)
        assert [row["articles"] for row in read_csv(tmp_path / "u.csv")] == [articles]
    assert exported() == (5, 0)  # without bounds none is left out
    assert export.export(db, out=tmp_path / "u.csv", query=ExportFilter(since=date(2024, 5, 1))).as_dict()[
        "undated_left_out"] == 3


def test_xlsx_has_four_styled_sheets(db, library, tmp_path):
    report = export.export(db, out=tmp_path / "r.xlsx", fmt="xlsx")
    assert report.rows == {"mentions": 6, "articles": 3, "entities": 6, "affiliations": 1}
    book = openpyxl.load_workbook(tmp_path / "r.xlsx")
    assert book.sheetnames == ["mentions", "articles", "entities", "affiliations"]
    sheet = book["mentions"]
    assert [c.value for c in sheet[1]] == list(export.table.MENTION_COLUMNS)
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == "A1:R7"
    assert sheet["A1"].font.b
    titles = [row[1] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert "=cmd|' /C calc'!A0" in titles  # stored as text: xlsx cells cannot execute, so no apostrophe
    assert sheet.cell(2, 8).value == 0 and isinstance(sheet.cell(2, 9).value, int)
    assert [c.value for c in book["entities"][1]] == list(export.table.ENTITY_COLUMNS)


def test_cancel_leaves_no_file(db, library, tmp_path):
    with pytest.raises(ExportCancelled):
        export.export(db, out=tmp_path / "c.csv", cancel=lambda: True)
    assert not (tmp_path / "c.csv").exists()
    assert not (tmp_path / "c.csv.part").exists()


def test_progress_reaches_total(db, library, tmp_path):
    seen = []
    export.export(db, out=tmp_path / "p.csv", progress=lambda done, total: seen.append((done, total)))
    assert seen[0] == (0, 3) and seen[-1] == (3, 3)


def test_unknown_format_is_refused(db, tmp_path):
    with pytest.raises(ValueError, match="unknown export format"):
        export.export(db, out=tmp_path / "x", fmt="pdf")


def test_context_is_twenty_code_points_either_side_with_astral_characters(db, add_article, tmp_path):
    text = "𠮷" * 25 + "工商银行" + "😀" * 3 + "，" + "𠮷" * 30
    aid = add_article(text, title="边界")
    for start, end in ((0, 2), (25, 29), (len(text) - 2, len(text))):
        tagging.tag_mention(db, article_id=aid, start=start, end=end, kind=Kind.INSTITUTION, user="ann")
    export.export(db, out=tmp_path / "m.csv", what="mentions")
    for row in read_csv(tmp_path / "m.csv"):
        start, end = int(row["start"]), int(row["end"])
        expected = f"{text[max(0, start - 20):start]}【{text[start:end]}】{text[end:end + 20]}"
        assert row["context"] == expected
