"""Others' work (issue 15): what another window, command or person changed since a watcher's last look."""

from curator.core.types import Kind
from curator.services import changes, deletion, registry, tagging, watching
from curator.services.article_status import mark_done

TEXT = "中国农业银行长治市分行行长孙洪卫表示，中国农业银行长治市分行将继续支持小微企业。"


def look(db, mark, **own):
    return watching.changes_since(db, mark, **own)


def test_a_library_nobody_changed_has_nothing_to_tell(db, add_article):
    add_article(TEXT)
    mark = watching.watermark(db)
    assert look(db, mark) == (None, mark)


def test_a_tag_and_a_status_by_someone_else(db, add_article):
    aid = add_article(TEXT)
    mark = watching.watermark(db)
    tagged = tagging.tag_mention(db, article_id=aid, start=13, end=16, kind=Kind.FIGURE, user="bo")
    change, mark = look(db, mark)
    assert change.article_ids == {aid} and change.updated == tagged.added
    assert change.articles[aid].status == "in_progress" and change.articles[aid].n_figures == 1
    assert change.statuses == {aid: ("new", "in_progress")}
    assert look(db, mark) == (None, mark)  # told once

    mark_done(db, article_id=aid, user="bo")
    change, mark = look(db, mark)
    assert change.statuses == {aid: ("in_progress", "done")} and change.articles[aid].status == "done"


def test_own_batches_are_left_out(db, add_article):
    aid = add_article(TEXT)
    mark = watching.watermark(db)
    mine = tagging.tag_mention(db, article_id=aid, start=13, end=16, kind=Kind.FIGURE, user="ann")
    change, mark = look(db, mark, own_batches={mine.batch})
    assert change is None
    theirs = tagging.tag_mention(db, article_id=aid, start=0, end=11, kind=Kind.INSTITUTION, user="bo")
    change, _ = look(db, mark, own_batches={mine.batch})
    assert change.updated == theirs.added  # a positive control: the same look sees another's tag


def test_an_undo_and_a_redo_add_no_entry_and_are_seen(db, add_article):
    aid = add_article(TEXT)
    tagged = tagging.tag_mention(db, article_id=aid, start=13, end=16, kind=Kind.FIGURE, user="bo")
    mark = watching.watermark(db)
    changes.undo(db, user="bo")
    change, mark = look(db, mark)
    assert change.removed == tagged.added and change.statuses == {aid: ("in_progress", "new")}
    assert change.articles[aid].n_figures == 0
    changes.redo(db, user="bo")
    change, mark = look(db, mark)
    assert change.statuses == {aid: ("new", "in_progress")} and change.articles[aid].n_figures == 1


def test_a_change_made_and_undone_between_two_looks_moves_no_count(db, add_article):
    aid = add_article(TEXT)
    mark = watching.watermark(db)
    tagging.tag_mention(db, article_id=aid, start=13, end=16, kind=Kind.FIGURE, user="bo")
    changes.undo(db, user="bo")
    change, mark = look(db, mark)
    assert change.article_ids == {aid} and change.statuses == {}
    assert look(db, mark) == (None, mark)  # the undo is not told a second time


def test_deleted_and_restored_articles_change_the_list(db, add_article):
    aid = add_article(TEXT)
    mark = watching.watermark(db)
    deletion.delete_articles(db, article_ids=[aid], user="bo")
    change, mark = look(db, mark)
    assert change.deleted_articles == [aid] and change.membership_changed and change.articles == {}
    changes.undo(db, user="bo")
    change, mark = look(db, mark)
    assert change.restored_articles == [aid] and change.membership_changed


def test_a_registry_step_names_its_entities(db, add_article):
    aid = add_article(TEXT)
    tagging.tag_mention(db, article_id=aid, start=0, end=11, kind=Kind.INSTITUTION, user="bo")
    (mention,) = tagging.article_mentions(db, aid)
    mark = watching.watermark(db)
    registry.rename(db, entity_id=mention.entity_id, name="农行长治分行", user="bo")
    change, _ = look(db, mark)
    assert mention.entity_id in change.entities


def test_blind_tags_are_told_by_layer(db, add_article):
    """Blind tags are numbered apart from the article's own: a look says whose layer each is in."""
    from curator.services import blind_tagging

    aid = add_article(TEXT)
    blind_tagging.assign(db, article_ids=[aid], annotators=["ann", "bo"], user="rex")
    mark = watching.watermark(db)
    anns = blind_tagging.tag_mention(db, article_id=aid, start=13, end=16, kind=Kind.FIGURE, user="ann")
    bos = blind_tagging.tag_mention(db, article_id=aid, start=0, end=11, kind=Kind.INSTITUTION, user="bo")
    change, mark = look(db, mark)
    assert change.blind_tags == {"ann": set(anns.added), "bo": set(bos.added)}
    assert change.added == change.updated == change.removed == []  # no tag of the article's own
    changes.undo(db, user="ann")
    change, mark = look(db, mark)
    assert change.blind_tags == {"ann": set(anns.added)}
