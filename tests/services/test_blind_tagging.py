"""Agreement between annotators (issue 15): an article given to two editors is tagged blind, each
in a layer of their own; a reviewer reads their agreement and settles their disagreements."""

import pytest

from curator.core.types import Kind
from curator.services import agreement, blind_tagging, changes, deletion, export, library, members, registry_views, stats, tagging
from curator.services.conflicts import Conflict
from curator.services.review import ReviewerOnly

TEXT = "中国工商银行长治分行行长王小明表示，工商银行将支持小微企业。记者李华报道。"
BANK, BRANCH, WANG, LI = (0, 6), (0, 10), (12, 15), (32, 34)


def tag(db, user, aid, span, kind=Kind.INSTITUTION):
    return blind_tagging.tag_mention(db, article_id=aid, start=span[0], end=span[1], kind=kind, user=user)


@pytest.fixture
def assigned(db, add_article):
    aid = add_article(TEXT)
    blind_tagging.assign(db, article_ids=[aid], annotators=["ann", "bob"], user="rex", role="reviewer")
    return aid


def test_each_editor_tags_in_a_layer_the_others_and_the_article_do_not_see(db, assigned):
    change = tag(db, "ann", assigned, BRANCH)
    assert change.layer == "ann" and len(change.added) == 1
    tag(db, "bob", assigned, BANK)
    assert [m.surface for m in blind_tagging.article_mentions(db, article_id=assigned, user="ann")] == ["中国工商银行长治分行"]
    assert [m.surface for m in blind_tagging.article_mentions(db, article_id=assigned, user="bob")] == ["中国工商银行"]
    assert tagging.article_mentions(db, assigned) == []
    article = library.get_article(db, assigned)
    assert (article.n_institutions, article.version) == (0, 0)  # blind steps leave the article's version alone


def test_two_editors_tagging_at_once_never_refuse_each_other(db, assigned):
    version = library.get_article(db, assigned).version
    tag(db, "ann", assigned, BRANCH)
    # bob's view still shows the version from before ann's tag: his own layer is his alone
    assert tag(db, "bob", assigned, WANG, Kind.FIGURE).added
    assert library.get_article(db, assigned).version == version


def test_blind_steps_are_undone_and_redone_as_the_article_tags_are(db, assigned):
    tag(db, "ann", assigned, BANK)
    (tag_id,) = [m.id for m in blind_tagging.article_mentions(db, article_id=assigned, user="ann")]
    blind_tagging.change_kind(db, article_id=assigned, tag_ids=[tag_id], kind=Kind.FIGURE, user="ann")
    undone = changes.undo(db, user="ann", article_id=assigned)
    assert undone.layer == "ann" and undone.updated == [tag_id]
    assert blind_tagging.article_mentions(db, article_id=assigned, user="ann")[0].kind == Kind.INSTITUTION
    changes.undo(db, user="ann", article_id=assigned)
    assert blind_tagging.article_mentions(db, article_id=assigned, user="ann") == []
    redone = changes.redo(db, user="ann", article_id=assigned)
    assert redone.added == [tag_id]
    assert [m.id for m in blind_tagging.article_mentions(db, article_id=assigned, user="ann")] == [tag_id]


def test_only_the_editors_given_the_article_tag_it_blind(db, assigned):
    with pytest.raises(ValueError, match="not given to cat"):
        tag(db, "cat", assigned, BANK)
    assert blind_tagging.layer_open(db, article_id=assigned, user="ann")
    assert not blind_tagging.layer_open(db, article_id=assigned, user="cat")


