"""Statistics: articles per status, tags per kind and status, top entities, work per user and day."""

import csv
from datetime import date, datetime, timedelta

import openpyxl
import pytest

from curator.core.types import Kind, Origin
from curator.services import changes, review, tagging
from curator.services.article_details import edit_details
from curator.services.stats import export_stats, library_stats

TEXT = "中国农业银行长治分行行长张三表示，中国人民银行也支持。李四说。"
BANK, PBOC, ZHANG, LI = ((TEXT.index(name), TEXT.index(name) + len(name)) for name in ("中国农业银行", "中国人民银行", "张三", "李四"))


def tag(db, aid, span, kind, user="ann", **kwargs):
    return tagging.tag_mention(db, article_id=aid, start=span[0], end=span[1], kind=kind, user=user, **kwargs).added[0]


@pytest.fixture
def library(db, add_article):
    """Three articles: one of May 2024 approved by rex, one of June in progress, one undated and new."""
    may, june, undated = (add_article(TEXT, title=f"文章{i}") for i in range(3))
    edit_details(db, article_id=may, user="ann", published=datetime(2024, 5, 10))
    edit_details(db, article_id=june, user="ann", published=datetime(2024, 6, 10, 9, 30))
    tag(db, may, BANK, Kind.INSTITUTION)
    tag(db, may, PBOC, Kind.INSTITUTION, origin=Origin.SUGGESTED)
    tag(db, may, ZHANG, Kind.FIGURE)
    tag(db, june, BANK, Kind.INSTITUTION, user="bob")
    rejected = tag(db, june, LI, Kind.FIGURE, user="bob")
    review.review_mention(db, mention_id=rejected, verdict="rejected", user="rex")
    review.submit_article(db, article_id=may, user="ann")
    review.approve_article(db, article_id=may, user="rex")
    tag(db, undated, ZHANG, Kind.FIGURE, user="bob")
    changes.undo(db, user="bob", article_id=undated)  # an undone tag is no work done
    return {"may": may, "june": june, "undated": undated}


def test_the_whole_library(db, library):
    stats = library_stats(db)
    assert stats.articles == {"new": 1, "in_progress": 1, "done": 0, "approved": 1, "changes_requested": 0}
    assert stats.mentions == {"institution": {"pending": 1, "approved": 2, "rejected": 0},
                              "figure": {"pending": 0, "approved": 1, "rejected": 1}}
    bank = stats.top["institution"][0]
    assert (bank["name"], bank["articles"], bank["mentions"]) == ("中国农业银行", 2, 2)
    assert [e["name"] for e in stats.top["institution"]] == ["中国农业银行", "中国人民银行"]
    assert [e["name"] for e in stats.top["figure"]] == ["张三", "李四"]  # equal articles and tags: the older first


def test_work_per_user_and_day_counts_tags_and_verdicts(db, library):
    today = datetime.now().astimezone().date().isoformat()  # the history's UTC times, on this computer's calendar
    assert library_stats(db).by_user == [
        {"user": "ann", "day": today, "tagged": 3, "reviewed": 0, "settled": 0},  # a tag, an accepted suggestion, a tag; not the submission
        {"user": "bob", "day": today, "tagged": 2, "reviewed": 0, "settled": 0},  # the undone tag does not count
        {"user": "rex", "day": today, "tagged": 0, "reviewed": 5, "settled": 0},  # a rejection, the approval, the 3 tags it approved
    ]


@pytest.fixture
def tagged_blind(db, library, add_article):
    """An article ann and cat tag blind: cat its bank and 张三, ann its bank; returns its id."""
    from curator.services import blind_tagging

    aid = add_article(TEXT, title="独立标注")
    blind_tagging.assign(db, article_ids=[aid], annotators=["ann", "cat"], user="rex")
    for user, span in (("cat", BANK), ("cat", ZHANG), ("ann", BANK)):
        blind_tagging.tag_mention(db, article_id=aid, start=span[0], end=span[1], kind=Kind.INSTITUTION, user=user)
    return aid


def work_today(db) -> dict[str, dict]:
    today = datetime.now().astimezone().date().isoformat()
    return {row["user"]: row for row in library_stats(db).by_user if row["day"] == today}


def test_tags_made_blind_are_work_done(db, tagged_blind):
    work = work_today(db)
    assert (work["ann"]["tagged"], work["cat"]["tagged"]) == (3 + 1, 2)


def test_settling_credits_the_editors_tags_to_them_and_the_reviewer_with_settling(db, tagged_blind):
    from curator.services import blind_tagging

    for user in ("ann", "cat"):
        blind_tagging.mark_done(db, article_id=tagged_blind, user=user)
    blind_tagging.settle(db, article_id=tagged_blind, choices={1: "cat"}, user="rex")  # the bank agreed, 张三 chosen
    work = work_today(db)
    assert [(work[u]["tagged"], work[u]["settled"]) for u in ("ann", "cat", "rex")] == [(3 + 1, 0), (2, 0), (0, 2)]
    assert work["rex"]["reviewed"] == 5  # settling is no verdict either
    changes.undo(db, user="rex", article_id=tagged_blind)
    assert (work_today(db)["rex"]["tagged"], work_today(db)["rex"]["settled"]) == (0, 0)


