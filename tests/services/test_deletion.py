"""Deleting articles: gone from lists, search, exports and queues; undo brings everything back."""

from datetime import datetime

import pytest
from sqlalchemy import text

from curator.core.types import Kind
from curator.services import changes, history, library, review, tagging
from curator.services.deletion import delete_articles
from curator.services.importing import import_paths
from curator.services.library import NotFound
from curator.services.suggestions import SuggestionService
from curator.services.tagging import ReadOnlyArticle
from curator.storage import articles as article_store
from curator.storage.articles import ArticleFilter
from tests.services.test_statement_budget import Statements

TEXT = "中国农业银行长治市分行行长孙洪卫表示，将继续支持小微企业。"


@pytest.fixture
def tagged(db, add_article):
    """An indexed, tagged article with a reviewer's verdict and a rejected suggestion, and a bystander."""
    aid = add_article(TEXT, title="农行长治")
    other = add_article("山西银行阳泉分行开业。", title="山西银行")
    bank = tagging.tag_mention(db, article_id=aid, start=0, end=11, kind=Kind.INSTITUTION, user="ann").added[0]
    tagging.tag_mention(db, article_id=aid, start=13, end=16, kind=Kind.FIGURE, user="ann")
    review.review_mention(db, mention_id=bank, verdict="approved", user="rex", comment="好")
    service = SuggestionService(db)
    offer = next(s for s in service.suggest(other) if s.text == "山西银行阳泉分行")
    service.reject(other, offer, user="ann")
    library.index_all(db)
    return aid, other


def ids(db, search=""):
    return [a.id for a in library.list_articles(db, ArticleFilter(search=search))]


def test_a_deleted_article_leaves_the_library_its_search_and_its_tags(db, tagged):
    aid, other = tagged
    change = delete_articles(db, article_ids=[aid], user="ann")
    assert change.deleted_articles == [aid] and len(change.removed) == 2
    assert ids(db) == [other] and ids(db, "长治") == [] and ids(db, "阳泉") == [other]
    with pytest.raises(NotFound):
        library.get_article(db, aid)
    assert tagging.article_mentions(db, aid) == []


def test_undo_restores_the_article_its_tags_verdicts_and_search_redo_deletes_again(db, tagged):
    aid, _ = tagged
    before = library.get_article(db, aid)
    marks = [(m.start, m.end, m.kind, m.status, m.reviewer, m.comment) for m in tagging.article_mentions(db, aid)]
    delete_articles(db, article_ids=[aid], user="ann")
    change = changes.undo(db, user="ann")
    assert change.restored_articles == [aid] and len(change.added) == 2
    after = library.get_article(db, aid)
    assert (after.title, after.text, after.status, after.n_institutions, after.n_figures, after.imported_at) == (
        before.title, before.text, before.status, before.n_institutions, before.n_figures, before.imported_at)
    assert [(m.start, m.end, m.kind, m.status, m.reviewer, m.comment) for m in tagging.article_mentions(db, aid)] == marks
    assert aid in ids(db, "长治")  # found again at once, re-indexed in the background
    library.index_all(db)
    assert aid in ids(db, "长治")
    changes.redo(db, user="ann")
    assert aid not in ids(db)


def test_undo_brings_back_rejected_suggestions(db, tagged):
    _, other = tagged
    service = SuggestionService(db)
    delete_articles(db, article_ids=[other], user="ann")
    changes.undo(db, user="ann")
    assert "山西银行阳泉分行" not in [s.text for s in service.suggest(other)]


def test_a_published_time_survives_delete_and_undo(db, add_article):
    aid = add_article("正文内容。")
    with db.session() as session:
        article_store.get_article(session, aid).published = datetime(2022, 4, 9, 11, 2)
    delete_articles(db, article_ids=[aid], user="ann")
    changes.undo(db, user="ann")
    assert library.get_article(db, aid).published == datetime(2022, 4, 9, 11, 2)


def test_approved_and_missing_articles_are_refused_and_nothing_is_deleted(db, tagged):
    aid, other = tagged
    review.submit_article(db, article_id=other, user="ann")
    review.approve_article(db, article_id=other, user="rex")
    with pytest.raises(ReadOnlyArticle):
        delete_articles(db, article_ids=[aid, other], user="ann")
    with pytest.raises(NotFound):
        delete_articles(db, article_ids=[aid, 999], user="ann")
    assert sorted(ids(db)) == sorted([aid, other])


def test_a_deleted_file_can_be_imported_again(db, tagged, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("标题一\n\n山西银行阳泉分行今天开业，服务地方经济。", encoding="utf-8")
    (first,) = import_paths(db, [path], user="ann").articles
    delete_articles(db, article_ids=[first], user="ann")
    report = import_paths(db, [path], user="ann")
    assert report.imported == 1 and report.duplicates == 0


def test_history_shows_the_deletion_by_title_not_the_whole_article(db, tagged):
    aid, _ = tagged
    delete_articles(db, article_ids=[aid], user="ann")
    changes.undo(db, user="ann")
    (event,) = [e for e in history.article_history(db, aid) if e["action"] == "article_deleted"]
    assert event["details"] == {"title": "农行长治", "tags": 2} and event["undone"] and event["user"] == "ann"


def test_deleting_most_of_the_library_empties_the_index_and_puts_back_what_stays(db, add_article):
    """Handing a contentless FTS5 index each leaving article's tokens costs as much as indexing it:
    when most articles go (an import undone), the index is emptied and the few that stay go back."""
    stays = add_article("太原市小店区税务局", title="税务")
    going = [add_article(f"第{n}家阳泉分行开业，行长致辞。", title=f"分行{n}") for n in range(4)]
    library.index_all(db)
    statements = Statements(db)
    delete_articles(db, article_ids=going, user="ann")
    if db.engine.dialect.name == "sqlite":
        assert any("'delete-all'" in sent for sent in statements.sent)
        assert not any("'delete'," in sent for sent in statements.sent)  # no article's tokens handed back
        with db.session() as session:
            session.execute(text("INSERT INTO article_fts(article_fts) VALUES ('integrity-check')"))
    assert ids(db, "税务") == [stays] and ids(db, "阳泉") == [] and ids(db, "小店区") == [stays]
    changes.undo(db, user="ann")
    library.index_all(db)
    assert sorted(ids(db, "阳泉")) == going and ids(db, "税务") == [stays]
    delete_articles(db, article_ids=[going[0]], user="ann")  # one of five: its own tokens go
    assert sorted(ids(db, "阳泉")) == going[1:] and ids(db, "税务") == [stays]