def test_assigning_needs_a_reviewer_and_two_editors(db, add_article):
    aid = add_article(TEXT)
    with pytest.raises(ReviewerOnly, match="your role is editor"):
        blind_tagging.assign(db, article_ids=[aid], annotators=["ann", "bob"], user="ed", role="editor")
    with pytest.raises(ValueError, match="two editors or more"):
        blind_tagging.assign(db, article_ids=[aid], annotators=["ann", " ann "], user="rex", role="reviewer")
    blind_tagging.assign(db, article_ids=[aid], annotators=["ann", "bob"], user="rex", role="reviewer")
    blind_tagging.assign(db, article_ids=[aid], annotators=["cat"], user="rex", role="reviewer")  # a third joins
    assert agreement.article_disagreements(db, aid).annotators == ("ann", "bob", "cat")
    changes.undo(db, user="rex")
    assert agreement.article_disagreements(db, aid).annotators == ("ann", "bob")


def test_only_an_article_no_reviewer_has_looked_at_is_assigned(db, add_article):
    from curator.services import review

    done, judged, fresh = (add_article(TEXT + "\n" * i, status=status) for i, status in enumerate(("done", "new", "new")))
    mention = tagging.tag_mention(db, article_id=judged, start=WANG[0], end=WANG[1], kind=Kind.FIGURE,
                                  user="ed").added[0]
    review.review_mention(db, mention_id=mention, verdict="approved", user="rex")
    with pytest.raises(ValueError, match=f"article {done} is done and waits for review"):
        blind_tagging.assign(db, article_ids=[fresh, done], annotators=["ann", "bob"], user="rex", role="reviewer")
    with pytest.raises(ValueError, match=f"article {judged} has tags a reviewer judged"):
        blind_tagging.assign(db, article_ids=[judged], annotators=["ann", "bob"], user="rex", role="reviewer")
    assert blind_tagging.article_assignments(db, fresh) == []  # refused as a whole
    tagging.tag_mention(db, article_id=fresh, start=LI[0], end=LI[1], kind=Kind.FIGURE, user="ed")  # pending: kept
    assert blind_tagging.assign(db, article_ids=[fresh], annotators=["ann", "bob"], user="rex", role="reviewer").assigned


def test_an_editor_taken_off_an_article_takes_their_blind_tags_along(db, add_article):
    aid = add_article(TEXT)
    blind_tagging.assign(db, article_ids=[aid], annotators=["ann", "bob", "cat"], user="rex", role="reviewer")
    tag(db, "cat", aid, BANK)
    tag(db, "ann", aid, BANK)
    finish(db, aid, "ann", "bob")
    with pytest.raises(ValueError, match="two editors or more"):
        blind_tagging.unassign(db, article_ids=[aid], annotators=["bob", "cat"], user="rex")
    change = blind_tagging.unassign(db, article_ids=[aid], annotators=["cat"], user="rex", role="reviewer")
    assert change.layer == "cat" and len(change.removed) == 1
    assert agreement.article_disagreements(db, aid).annotators == ("ann", "bob")
    assert library.get_article(db, aid).status == "done"  # the two left have finished: to review
    undone = changes.undo(db, user="rex")
    assert undone.layer == "cat" and len(undone.added) == 1
    assert [m.surface for m in blind_tagging.article_mentions(db, article_id=aid, user="cat")] == ["中国工商银行"]
    assert library.get_article(db, aid).status == "new"


def test_in_a_team_library_only_members_are_given_articles(db, add_article):
    aid = add_article(TEXT)
    members.grant(db, member="ann", role="editor", user="boss")
    with pytest.raises(ValueError, match="bob is not a member"):
        blind_tagging.assign(db, article_ids=[aid], annotators=["ann", "bob"], user="boss")


def finish(db, aid, *users):
    for user in users:
        blind_tagging.mark_done(db, article_id=aid, user=user)


def test_the_article_goes_to_review_when_its_last_editor_finishes(db, assigned):
    tag(db, "ann", assigned, BANK)
    finish(db, assigned, "ann")
    assert library.get_article(db, assigned).status == "new"
    with pytest.raises(ValueError, match="ann marked their tags of article .* done"):
        tag(db, "ann", assigned, WANG, Kind.FIGURE)
    finish(db, assigned, "bob")
    assert library.get_article(db, assigned).status == "done"
    changes.undo(db, user="bob", article_id=assigned)
    assert library.get_article(db, assigned).status == "new"
    tag(db, "bob", assigned, WANG, Kind.FIGURE)  # bob's layer is open again


