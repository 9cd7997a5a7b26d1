"""Moving a library (issue 15): a whole library copied to the other engine and back is the same
library, checked by counts and checksums, and its history still undoes."""

from datetime import datetime

import psycopg
import pytest
from sqlalchemy.engine import make_url
from sqlmodel import SQLModel

from curator.core.types import Kind
from curator.services import agreement, blind_tagging, changes, copying, history, library, members, registry, registry_views, review, tagging
from curator.services.article_status import mark_done
from curator.services.copying import CopyRefused
from curator.storage import copying as copy_store
from curator.storage.db import open_database
from tests.services.test_registry import entity_named, tag

BRANCH = "中国工商银行长治分行今天开业🎉，工商银行行长孙洪卫出席。工行员工也来了。"
TRADITIONAL = "工商銀行鄭州分行今天開業👍，記者李若男報道。"
BYLINE = "😀 新华社记者王小明报道：长治分行又开了一家网点。"

OTHER = {"sqlite": "postgresql", "postgresql": "sqlite"}


def engine_of(db) -> str:
    return db.engine.dialect.name


def entity_id(db, name: str) -> int:
    return entity_named(db, name)["id"]


def fill(db, add_article) -> dict[str, int]:
    """A library with something in every table: tags, aliases, merges (one into a newer entity),
    a parent, reviews with comments and notes, statuses, a removed tag and the history of it all."""
    branch = add_article(BRANCH, title="长治分行开业", published=datetime(2024, 5, 1, 8, 30))
    traditional = add_article(TRADITIONAL, title="鄭州分行", published=datetime(2023, 1, 2))
    byline = add_article(BYLINE, title="😀 网点", source=None)
    tag(db, branch, "中国工商银行长治分行")
    tag(db, branch, "工商银行")
    tag(db, branch, "孙洪卫", Kind.FIGURE)
    tag(db, branch, "工行")
    tag(db, traditional, "工商銀行")  # another spelling: an alias of 工商银行
    (proposal,) = registry.proposals(db)  # 工行 for 工商银行
    registry.decide_proposal(db, proposal_id=proposal.id, confirm=True, user="ann")
    registry.set_parent(db, entity_id=entity_id(db, "中国工商银行长治分行"), parent_id=entity_id(db, "工商银行"),
                        user="ann")
    tag(db, traditional, "李若男", Kind.FIGURE)
    tag(db, byline, "王小明", Kind.FIGURE)
    # The older entity merged into the newer: its row refers to one written after it.
    registry.merge(db, keep=entity_id(db, "王小明"), others=[entity_id(db, "李若男")], user="ann")
    # two editors tag the byline blind
    blind_tagging.assign(db, article_ids=[byline], annotators=["ann", "rev"], user="rev")
    for user, start, end in (("ann", 5, 8), ("rev", 2, 8), ("ann", 13, 16)):
        blind_tagging.tag_mention(db, article_id=byline, start=start, end=end, kind=Kind.FIGURE, user=user)
    blind_tagging.mark_done(db, article_id=byline, user="ann")
    members.grant(db, member="rev", role="reviewer", user="ann")  # ann, granting first, is the admin
    mark_done(db, article_id=branch, user="ann")
    first, second = (m.id for m in tagging.article_mentions(db, branch)[:2])
    review.review_mention(db, mention_id=first, verdict="approved", user="rev", comment="好 ✓", role="reviewer")
    review.review_mention(db, mention_id=second, verdict="rejected", user="rev", comment="名称不全", role="reviewer")
    review.request_changes(db, article_id=branch, user="rev", note="请补全 🙏", role="reviewer")
    tagging.untag_mention(db, mention_id=tag(db, byline, "长治分行"), user="ann")  # the newest tag, removed
    return {"branch": branch, "traditional": traditional, "byline": byline}


def library_view(db, article_ids) -> dict:
    """What the window and the command line show of a library, to compare two libraries by."""
    articles = {aid: library.get_article(db, aid) for aid in article_ids}
    return {
        "entities": registry_views.entities(db),
        "articles": {aid: (library.article_dict(a), a.reviewer, a.review_note, a.n_institutions, a.n_figures)
                     for aid, a in articles.items()},
        "mentions": {aid: tagging.article_mentions(db, aid) for aid in article_ids},
        "history": {aid: history.article_history(db, aid) for aid in article_ids},
        "blind": {aid: (agreement.article_disagreements(db, aid),
                        [blind_tagging.article_mentions(db, article_id=aid, user=user) for user in ("ann", "rev")])
                  for aid in article_ids},
    }


@pytest.fixture
def filled(db, add_article):
    return db, fill(db, add_article)


@pytest.fixture
def open_library():
    """Opens libraries and closes them after the test."""
    opened = []

    def open_(location: str, **options):
        opened.append(open_database(location, **options))
        return opened[-1]

    yield open_
    for database in opened:
        database.close()


def test_every_table_of_a_library_is_copied():
    assert set(copy_store.TABLES) == set(SQLModel.metadata.tables)