def test_dates_bound_published_articles_and_the_days_of_the_work(db, library):
    may = library_stats(db, since=date(2024, 5, 1), until=date(2024, 5, 31))
    assert may.articles["approved"] == 1 and sum(may.articles.values()) == 1
    assert may.mentions["figure"] == {"pending": 0, "approved": 1, "rejected": 0}
    assert [e["name"] for e in may.top["institution"]] == ["中国农业银行", "中国人民银行"]
    assert may.by_user == []  # the work was done today, not in May 2024
    since_june = library_stats(db, since=date(2024, 6, 10))  # the day of a 09:30 article counts whole
    assert sum(since_june.articles.values()) == 1 and since_june.top["institution"][0]["articles"] == 1
    today = datetime.now().astimezone().date()
    assert len(library_stats(db, since=today, until=today).by_user) == 3  # positive control
    assert library_stats(db, since=today + timedelta(days=1)).by_user == []


def test_one_kind(db, library):
    stats = library_stats(db, kind="figure")
    assert list(stats.mentions) == list(stats.top) == ["figure"]
    assert stats.articles["new"] == 1  # articles are not narrowed by kind


def test_top_lists_twenty_per_kind(db, add_article):
    names = [f"人物{chr(0x4e00 + i)}" for i in range(22)]
    aid = add_article("，".join(names) + "。")
    for i in range(22):
        tag(db, aid, (i * 4, i * 4 + 3), Kind.FIGURE)
    top = library_stats(db).top
    assert [e["name"] for e in top["figure"]] == names[:20] and top["institution"] == []


def test_an_empty_library_lists_every_status_with_zero(db):
    stats = library_stats(db).as_dict()
    assert set(stats) == {"articles", "mentions", "top", "by_user"}
    assert stats["articles"]["done"] == 0 and stats["mentions"]["figure"]["rejected"] == 0
    assert stats["top"] == {"institution": [], "figure": []} and stats["by_user"] == []


def read_csv(path):
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel reads UTF-8 only with it
    return list(csv.reader(raw.decode("utf-8-sig").splitlines()))


def test_csv_export_writes_one_table_per_file(db, library, tmp_path):
    written = export_stats(library_stats(db), tmp_path / "stats.csv")
    assert written == [str(tmp_path / f"stats-{name}.csv") for name in ("articles", "mentions", "top", "by_user")]
    assert read_csv(tmp_path / "stats-articles.csv")[:2] == [["status", "articles"], ["new", "1"]]
    assert ["figure", "rejected", "1"] in read_csv(tmp_path / "stats-mentions.csv")
    top = read_csv(tmp_path / "stats-top.csv")
    assert top[0] == ["kind", "rank", "entity_id", "name", "articles", "mentions"]
    assert top[1][:2] == ["institution", "1"] and top[1][3:] == ["中国农业银行", "2", "2"]
    assert read_csv(tmp_path / "stats-by_user.csv")[0] == ["user", "day", "tagged", "reviewed", "settled"]
    assert not list(tmp_path.glob("*.part"))


def test_xlsx_export_has_a_sheet_per_table_and_names_stay_text(db, add_article, tmp_path):
    aid = add_article("=SUM(A1)说。")
    tag(db, aid, (0, 8), Kind.FIGURE, user="=cmd")
    export_stats(library_stats(db), tmp_path / "stats.xlsx")
    book = openpyxl.load_workbook(tmp_path / "stats.xlsx")
    assert book.sheetnames == ["articles", "mentions", "top", "by_user"]
    assert [cell.value for cell in book["top"][2]] == ["figure", 1, 1, "=SUM(A1)", 1, 1]
    assert book["top"]["D2"].data_type == "s" and book["by_user"]["A2"].value == "=cmd"


def test_a_csv_name_cannot_start_a_formula(db, add_article, tmp_path):
    aid = add_article("=SUM(A1)说。")
    tag(db, aid, (0, 8), Kind.FIGURE)
    export_stats(library_stats(db), tmp_path / "s.csv")
    assert read_csv(tmp_path / "s-top.csv")[1][3] == "'=SUM(A1)"


def test_other_files_are_refused(db, tmp_path):
    with pytest.raises(ValueError, match="unknown export format '.json'"):
        export_stats(library_stats(db), tmp_path / "stats.json")


def test_a_reopening_is_a_verdict_and_a_submission_is_not(db, add_article):
    aid = add_article(TEXT)
    review.submit_article(db, article_id=aid, user="ann")
    review.approve_article(db, article_id=aid, user="rex")
    review.reopen_article(db, article_id=aid, user="rex")
    assert [(d["user"], d["tagged"], d["reviewed"]) for d in library_stats(db).by_user] == [("rex", 0, 2)]
