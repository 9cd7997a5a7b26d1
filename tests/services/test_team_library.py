"""A team on one PostgreSQL library (issue 15): twenty people at once lose nothing, and a server
restarted under an editor's hands costs a refused change or two, never an acknowledged one."""

import os
import threading
import time

import pytest

from curator.core.errors import CuratorError
from curator.core.types import Kind
from curator.services import tagging
from curator.storage.db import Database, StoreError, open_database
from tests import team_load

# The test: twenty editors and reviewers for a minute (TEAM_SECONDS shortens it by hand).
SECONDS = float(os.environ.get("TEAM_SECONDS", "60"))


@pytest.fixture
def team_library(postgres_databases):
    url = postgres_databases.new()
    db = open_database(url)
    yield url, db
    db.close()
    postgres_databases.drop(url)


def test_twenty_people_at_once_lose_no_change(team_library):
    url, db = team_library
    articles = team_load.make_articles(db, 50)
    outcomes = team_load.run_team(url, articles, editors=16, reviewers=4, seconds=SECONDS)
    result = team_load.check(db, outcomes)
    assert [error for outcome in outcomes for error in outcome.unexplained] == []
    assert result.acknowledged >= len(outcomes)  # work was done (how fast: bench/bench_team.py)
    assert result.missing == []
    assert result.differences == []


def test_a_restarted_server_loses_nothing_acknowledged(postgres_databases, request):
    server = postgres_databases.server
    if server is None:
        pytest.skip("the server was given (CURATOR_TEST_POSTGRES): the test cannot restart it")
    url = postgres_databases.new()
    request.addfinalizer(lambda: postgres_databases.drop(url))
    db = open_database(url)
    request.addfinalizer(db.close)
    (article_id,) = team_load.make_articles(db, 1)
    spans = [(start, start + 2) for start in range(0, len(team_load.TEXT) - 1, 2)]
    acknowledged, refusals = [], []

    def tag_on() -> None:
        """Tag span after span, each again until it is taken, as an editor would after a refusal."""
        for start, end in spans:
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline:
                try:
                    acknowledged.extend(tagging.tag_mention(db, article_id=article_id, start=start, end=end,
                                                            kind=Kind.INSTITUTION, user="ann").added)
                    break
                except CuratorError as error:
                    refusals.append(str(error))
                    time.sleep(0.1)
            time.sleep(0.02)

    editor = threading.Thread(target=tag_on)
    editor.start()
    time.sleep(0.3)
    server.restart()
    editor.join(timeout=180)
    # While it is down, a change is refused in one line that says so, never with a traceback.
    assert all(r.startswith("the library's server cannot be reached") and "\n" not in r for r in refusals)
    kept = tagging.article_mentions(db, article_id)
    assert set(acknowledged) <= {mention.id for mention in kept}
    assert [(mention.start, mention.end) for mention in kept] == spans  # every span got its tag in the end


def test_a_connection_lost_while_taking_the_write_lock_is_told_in_one_line(team_library, monkeypatch):
    """The lock is taken on the driver's connection, past SQLAlchemy: a server that drops the
    connection right then (as a restart does) is a refusal like any other, never a traceback."""
    url, db = team_library
    (article_id,) = team_load.make_articles(db, 1)

    def dropped(self, connection) -> None:
        connection.execute("SELECT pg_terminate_backend(pg_backend_pid())")

    monkeypatch.setattr(Database, "_lock_on_server", dropped)
    with pytest.raises(StoreError, match="the library's server cannot be reached"):
        tagging.tag_mention(db, article_id=article_id, start=0, end=2, kind=Kind.INSTITUTION, user="ann")
    monkeypatch.undo()
    tagging.tag_mention(db, article_id=article_id, start=0, end=2, kind=Kind.INSTITUTION, user="ann")
    assert len(tagging.article_mentions(db, article_id)) == 1


def test_a_writer_waits_for_another_and_is_told_so(team_library):
    """Writers take turns on a server as on a SQLite file, and the one waiting sees the wait."""
    url, db = team_library
    (article_id,) = team_load.make_articles(db, 1)
    other = open_database(url)
    holding, waits = threading.Event(), []

    def hold_the_lock() -> None:
        with other.writing():
            holding.set()
            time.sleep(0.8)

    holder = threading.Thread(target=hold_the_lock)
    holder.start()
    holding.wait(10)
    db.lock_listener = waits.append
    began = time.monotonic()
    change = tagging.tag_mention(db, article_id=article_id, start=0, end=6, kind=Kind.INSTITUTION, user="ann")
    holder.join()
    other.close()
    assert change.added and time.monotonic() - began > 0.5
    assert waits[-1] is None and all(seconds > 0 for seconds in waits[:-1]) and len(waits) >= 2


