"""The entity registry: one entity for every spelling of a name, aliases proposed and confirmed,
merge, split, rename and parents, each undoable and kept across a restart."""

import pytest

from curator.core.types import Kind
from curator.services import changes, library, registry, registry_views, tagging
from curator.services.library import NotFound
from curator.services.registry import RegistryRefused
from curator.storage.db import open_database

SIMPLIFIED = "中国工商银行长治分行今天开业，工商银行行长孙洪卫出席。工行员工也来了。"
TRADITIONAL = "工商銀行鄭州分行今天開業，工商銀行員工出席。"


def tag(db, article_id: int, name: str, kind: Kind = Kind.INSTITUTION) -> int:
    """Tag the first occurrence of `name` that no tag covers yet; returns the mention's id."""
    text = library.get_article(db, article_id).text
    taken = [(m.start, m.end) for m in tagging.article_mentions(db, article_id)]
    start = text.index(name)
    while any(s < start + len(name) and start < e for s, e in taken):
        start = text.index(name, start + 1)
    change = tagging.tag_mention(db, article_id=article_id, start=start, end=start + len(name), kind=kind, user="ann")
    return change.added[0]


def entity_named(db, name: str) -> dict:
    return next(e for e in registry_views.entities(db) if e["name"] == name or name in e["aliases"])


def names(db) -> dict[str, list[str]]:
    return {e["name"]: e["aliases"] for e in registry_views.entities(db)}


@pytest.fixture
def articles(db, add_article):
    simplified, traditional = add_article(SIMPLIFIED, title="简体"), add_article(TRADITIONAL, title="繁體")
    return db, simplified, traditional


def test_another_spelling_of_a_name_joins_its_entity(articles):
    db, simplified, traditional = articles
    tag(db, simplified, "工商银行")
    tag(db, traditional, "工商銀行")
    entity = entity_named(db, "工商银行")
    assert entity["aliases"] == ["工商銀行"] and entity["mentions"] == 2 and entity["articles"] == 2
    assert registry_views.entities(db, search="工商銀行") == registry_views.entities(db, search="工商银行") == [entity]


def test_a_short_form_is_proposed_and_becomes_an_alias_once_confirmed(articles):
    db, simplified, _ = articles
    tag(db, simplified, "中国工商银行长治分行")
    tag(db, simplified, "工行")
    assert registry.proposals(db) == []  # 工行 is a short form of 中国工商银行, not of its branch
    tag(db, simplified, "工商银行")
    proposals = registry.proposals(db)
    assert [(p.alias, p.entity, p.reason) for p in proposals] == [("工行", "工商银行", "short_form")]
    change = registry.decide_proposal(db, proposal_id=proposals[0].id, confirm=True, user="ann")
    assert names(db)["工商银行"] == ["工行"] and "工行" not in names(db)
    assert len(change.updated) == 1  # the 工行 mention now points at 工商银行
    assert registry.proposals(db) == []  # decided: not proposed again
    changes.undo(db, user="ann")
    assert "工行" in names(db) and [p.alias for p in registry.proposals(db)] == ["工行"]


def test_a_dismissed_proposal_is_not_proposed_again(articles):
    db, simplified, _ = articles
    tag(db, simplified, "工商银行")
    tag(db, simplified, "工行")
    (proposal,) = registry.proposals(db)
    registry.decide_proposal(db, proposal_id=proposal.id, confirm=False, user="ann")
    assert registry.proposals(db) == [] and "工行" in names(db)
    with pytest.raises(NotFound):
        registry.decide_proposal(db, proposal_id=proposal.id, confirm=True, user="ann")


def test_a_proposal_whose_names_were_merged_by_hand_waits_no_more(articles):
    """Seen in the entity browser: 邮储银行 merged into 中国邮政储蓄银行 was still proposed as its alias."""
    db, simplified, _ = articles
    tag(db, simplified, "工商银行")
    tag(db, simplified, "工行")
    assert [p.alias for p in registry.proposals(db)] == ["工行"]  # positive control: it was proposed
    registry.merge(db, keep=entity_named(db, "工商银行")["id"], others=[entity_named(db, "工行")["id"]], user="ann")
    assert registry.proposals(db) == []
    changes.undo(db, user="ann")
    assert [p.alias for p in registry.proposals(db)] == ["工行"]


