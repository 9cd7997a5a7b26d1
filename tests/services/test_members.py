"""Who is who (issue 15): the roles of a team library are stored in it and enforced by the services."""

import pytest
from sqlalchemy import text

from curator.core.types import Kind
from curator.services import changes, library, members, review, tagging
from curator.services.members import AdminOnly
from curator.services.review import ReviewerOnly
from curator.services.roles import NotAMember
from curator.storage.db import open_database

TEXT = "中国农业银行长治市分行行长孙洪卫表示，中国农业银行长治市分行将继续支持小微企业。"


def team(db, **roles):
    """A team library: 'boss' its admin, and the members given (user=role)."""
    for user, role in roles.items():
        members.grant(db, member=user, role=role, user="boss")


def submitted(db, add_article):
    aid = add_article(TEXT)
    tagging.tag_mention(db, article_id=aid, start=0, end=11, kind=Kind.INSTITUTION, user="ann")
    review.submit_article(db, article_id=aid, user="ann")
    return aid


def test_an_editor_cannot_approve_in_a_team_library_whatever_role_they_choose(db, add_article):
    aid = submitted(db, add_article)
    team(db, ann="editor", rex="reviewer")
    for chosen in ("reviewer", None):
        with pytest.raises(ReviewerOnly, match="your role is editor"):
            review.approve_article(db, article_id=aid, user="ann", role=chosen)
        with pytest.raises(ReviewerOnly):
            review.approve_remaining(db, article_id=aid, user="ann", role=chosen)
    assert library.get_article(db, aid).status == "done"
    review.approve_article(db, article_id=aid, user="rex", role="editor")  # the stored role counts, not the chosen one
    assert library.get_article(db, aid).status == "approved"


def test_without_members_the_chosen_role_counts_as_before(db, add_article):
    aid = submitted(db, add_article)
    with pytest.raises(ReviewerOnly):
        review.approve_article(db, article_id=aid, user="ann", role="editor")
    review.approve_article(db, article_id=aid, user="ann", role=None)  # a script acts as both
    assert library.get_article(db, aid).status == "approved"


def test_an_admin_reviews_and_a_stranger_changes_nothing(db, add_article):
    aid = submitted(db, add_article)
    team(db, ann="editor")
    with pytest.raises(NotAMember, match="eve is not a member"):
        tagging.tag_mention(db, article_id=aid, start=13, end=16, kind=Kind.FIGURE, user="eve")
    with pytest.raises(NotAMember):
        changes.undo(db, user="eve")
    tagging.tag_mention(db, article_id=aid, start=13, end=16, kind=Kind.FIGURE, user="ann")  # a member may
    review.submit_article(db, article_id=aid, user="ann")
    review.approve_article(db, article_id=aid, user="boss")
    assert library.get_article(db, aid).status == "approved"


def test_an_editor_cannot_change_another_editors_approved_article(db, add_article):
    aid = submitted(db, add_article)
    team(db, ann="editor", bob="editor", rex="reviewer")
    review.approve_article(db, article_id=aid, user="rex")
    with pytest.raises(tagging.ReadOnlyArticle):
        tagging.tag_mention(db, article_id=aid, start=13, end=16, kind=Kind.FIGURE, user="bob")
    with pytest.raises(ReviewerOnly):
        review.reopen_article(db, article_id=aid, user="bob")
    review.reopen_article(db, article_id=aid, user="rex")
    tagging.tag_mention(db, article_id=aid, start=13, end=16, kind=Kind.FIGURE, user="bob")  # once reopened


def test_granting_is_for_admins_recorded_and_undone(db):
    members.grant(db, member="ann", role="editor", user="boss")  # the first grant: boss administers
    assert [(m.user, m.role, m.granted_by) for m in members.list_members(db)] == [
        ("ann", "editor", "boss"), ("boss", "admin", "boss")]
    with pytest.raises(AdminOnly, match="your role is editor"):
        members.grant(db, member="ann", role="admin", user="ann")
    with pytest.raises(AdminOnly):
        members.revoke(db, member="boss", user="ann")
    members.grant(db, member="ann", role="reviewer", user="boss")
    assert {m.user: m.role for m in members.list_members(db)} == {"ann": "reviewer", "boss": "admin"}
    assert changes.undo(db, user="boss") is not None  # the history has it: undo gives ann her old role
    assert {m.user: m.role for m in members.list_members(db)} == {"ann": "editor", "boss": "admin"}
    members.revoke(db, member="ann", user="boss")
    assert [m.user for m in members.list_members(db)] == ["boss"]


def test_the_last_admin_stays(db):
    members.grant(db, member="ann", role="editor", user="boss")
    with pytest.raises(ValueError, match="boss is the library's last admin"):
        members.revoke(db, member="boss", user="boss")
    with pytest.raises(ValueError, match="last admin"):
        members.grant(db, member="boss", role="editor", user="boss")
    members.grant(db, member="ann", role="admin", user="boss")
    members.revoke(db, member="boss", user="ann")  # with another admin, boss may go
    assert [(m.user, m.role) for m in members.list_members(db)] == [("ann", "admin")]


def test_a_role_must_be_one_of_the_three(db):
    with pytest.raises(ValueError, match="'owner' is not a role"):
        members.grant(db, member="ann", role="owner", user="boss")
    assert members.list_members(db) == []


def test_on_sqlite_the_user_is_who_the_settings_say_and_nobody_is_admin(tmp_path):
    db = open_database(tmp_path / "new.db")
    assert members.acting_user(db, login=None, default=lambda: "ann") == "ann"
    assert members.acting_user(db, login="bob", default=lambda: "ann") == "bob"
    assert members.list_members(db) == []  # a single editor's library keeps today's behaviour
    db.close()


def test_on_postgresql_the_connections_user_acts_and_the_first_one_is_admin(postgres_databases):
    url = postgres_databases.empty()
    db = open_database(url)
    try:
        assert db.created
        user = members.acting_user(db, login=None, default=lambda: "not-this-one")
        assert user == "postgres"  # the tests' server knows its connections as postgres
        assert [(m.user, m.role) for m in members.list_members(db)] == [("postgres", "admin")]
        reopened = open_database(url)
        assert not reopened.created
        assert members.acting_user(reopened, login="ann", default=lambda: "x") == "ann"  # a login given wins
        assert [m.user for m in members.list_members(reopened)] == ["postgres"]  # and founds nothing
        reopened.close()
    finally:
        db.close()
        postgres_databases.drop(url)


def test_a_window_on_a_file_leaves_its_user_to_settings_or_user(db):
    on_server = db.engine.dialect.name == "postgresql"
    with db.session() as session:
        login = session.execute(text("SELECT current_user")).scalar() if on_server else None
    assert members.window_user(db, given=None) == login
    assert members.window_user(db, given="ann") == "ann"  # a file, or a login that may speak for the owner


def test_a_window_on_a_server_records_under_its_login(member_login):
    admin, url = member_login
    members.grant(admin, member="王编辑", role="editor", user="boss")
    members.grant(admin, member="li", role="editor", user="boss")
    wang = open_database(url)
    try:
        assert members.window_user(wang, given=None) == "王编辑"
        with pytest.raises(PermissionError, match="not as li"):
            members.window_user(wang, given="li")
    finally:
        wang.close()