def test_a_server_in_another_time_zone_keeps_times_in_utc(postgres_databases, request):
    """A server set to Beijing time must not shift the stored hours that statistics count."""
    from datetime import UTC, datetime

    from sqlalchemy import text

    from curator.services import stats

    url = postgres_databases.new()
    request.addfinalizer(lambda: postgres_databases.drop(url))
    setup = open_database(url)
    with setup.session() as session:
        session.execute(text(f'ALTER DATABASE "{setup.engine.url.database}" SET timezone = \'Asia/Shanghai\''))
    setup.close()
    db = open_database(url)
    request.addfinalizer(db.close)
    (article_id,) = team_load.make_articles(db, 1)
    tagging.tag_mention(db, article_id=article_id, start=0, end=6, kind=Kind.INSTITUTION, user="ann")
    with db.session() as session:
        assert session.execute(text("SHOW timezone")).scalar() == "UTC"
        stored = session.execute(text("SELECT to_char(at, 'YYYY-MM-DD HH24') FROM event LIMIT 1")).scalar()
    assert stored == datetime.now(UTC).strftime("%Y-%m-%d %H")
    assert [day["tagged"] for day in stats.library_stats(db).by_user] == [1]


def test_a_granted_login_reads_and_writes_the_library_in_its_role(member_login):
    """An editor with a login of their own on the server: nothing before the grant, their role's
    work after it, under the name the server knows them by; nothing again once revoked."""
    from curator.core.errors import Msg
    from curator.services import members, review
    from curator.storage.db import StoreError

    admin, as_wang = member_login
    (article_id,) = team_load.make_articles(admin, 1)
    with pytest.raises(StoreError):  # no access before the grant
        open_database(as_wang)
    members.grant(admin, member="王编辑", role="editor", user="postgres")
    wang = open_database(as_wang)
    user = members.acting_user(wang, login=None, default=lambda: "nobody")
    assert user == "王编辑"
    change = tagging.tag_mention(wang, article_id=article_id, start=0, end=6, kind=Kind.INSTITUTION, user=user)
    assert change.added
    with pytest.raises(CuratorError) as refused:
        review.set_article_status(wang, article_id=article_id, status="approved", user=user)
    assert refused.value.code != Msg.DATABASE_ERROR  # refused by the role, not by the server
    wang.close()
    members.revoke(admin, member="王编辑", user="postgres")
    with pytest.raises(StoreError):
        open_database(as_wang)


def test_a_member_keeps_access_to_the_tables_a_later_upgrade_makes(member_login):
    """A grant covered the tables there were: a table an upgrade made afterwards (as the owner)
    was out of a member's reach. Revoking takes the later tables back too."""
    from sqlalchemy import text

    from curator.services import members

    admin, as_wang = member_login

    def may(table: str, privilege: str) -> bool:
        with admin.session() as session:
            return session.execute(text("SELECT has_table_privilege('王编辑', :table, :privilege)"),
                                   {"table": table, "privilege": privilege}).scalar()

    def upgrade_makes(table: str) -> None:  # as a migration would: the owner makes a table with a sequence
        with admin.session() as session:
            session.execute(text(f"CREATE TABLE {table} (id SERIAL PRIMARY KEY, note TEXT)"))

    upgrade_makes("before_the_grant")
    assert not may("before_the_grant", "SELECT")  # positive control: a login has nothing of its own
    members.grant(admin, member="王编辑", role="admin", user="postgres")
    members.grant(admin, member="王编辑", role="editor", user="postgres")
    upgrade_makes("after_the_grant")
    wang = open_database(as_wang)
    with wang.session() as session:
        session.execute(text("INSERT INTO after_the_grant (note) VALUES ('新表')"))  # its sequence too
        assert session.execute(text("SELECT note FROM after_the_grant")).scalars().all() == ["新表"]
    wang.close()
    assert not may("after_the_grant", "SELECT WITH GRANT OPTION")  # an admin made an editor passes nothing on
    members.revoke(admin, member="王编辑", user="postgres")
    upgrade_makes("after_the_revocation")
    assert not may("after_the_grant", "SELECT") and not may("after_the_revocation", "SELECT")


def test_an_editor_with_a_login_of_their_own_imports_deletes_and_undoes_in_sets(member_login, tmp_path):
    """The set-based paths switch no trigger off on PostgreSQL (which only the tables' owner may
    do); its triggers count a statement's rows as a set already."""
    from curator.services import changes, deletion, members
    from curator.services.import_tagged import import_tagged
    from tests.services.test_import_tagged_bulk import write_tagged
    from tests.services.test_registry import counts_from_scratch

    admin, as_wang = member_login
    members.grant(admin, member="王编辑", role="editor", user="postgres")
    wang = open_database(as_wang)
    try:
        path = tmp_path / "tagged.jsonl"
        write_tagged(path, 30)
        report = import_tagged(wang, path, user="王编辑")
        assert report.mentions == 300
        deletion.delete_articles(wang, article_ids=report.articles[:10], user="王编辑")
        changes.undo(wang, user="王编辑")  # the deletion
        changes.redo(wang, user="王编辑")
        changes.undo(wang, user="王编辑")
        changes.undo(wang, user="王编辑")  # the import
        changes.redo(wang, user="王编辑")
        kept, expected = counts_from_scratch(wang)
        assert kept == expected and sum(n for n, *_ in kept.values()) == 300
    finally:
        wang.close()