def test_merge_moves_mentions_and_counts_and_undo_brings_both_back(articles):
    db, simplified, _ = articles
    keep, other = tag(db, simplified, "工商银行"), tag(db, simplified, "工行")
    keep_id, other_id = entity_named(db, "工商银行")["id"], entity_named(db, "工行")["id"]
    assert library.get_article(db, simplified).n_institutions == 2
    change = registry.merge(db, keep=keep_id, others=[other_id], user="ann")
    assert change.updated == [other] and change.entities == {keep_id, other_id}
    assert change.articles[simplified].n_institutions == 1  # one entity in the article now
    assert names(db)["工商银行"] == ["工行"]
    assert [m.entity for m in tagging.article_mentions(db, simplified)] == ["工商银行", "工商银行"]
    undone = changes.undo(db, user="ann")
    assert undone.articles[simplified].n_institutions == 2 and set(names(db)) == {"工商银行", "工行"}
    changes.redo(db, user="ann")
    assert names(db) == {"工商银行": ["工行"]} and keep


def test_a_merge_moves_its_articles_on_and_its_undo_keeps_a_kind_changed_since(articles):
    from curator.services.conflicts import Conflict

    db, simplified, _ = articles
    tag(db, simplified, "工商银行")
    moved = tag(db, simplified, "工行")
    seen = library.get_article(db, simplified).version
    registry.merge(db, keep=entity_named(db, "工商银行")["id"], others=[entity_named(db, "工行")["id"]], user="rex")
    with pytest.raises(Conflict):  # a view from before the merge is stale: the article's tags changed
        tagging.change_kind(db, mention_ids=[moved], kind=Kind.FIGURE, user="bob", expected_version=seen)
    tagging.change_kind(db, mention_ids=[moved], kind=Kind.FIGURE, user="bob")
    with pytest.raises(Conflict, match="bob"):
        changes.undo(db, user="rex")
    assert [m.kind for m in tagging.article_mentions(db, simplified)] == ["institution", "figure"]
    changes.undo(db, user="bob")  # bob's change taken back, rex's undo may go
    assert changes.undo(db, user="rex") and [m.entity for m in tagging.article_mentions(db, simplified)] == ["工商银行", "工行"]


def test_tagging_an_alias_again_finds_the_entity(articles):
    db, simplified, traditional = articles
    tag(db, simplified, "工商银行")
    tag(db, simplified, "工行")
    registry.merge(db, keep=entity_named(db, "工商银行")["id"], others=[entity_named(db, "工行")["id"]], user="ann")
    tag(db, traditional, "工商銀行")
    assert names(db) == {"工商银行": ["工行", "工商銀行"]}


def test_merge_refuses_what_makes_no_sense(articles):
    db, simplified, _ = articles
    tag(db, simplified, "工商银行")
    tag(db, simplified, "孙洪卫", Kind.FIGURE)
    bank, person = entity_named(db, "工商银行")["id"], entity_named(db, "孙洪卫")["id"]
    with pytest.raises(RegistryRefused):
        registry.merge(db, keep=bank, others=[bank], user="ann")
    with pytest.raises(RegistryRefused):
        registry.merge(db, keep=bank, others=[person], user="ann")
    with pytest.raises(NotFound):
        registry.merge(db, keep=bank, others=[9999], user="ann")


def test_split_moves_chosen_mentions_to_a_new_entity_and_undo_joins_them_again(articles):
    db, simplified, traditional = articles
    tag(db, simplified, "工商银行")
    moved = tag(db, traditional, "工商銀行")
    bank = entity_named(db, "工商银行")["id"]
    registry.split(db, entity_id=bank, mention_ids=[moved], user="ann")
    # The alias 工商銀行 becomes the new entity: the name keeps leading to its mentions.
    assert names(db) == {"工商银行": [], "工商銀行": []}
    tag(db, traditional, "工商銀行")
    assert entity_named(db, "工商銀行")["mentions"] == 2
    changes.undo(db, user="ann")  # the tag
    changes.undo(db, user="ann")  # the split
    assert names(db) == {"工商银行": ["工商銀行"]}