def test_a_library_copied_to_the_other_engine_and_back_is_the_same(filled, new_location, open_library):
    db, ids = filled
    there = open_library(new_location(OTHER[engine_of(db)]))
    back = open_library(new_location(engine_of(db)))
    steps = []
    gone = copying.copy_library(source=db, destination=there, progress=lambda *step: steps.append(step))
    returned = copying.copy_library(source=there, destination=back)
    assert gone.tables == returned.tables
    assert {t.table: t.rows for t in gone.tables} == {
        "article": 3, "entity": 8, "alias_proposal": 1, "mention": 7, "event": 29, "rejected_suggestion": 1,
        "member": 2, "assignment": 2, "blind_tag": 3}
    assert library_view(there, ids.values()) == library_view(back, ids.values()) == library_view(db, ids.values())
    counted = {e["name"]: (e["mentions"], e["articles"], e["first_seen"], e["last_seen"], e["aliases"])
               for e in registry_views.entities(back)}
    assert counted["工商银行"] == (3, 2, "2023-01-02", "2024-05-01", ["工行", "工商銀行"])  # counted once, not twice
    assert counted["王小明"] == (2, 2, "2023-01-02", "2023-01-02", ["李若男"])
    assert ("copying", "mention", 7, 7) in steps and ("checking", "event", 29, 29) in steps
    assert library.count_articles(back) == 3


def test_the_history_of_a_copy_undoes_and_gives_the_same_ids(filled, new_location, open_library):
    db, ids = filled
    copy = open_library(new_location(OTHER[engine_of(db)]))
    copying.copy_library(source=db, destination=copy)
    for library_ in (db, copy):
        assert changes.undo(library_, user="ann").action == "undo"  # the removed tag comes back
        assert changes.undo(library_, user="rev").action == "undo"  # the request for changes is taken back
    assert library_view(copy, ids.values()) == library_view(db, ids.values())
    assert library.get_article(copy, ids["branch"]).status == "done"
    assert [m.surface for m in tagging.article_mentions(copy, ids["byline"])] == ["王小明", "长治分行"]
    # A new tag takes the id the original would give it, above every id ever handed out.
    added = [tag(library_, ids["traditional"], "鄭州分行") for library_ in (db, copy)]
    assert added[0] == added[1] == 9


def test_a_copy_reads_its_times_in_utc_whatever_the_servers_zone(filled, new_location, open_library):
    db, ids = filled
    url = new_location("postgresql")
    with psycopg.connect(make_url(url).set(drivername="postgresql").render_as_string(hide_password=False),
                         autocommit=True) as server:
        server.execute(f'ALTER DATABASE "{make_url(url).database}" SET TimeZone = \'Asia/Shanghai\'')
    shanghai = open_library(url)
    copying.copy_library(source=db, destination=shanghai)
    back = open_library(new_location("sqlite"))
    copying.copy_library(source=shanghai, destination=back)
    assert library_view(back, ids.values()) == library_view(db, ids.values())
    assert registry_views.entities(shanghai)[0]["first_seen"] == "2024-05-01"


def test_a_library_is_never_copied_over_another(filled, new_location, open_library):
    db, ids = filled
    copy = open_library(new_location(engine_of(db)))
    copying.copy_library(source=db, destination=copy)
    tagging.tag_mention(db, article_id=ids["byline"], start=0, end=1, kind=Kind.FIGURE, user="ann")
    with pytest.raises(CopyRefused) as refused:
        copying.copy_library(source=db, destination=copy)
    assert str(refused.value) == f"{copy.location} already holds a library; copy into a new or empty one (nothing was copied)"
    assert library_view(copy, ids.values()) != library_view(db, ids.values())  # the new tag was not copied


def test_a_copy_that_reads_back_otherwise_is_not_kept(filled, new_location, open_library, monkeypatch):
    db, ids = filled
    copy = open_library(new_location(OTHER[engine_of(db)]))
    write_page = copy_store.write_page

    def lose_a_comment(session, table, rows):
        write_page(session, table, [{**row, "comment": None} for row in rows] if table == "mention" else rows)

    monkeypatch.setattr(copy_store, "write_page", lose_a_comment)
    with pytest.raises(CopyRefused, match="^the copy did not read back the same in mention; nothing was copied$"):
        copying.copy_library(source=db, destination=copy)
    monkeypatch.undo()
    assert library.count_articles(copy) == 0
    copying.copy_library(source=db, destination=copy)  # positive control: the same copy, unharmed, is kept
    assert library_view(copy, ids.values()) == library_view(db, ids.values())


def test_a_missing_library_is_not_made_to_be_copied(tmp_path):
    with pytest.raises(library.StoreError, match="^there is no library at .*nowhere.db$"):
        library.open_database(tmp_path / "nowhere.db", create=False)
    assert not (tmp_path / "nowhere.db").exists()
    library.open_database(tmp_path / "nowhere.db").close()  # positive control: made when asked to
    library.open_database(tmp_path / "nowhere.db", create=False).close()
