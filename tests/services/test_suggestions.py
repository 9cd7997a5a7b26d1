"""Suggestions in the library: propagation of accepted names, rejections, accepting, retraining."""

import pytest

from curator.core.types import Kind
from curator.services import changes, tagging
from curator.services.suggestions import BLOCK_AFTER_REJECTIONS, SuggestionService, model_path_for
from curator.storage.db import open_database

NAME = "裕光煤电"  # no rule knows it: only the lexicon can find it
FIRST = f"今天{NAME}召开会议，讨论供热安排。"
SECOND = f"据了解，{NAME}将扩大产能。"


@pytest.fixture
def service(db):
    return SuggestionService(db)


def spans(suggestions):
    return [(s.text, str(s.kind)) for s in suggestions]


def test_a_tagged_name_is_suggested_in_another_article(db, add_article, service):
    one, two = add_article(FIRST), add_article(SECOND)
    assert (NAME, "institution") not in spans(service.suggest(two))
    tagging.tag_mention(db, article_id=one, start=2, end=6, kind=Kind.INSTITUTION, user="ann")
    found = [s for s in service.suggest(two) if s.text == NAME]
    assert found and found[0].source == "lexicon" and found[0].kind == Kind.INSTITUTION
    assert SECOND[found[0].start:found[0].end] == NAME


def test_tagged_spans_are_not_suggested_again(db, add_article, service):
    one = add_article(FIRST)
    tagging.tag_mention(db, article_id=one, start=2, end=6, kind=Kind.INSTITUTION, user="ann")
    assert NAME not in [s.text for s in service.suggest(one)]


def test_rejected_span_is_not_offered_again_and_undo_brings_it_back(db, add_article, service):
    one, two = add_article(FIRST), add_article(SECOND)
    tagging.tag_mention(db, article_id=one, start=2, end=6, kind=Kind.INSTITUTION, user="ann")
    (offer,) = [s for s in service.suggest(two) if s.text == NAME]
    service.reject(two, offer, user="ann")
    assert NAME not in [s.text for s in service.suggest(two)]
    changes.undo(db, user="ann")
    assert NAME in [s.text for s in service.suggest(two)]


def test_a_name_rejected_often_is_blocked_everywhere(db, add_article, service):
    company = "阳泉市鑫生园农牧有限公司"  # a rule finds it in any article
    ids = [add_article(f"第{i}篇：{company}发布公告。") for i in range(BLOCK_AFTER_REJECTIONS + 1)]
    assert company in [s.text for s in service.suggest(ids[-1])]
    for article_id in ids[:BLOCK_AFTER_REJECTIONS]:
        (offer,) = [s for s in service.suggest(article_id) if s.text == company]
        service.reject(article_id, offer, user="ann")
    assert company not in [s.text for s in service.suggest(ids[-1])]


def test_a_removed_tag_is_not_proposed_again_and_undo_brings_it_back(db, add_article, service):
    """Issue 11: a tag an editor removed was proposed again at once."""
    one, two = add_article(FIRST), add_article(SECOND)
    tagging.tag_mention(db, article_id=one, start=2, end=6, kind=Kind.INSTITUTION, user="ann")
    (offer,) = [s for s in service.suggest(two) if s.text == NAME]  # the library's name, from article one
    (mention_id,) = service.accept(two, [offer], user="ann").added
    tagging.untag_mention(db, mention_id=mention_id, user="ann")
    assert NAME not in [s.text for s in service.suggest(two)]
    changes.undo(db, user="ann")  # the tag is back: nothing to suggest there
    assert NAME not in [s.text for s in service.suggest(two)]
    changes.undo(db, user="ann")  # before the accept: the suggestion is offered again
    assert NAME in [s.text for s in service.suggest(two)]


