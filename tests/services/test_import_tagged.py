import json

import pytest

from curator.core.types import Kind
from curator.services import export, library, tagging
from curator.services.import_tagged import import_tagged
from curator.storage.db import open_database

TEXTS = [
    "中国农业银行长治市分行行长孙洪卫表示，\n中国农业银行将继续支持\u3000小微企业。",
    "U+0020 工行 农行\t# O 王小明说",
    "没有任何标注的文章。",
]
SPANS = [
    [(0, 11, Kind.INSTITUTION), (13, 16, Kind.FIGURE), (20, 26, Kind.INSTITUTION)],
    [(7, 9, Kind.INSTITUTION), (10, 12, Kind.INSTITUTION), (17, 20, Kind.FIGURE)],
    [],
]


@pytest.fixture
def source(db, add_article):
    for text, spans in zip(TEXTS, SPANS):
        aid = add_article(text, title=text[:5])
        for start, end, kind in spans:
            tagging.tag_mention(db, article_id=aid, start=start, end=end, kind=kind, user="ann")
    return db


def spans_of(db):
    found = {}
    for summary in library.list_articles(db):
        article = library.get_article(db, summary.id)
        found[article.text] = [(m.start, m.end, m.kind, m.surface) for m in tagging.article_mentions(db, summary.id)]
    return found


@pytest.mark.parametrize("fmt", ["jsonl", "conll"])
def test_round_trip_keeps_every_span(source, tmp_path, fmt):
    path = tmp_path / f"out.{fmt}"
    assert export.export(source, out=path, fmt=fmt).rows == {"articles": 3}
    other = open_database(tmp_path / "other.db")
    try:
        report = import_tagged(other, path, user="imp")
        assert (report.imported, report.mentions, report.skipped_spans) == (3, 6, 0)
        assert spans_of(other) == spans_of(source)
        for m in tagging.article_mentions(other, report.articles[0]):
            assert (m.origin, m.annotator, m.status) == ("imported", "imp", "pending")
        statuses = [library.get_article(other, aid).status for aid in report.articles]
        assert statuses == ["in_progress", "in_progress", "new"]
        assert library.get_article(other, report.articles[0]).n_institutions == 2
        again = import_tagged(other, path, user="imp")
        assert (again.imported, again.duplicates) == (0, 3)
    finally:
        other.close()


def test_exported_spans_equal_text_in_both_formats(source, tmp_path):
    export.export(source, out=tmp_path / "a.jsonl", fmt="jsonl")
    for line in (tmp_path / "a.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        for start, end, label in record["label"]:
            assert record["text"][start:end].strip() and label in ("ORG", "PER")
    export.export(source, out=tmp_path / "a.conll", fmt="conll")
    assert all(len(line.split(" ")) == 2 or line.startswith("# ") or line == ""
               for line in (tmp_path / "a.conll").read_text(encoding="utf-8").split("\n"))


def test_bad_spans_are_skipped_with_a_reason(db, tmp_path):
    path = tmp_path / "in.jsonl"
    record = {"text": "工行和农行", "label": [[0, 2, "ORG"], [1, 3, "ORG"], [3, 5, "ORG"], [4, 9, "PER"], [2, 3, "PER"]]}
    blank = {"text": "工行 农行", "label": [[2, 3, "ORG"]]}
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in (record, blank)) + "\n", encoding="utf-8")
    report = import_tagged(db, path, user="imp")
    assert (report.imported, report.mentions, report.skipped_spans) == (2, 3, 3)
    assert any("overlaps" in p for p in report.problems) and any("outside" in p for p in report.problems)
    assert any("blank" in p for p in report.problems)


def test_unknown_suffix_is_refused(db, tmp_path):
    (tmp_path / "x.txt").write_text("a", encoding="utf-8")
    with pytest.raises(ValueError, match="not a tagged file"):
        import_tagged(db, tmp_path / "x.txt", user="imp")


def test_a_tagged_import_is_undone_and_redone_with_its_tags(db, tmp_path):
    from curator.services import changes, history

    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps({"text": "记者王小明报道", "label": [[2, 5, "PER"]]}, ensure_ascii=False) + "\n",
                    encoding="utf-8")
    report = import_tagged(db, path, user="ann")
    (article_id,) = report.articles
    assert [e["action"] for e in history.article_history(db, article_id)] == ["article_imported"]
    assert changes.undo(db, user="ann").deleted_articles == [article_id]
    assert library.count_articles(db) == 0
    changes.redo(db, user="ann")
    assert [m.surface for m in tagging.article_mentions(db, article_id)] == ["王小明"]


def test_the_articles_are_searchable_when_the_import_returns(db, tmp_path):
    """Indexed in the import's own transactions, a traditional text folded as a file import folds it."""
    from curator.services.import_tagged import import_tagged as run
    from curator.storage.articles import ArticleFilter

    path = tmp_path / "tagged.jsonl"
    records = [{"text": "山西銀行陽泉分行的行長與記者見面，銀行業務繼續發展。", "label": [[0, 8, "ORG"]]},
               {"text": "山西银行阳泉分行开业。", "label": []}]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records), encoding="utf-8")
    run(db, path, user="ann")
    assert library.index_pending(db) == 0  # nothing waited for the indexer
    found = library.list_articles(db, ArticleFilter(search="银行"))
    assert len(found) == 2 and {a.script for a in found} == {"traditional", "simplified"}