def layered(db, aid):
    """ann and bob agree on 王小明, differ on the bank's name, and only bob tagged the reporter."""
    tag(db, "ann", aid, BRANCH)
    tag(db, "ann", aid, WANG, Kind.FIGURE)
    tag(db, "bob", aid, BANK)
    tag(db, "bob", aid, WANG, Kind.FIGURE)
    tag(db, "bob", aid, LI, Kind.FIGURE)
    finish(db, aid, "ann", "bob")


def test_the_report_scores_each_pair_per_kind(db, assigned):
    layered(db, assigned)
    report = agreement.report(db)
    assert (report.articles, report.finished) == (1, 1)
    rows = {row.kind: row for row in report.pairs}
    assert (rows["institution"].first, rows["institution"].second) == ("ann", "bob")
    assert (rows["institution"].tags_first, rows["institution"].tags_second, rows["institution"].agreed) == (1, 1, 0)
    assert rows["institution"].f1 == 0.0
    assert rows["figure"].f1 == pytest.approx(2 * 1 / (1 + 2))
    assert rows["all"].f1 == pytest.approx(2 * 1 / (2 + 3))
    # institution characters: ann tagged 10, bob 6 of those; they disagree on 4 of the text's n
    n = len(TEXT)
    observed, first, second = (n - 4) / n, 10 / n, 6 / n
    chance = first * second + (1 - first) * (1 - second)
    assert rows["institution"].kappa == pytest.approx((observed - chance) / (1 - chance))
    assert 0 < rows["all"].kappa < 1


def test_disagreements_are_listed_until_settled_and_settling_makes_the_article_tags(db, assigned):
    layered(db, assigned)
    (article,) = agreement.report(db).to_settle
    assert article.agreed == 1  # 王小明
    assert [(d.start, d.end) for d in article.disagreements] == [BRANCH, LI]
    first = article.disagreements[0]
    assert [t.surface for t in first.versions["ann"]] == ["中国工商银行长治分行"]
    assert [t.surface for t in first.versions["bob"]] == ["中国工商银行"]
    assert first.versions["ann"] and article.disagreements[1].versions["ann"] == ()
    with pytest.raises(ValueError, match="disagreement 2 .* has no choice"):
        blind_tagging.settle(db, article_id=assigned, choices={1: "ann"}, user="rex", role="reviewer")
    with pytest.raises(ReviewerOnly):
        blind_tagging.settle(db, article_id=assigned, choices={1: "ann", 2: "bob"}, user="ann", role="editor")
    change = blind_tagging.settle(db, article_id=assigned, choices={1: "ann", 2: "bob"}, user="rex", role="reviewer")
    assert change.layer is None and len(change.added) == 3
    tags = [(m.surface, m.kind, m.annotator) for m in tagging.article_mentions(db, assigned)]
    assert tags == [("中国工商银行长治分行", "institution", "ann"), ("王小明", "figure", "ann"), ("李华", "figure", "bob")]
    assert agreement.report(db).to_settle == []
    assert agreement.report(db).pairs  # the layers stay: agreement is still measured on them
    with pytest.raises(ValueError, match="settled by rex"):
        tag(db, "ann", assigned, LI, Kind.FIGURE)
    changes.undo(db, user="rex", article_id=assigned)
    assert tagging.article_mentions(db, assigned) == [] and len(agreement.report(db).to_settle) == 1


