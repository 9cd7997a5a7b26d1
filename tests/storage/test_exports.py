from datetime import date, datetime

from sqlalchemy import update

from curator.core.types import Kind
from curator.services import tagging
from curator.storage import exports
from curator.storage.exports import ExportFilter
from curator.storage.tables import Article


def test_keyset_pages_cover_every_article_once(db, add_article):
    ids = [add_article(f"文章{i}") for i in range(7)]
    with db.session() as session:
        pages = list(exports.article_pages(session, ExportFilter(), page=3))
    assert [len(p) for p in pages] == [3, 3, 1]
    assert [a.id for p in pages for a in p] == ids
    assert pages[0][0].text == "文章0"


def test_pages_without_text_and_date_filter_skips_undated(db, add_article):
    dated, undated = add_article("有日期"), add_article("无日期")
    with db.session() as session:
        session.execute(update(Article).where(Article.id == dated).values(published=datetime(2024, 3, 1, 23, 59)))
    with db.session() as session:
        (page,) = exports.article_pages(session, ExportFilter(until=date(2024, 3, 1)), with_text=False)
        assert [(a.id, a.text) for a in page] == [(dated, "")]
        assert exports.count_articles(session, ExportFilter()) == 2
        assert exports.count_articles(session, ExportFilter(since=date(2024, 3, 2))) == 0
    assert undated


def test_mentions_by_article_and_entity_totals(db, add_article):
    first, second = add_article("工行和农行"), add_article("工行说")
    for aid, start in ((first, 0), (first, 3), (second, 0)):
        tagging.tag_mention(db, article_id=aid, start=start, end=start + 2, kind=Kind.INSTITUTION, user="ann")
    with db.session() as session:
        grouped = exports.mentions_by_article(session, [first, second])
        totals = list(exports.entity_totals(session, ExportFilter()))
    assert [(m.surface, m.kind, m.entity) for m in grouped[first]] == [("工行", "institution", "工行"),
                                                                       ("农行", "institution", "农行")]
    assert len(grouped[first][0].annotated_at) == 19  # "YYYY-MM-DD HH:MM:SS", cut in SQL
    counted = [(name, articles, mentions) for _, _, name, _, articles, mentions, *_parent in totals]
    assert counted == [("工行", 2, 2), ("农行", 1, 1)]