def test_a_name_removed_in_several_articles_is_blocked_though_tagged_once(db, add_article, service):
    wrong = "鑫生园"  # tagged as a figure by mistake in one article, then removed in three others
    ids = [add_article(f"第{i}篇：{wrong}发布公告。") for i in range(BLOCK_AFTER_REJECTIONS + 2)]
    tagging.tag_mention(db, article_id=ids[0], start=4, end=7, kind=Kind.FIGURE, user="ann")
    for article_id in ids[1 : BLOCK_AFTER_REJECTIONS + 1]:
        change = tagging.tag_mention(db, article_id=article_id, start=4, end=7, kind=Kind.FIGURE, user="bob")
        tagging.untag_mentions(db, mention_ids=change.added, user="bob")
    assert (wrong, "figure") not in {(s.text, s.kind) for s in service.suggest(ids[-1])}
    # Positive control: removed in fewer articles than the threshold, the name is still proposed.
    changes.undo(db, user="bob")
    assert (wrong, "figure") in {(s.text, s.kind) for s in service.suggest(ids[-1])}


def test_accept_all_creates_suggested_mentions_in_one_undo_step(db, add_article, service):
    aid = add_article("本报记者 李若男 报道：中国农业银行长治市分行行长孙洪卫表示，将加大投放。")
    offered = service.suggest(aid)
    assert offered
    change = service.accept_all(aid, min_score=0.0, user="ann")
    stored = tagging.article_mentions(db, aid)
    assert len(stored) == len(change.added) == len(offered)
    assert {m.origin for m in stored} == {"suggested"}
    assert all(m.score is not None for m in stored)
    changes.undo(db, user="ann", article_id=aid)
    assert tagging.article_mentions(db, aid) == []


def test_min_score_filters(db, add_article, service):
    aid = add_article("本报记者 李若男 报道：中国农业银行长治市分行行长孙洪卫表示，将加大投放。")
    assert service.accept_all(aid, min_score=1.01, user="ann").added == []


@pytest.mark.sqlite_only
def test_model_lives_beside_the_library(db, tmp_path):
    assert model_path_for(db) == tmp_path / "library.model.crfsuite"


def test_a_server_library_keeps_its_model_in_the_data_folder_named_for_it(postgres_databases, monkeypatch, tmp_path):
    from sqlalchemy.engine import make_url

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    url = postgres_databases.new()
    database = open_database(url)
    try:
        path = model_path_for(database)
    finally:
        database.close()
        postgres_databases.drop(url)
    assert path.parent == tmp_path / "Curator" / "models"
    assert path.name.endswith(f"{make_url(url).database}.model.crfsuite")


def test_a_cancelled_training_leaves_the_library_due_for_training(db, add_article, service, monkeypatch):
    import curator.services.suggestions as module

    monkeypatch.setattr(module, "RETRAIN_AFTER_NEW_MENTIONS", 1)
    aid = add_article(FIRST)
    tagging.tag_mention(db, article_id=aid, start=2, end=6, kind=Kind.INSTITUTION, user="ann")
    assert service.needs_training()
    report = service.train(cancel=lambda: True)
    assert report.cancelled and service.needs_training()
    report = service.train()
    assert not report.cancelled and not service.needs_training()


def test_a_model_trained_on_older_features_is_retrained(db, add_article, service, monkeypatch):
    import curator.services.suggestions as module

    monkeypatch.setattr(module, "RETRAIN_AFTER_NEW_MENTIONS", 1)
    aid = add_article(FIRST)
    tagging.tag_mention(db, article_id=aid, start=2, end=6, kind=Kind.INSTITUTION, user="ann")
    service.train()
    assert not service.needs_training()
    monkeypatch.setattr(module, "FEATURES_VERSION", module.FEATURES_VERSION + 1)
    assert service.needs_training()  # no new tags, but the features changed
    service.train()
    assert not service.needs_training()


def test_without_a_model_a_feature_change_asks_for_no_training(service, monkeypatch):
    import curator.services.suggestions as module

    monkeypatch.setattr(module, "FEATURES_VERSION", module.FEATURES_VERSION + 1)
    assert not service.model_path.is_file() and not service.needs_training()