def test_split_under_a_new_name(articles):
    db, simplified, _ = articles
    first = tag(db, simplified, "工商银行")
    bank = entity_named(db, "工商银行")["id"]
    change = registry.split(db, entity_id=bank, mention_ids=[first], name="工商银行长治分行", user="ann")
    assert names(db) == {"工商银行长治分行": []} and len(change.entities) == 2
    with pytest.raises(RegistryRefused):
        registry.split(db, entity_id=bank, mention_ids=[first], user="ann")  # no longer its mention
    changes.undo(db, user="ann")
    changes.redo(db, user="ann")
    assert names(db) == {"工商银行长治分行": []}


def test_rename_keeps_the_old_name_as_an_alias(articles):
    db, simplified, _ = articles
    tag(db, simplified, "工行")
    bank = entity_named(db, "工行")["id"]
    registry.rename(db, entity_id=bank, name="中国工商银行", user="ann")
    assert names(db) == {"中国工商银行": ["工行"]}
    tag(db, simplified, "中国工商银行长治分行")  # another entity
    registry.rename(db, entity_id=bank, name="工行", user="ann")  # back to an alias: the names swap
    assert names(db)["工行"] == ["中国工商银行"]
    with pytest.raises(RegistryRefused):
        registry.rename(db, entity_id=bank, name="中国工商银行长治分行", user="ann")
    changes.undo(db, user="ann")
    changes.undo(db, user="ann")  # the tag of the branch
    changes.undo(db, user="ann")
    assert names(db) == {"工行": []}


def test_set_parent_refuses_a_loop_and_is_undone(articles):
    db, simplified, _ = articles
    tag(db, simplified, "中国工商银行长治分行")
    tag(db, simplified, "工商银行")
    branch, bank = entity_named(db, "中国工商银行长治分行")["id"], entity_named(db, "工商银行")["id"]
    registry.set_parent(db, entity_id=branch, parent_id=bank, user="ann")
    assert registry_views.entity_detail(db, bank)["children"] == [{"id": branch, "name": "中国工商银行长治分行"}]
    assert registry_views.entity_detail(db, branch)["parent_name"] == "工商银行"
    with pytest.raises(RegistryRefused):
        registry.set_parent(db, entity_id=bank, parent_id=branch, user="ann")
    changes.undo(db, user="ann")
    assert registry_views.entity_detail(db, bank)["children"] == []
    assert registry_views.entity_detail(db, branch)["parent_name"] is None


def test_merging_a_bank_keeps_its_branches_under_the_entity_it_joined(articles):
    db, simplified, _ = articles
    tag(db, simplified, "中国工商银行长治分行")
    tag(db, simplified, "工商银行")
    tag(db, simplified, "工行")
    branch, bank, short = (entity_named(db, n)["id"] for n in ("中国工商银行长治分行", "工商银行", "工行"))
    registry.set_parent(db, entity_id=branch, parent_id=short, user="ann")
    registry.merge(db, keep=bank, others=[short], user="ann")
    assert registry_views.entity_detail(db, branch)["parent"] == bank
    changes.undo(db, user="ann")
    assert registry_views.entity_detail(db, branch)["parent"] == short


def test_the_registry_survives_a_restart(db, articles, tmp_path):
    db, simplified, traditional = articles
    tag(db, simplified, "工商银行")
    tag(db, simplified, "工行")
    registry.merge(db, keep=entity_named(db, "工商银行")["id"], others=[entity_named(db, "工行")["id"]], user="ann")
    db.close()
    reopened = open_database(db.location)
    try:
        assert names(reopened) == {"工商银行": ["工行"]}
        changes.undo(reopened, user="ann")
        assert set(names(reopened)) == {"工商银行", "工行"}
    finally:
        reopened.close()


def test_an_entity_shows_its_concordance_months_company_and_affiliations(articles):
    db, simplified, _ = articles
    tag(db, simplified, "中国工商银行长治分行")
    tag(db, simplified, "工商银行")  # the bank before 行长孙洪卫
    tag(db, simplified, "孙洪卫", Kind.FIGURE)
    detail = registry_views.entity_detail(db, entity_named(db, "孙洪卫")["id"])
    (mention,) = detail["mentions"]
    assert mention["before"].endswith("工商银行行长") and mention["after"].startswith("出席")
    assert detail["affiliations"][0] | {"article_id": 0} == {
        "figure_id": detail["id"], "institution_id": entity_named(db, "工商银行")["id"], "role": "行长",
        "figure": "孙洪卫", "institution": "工商银行", "article_id": 0}
    assert {c["name"] for c in detail["cooccurring"]} == {"工商银行", "中国工商银行长治分行"}
    with pytest.raises(NotFound):
        registry_views.entity_detail(db, 9999)