def test_settling_is_recorded_as_the_reviewers_settling_of_the_editors_tags(db, assigned):
    from curator.services import history

    layered(db, assigned)
    version = library.get_article(db, assigned).version
    blind_tagging.settle(db, article_id=assigned, choices={1: "ann", 2: "bob"}, user="rex", role="reviewer")
    settled = [(e["user"], e["details"]["surface"]) for e in history.article_history(db, assigned)
               if e["action"] == "tag_settled"]
    assert sorted(settled) == [("rex", "中国工商银行长治分行"), ("rex", "李华"), ("rex", "王小明")]
    assert not any(e["action"] == "tagged" for e in history.article_history(db, assigned))
    with pytest.raises(Conflict, match="rex changed this article a moment ago: 3 tags added"):
        tagging.tag_mention(db, article_id=assigned, start=LI[0], end=LI[1], kind=Kind.FIGURE, user="ed",
                            expected_version=version)
    changes.undo(db, user="rex", article_id=assigned)
    assert tagging.article_mentions(db, assigned) == []
    redone = changes.redo(db, user="rex", article_id=assigned)
    assert len(redone.added) == 3
    assert [m.annotator for m in tagging.article_mentions(db, assigned)] == ["ann", "ann", "bob"]


def test_settling_waits_for_every_editor(db, assigned):
    tag(db, "ann", assigned, BANK)
    finish(db, assigned, "ann")
    with pytest.raises(ValueError, match="bob have not finished"):
        blind_tagging.settle(db, article_id=assigned, choices={1: "ann"}, user="rex", role="reviewer")


def test_settling_is_refused_from_a_stale_view(db, assigned):
    layered(db, assigned)
    version = library.get_article(db, assigned).version
    tagging.tag_mention(db, article_id=assigned, start=LI[0], end=LI[1], kind=Kind.FIGURE, user="ed")
    with pytest.raises(Conflict):
        blind_tagging.settle(db, article_id=assigned, choices={1: None, 2: None}, user="rex", role="reviewer",
                             expected_version=version)


def test_blind_tags_are_in_no_export_count_or_statistic(db, assigned, tmp_path):
    layered(db, assigned)
    assert registry_views.entities(db) == []
    assert not any(any(counts.values()) for counts in stats.library_stats(db).mentions.values())
    report = export.export(db, out=tmp_path / "mentions.csv", what="mentions")
    assert report.rows == {"mentions": 0}


def test_a_deleted_article_comes_back_with_its_layers(db, assigned):
    tag(db, "ann", assigned, BANK)
    deletion.delete_articles(db, article_ids=[assigned], user="rex")
    changes.undo(db, user="rex")
    assert [m.surface for m in blind_tagging.article_mentions(db, article_id=assigned, user="ann")] == ["中国工商银行"]
    assert agreement.article_disagreements(db, assigned).annotators == ("ann", "bob")


def test_the_history_shows_another_editors_blind_tags_as_their_layer_only(db, assigned):
    from curator.services import history

    tag(db, "ann", assigned, BRANCH)
    tag(db, "bob", assigned, BANK)
    seen_by_ann = {e["user"]: e["details"] for e in history.article_history(db, assigned, viewer="ann")
                   if e["action"] == "blind_tagged"}
    assert seen_by_ann["ann"]["tag"]["surface"] == "中国工商银行长治分行"
    assert seen_by_ann["bob"] == {"layer": "bob"}
    everything = {e["user"]: e["details"] for e in history.article_history(db, assigned) if e["action"] == "blind_tagged"}
    assert everything["bob"]["tag"]["surface"] == "中国工商银行"  # an audit without a viewer keeps all


def test_the_editors_an_article_can_be_taken_back_from_are_those_of_unsettled_articles(db, assigned, add_article):
    other = add_article(TEXT + "。")
    blind_tagging.assign(db, article_ids=[other], annotators=["bob", "cat"], user="rex")
    assert blind_tagging.editors_of(db, [assigned, other]) == ["ann", "bob", "cat"]
    finish(db, assigned, "ann", "bob")
    blind_tagging.settle(db, article_id=assigned, choices={}, user="rex")
    assert blind_tagging.editors_of(db, [assigned]) == []  # settled: its layers no longer change
    assert blind_tagging.editors_of(db, [assigned, other]) == ["bob", "cat"]