def test_exports_name_the_canonical_entity_its_parent_and_the_affiliations(articles, tmp_path):
    import csv

    from curator.services import export

    db, simplified, traditional = articles
    tag(db, simplified, "中国工商银行长治分行")
    tag(db, simplified, "工商银行")
    tag(db, simplified, "孙洪卫", Kind.FIGURE)
    tag(db, traditional, "工商銀行")
    branch, bank = entity_named(db, "中国工商银行长治分行")["id"], entity_named(db, "工商银行")["id"]
    registry.set_parent(db, entity_id=branch, parent_id=bank, user="ann")

    def table(what: str) -> list[dict]:
        export.export(db, out=tmp_path / f"{what}.csv", what=what)
        with open(tmp_path / f"{what}.csv", encoding="utf-8-sig", newline="") as f:
            return list(csv.DictReader(f))

    traditional_row = next(r for r in table("mentions") if r["surface"] == "工商銀行")
    assert (traditional_row["entity"], traditional_row["canonical"], traditional_row["entity_id"]) == (
        "工商銀行", "工商银行", str(bank))
    entities = {r["name"]: r for r in table("entities")}
    assert entities["工商银行"]["aliases"] == "工商銀行"
    assert (entities["中国工商银行长治分行"]["parent_id"], entities["中国工商银行长治分行"]["parent"]) == (str(bank), "工商银行")
    (affiliation,) = table("affiliations")
    assert (affiliation["figure"], affiliation["institution"], affiliation["role"]) == ("孙洪卫", "工商银行", "行长")


def test_the_counts_kept_on_entities_match_a_count_from_scratch(articles, add_article):
    """Triggers keep each entity's counts and dates through tags, merges, deletions and undo."""
    from datetime import datetime

    from sqlalchemy import text

    from curator.services import deletion

    db, simplified, traditional = articles
    dated = add_article("工行的孙洪卫说工行很好。", title="有日期")
    with db.session() as session:
        session.execute(text("UPDATE article SET published = :day WHERE id = :id"), {"day": datetime(2024, 3, 5), "id": dated})
        session.commit()
    for article, name, kind in ((simplified, "工商银行", Kind.INSTITUTION), (traditional, "工商銀行", Kind.INSTITUTION),
                                (dated, "工行", Kind.INSTITUTION), (dated, "工行", Kind.INSTITUTION),
                                (dated, "孙洪卫", Kind.FIGURE)):
        tag(db, article, name, kind)
    bank, short = entity_named(db, "工商银行")["id"], entity_named(db, "工行")["id"]
    registry.merge(db, keep=bank, others=[short], user="ann")
    assert (entity_named(db, "工商银行")["last_seen"], entity_named(db, "工商银行")["mentions"]) == ("2024-03-05", 4)
    deletion.delete_articles(db, article_ids=[dated], user="ann")
    assert (entity_named(db, "工商银行")["last_seen"], entity_named(db, "工商银行")["articles"]) == (None, 2)
    changes.undo(db, user="ann")

    kept, expected = counts_from_scratch(db)
    assert kept == expected and kept[bank][:2] == (4, 3)


def counts_from_scratch(db) -> tuple[dict, dict]:
    """Each entity's kept (mentions, articles, first seen, last seen), and the same counted again
    from its mentions."""
    from sqlalchemy import text

    with db.session() as session:
        expected = {row[0]: tuple(row[1:]) for row in session.execute(text(
            "SELECT e.id, count(m.id), count(DISTINCT m.article_id), min(a.published), max(a.published) FROM entity e"
            " LEFT JOIN mention m ON m.entity_id = e.id LEFT JOIN article a ON a.id = m.article_id"
            " WHERE e.merged_into IS NULL GROUP BY e.id"))}
        kept = {row[0]: tuple(row[1:]) for row in session.execute(text(
            "SELECT id, n_mentions, n_articles, first_seen, last_seen FROM entity WHERE merged_into IS NULL"))}
    return kept, expected
