"""Each statistics query reads an index made for it (migrations 0005, 0006), never a whole table: at 100,000
articles a table scan crossed every article's text, and grouping the history by day sorted 2 million
events (5.3 s). SQLite uses an index on an expression only when the query repeats it exactly."""

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import event

from curator.storage import stats

pytestmark = pytest.mark.sqlite_only  # SQLite's query plans


class Plans:
    """Records the statements the library runs, as sent (parameters too: SQLite matches an indexed
    expression only to the same constants), and asks SQLite how it runs them."""

    def __init__(self, db):
        self.db, self.sent = db, []
        event.listen(db.engine, "before_cursor_execute", self._sent)

    def _sent(self, _connection, _cursor, statement, parameters, *_rest) -> None:
        if statement.startswith("SELECT"):
            self.sent.append((statement, parameters))

    def plan(self) -> str:
        event.remove(self.db.engine, "before_cursor_execute", self._sent)
        (statement, parameters), = self.sent
        with self.db.engine.connect() as connection:
            rows = connection.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters)
            return "\n".join(row[-1] for row in rows)


BOUNDS = {"since": date(2024, 4, 1), "until": date(2024, 6, 30)}
QUERIES = {
    "articles": (lambda s: stats.article_counts(s, **BOUNDS), "COVERING INDEX ix_article_published"),
    "mentions": (lambda s: stats.mention_counts(s, since=None, until=None, kind=None),
                 "COVERING INDEX ix_mention_entity_status"),
    # (entity_id, article_id) of 0005 covers this count as well as 0006's (entity_id, status, article_id)
    "top": (lambda s: stats.top_entities(s, since=None, until=None, kind="figure", limit=20),
            "COVERING INDEX ix_mention_entity"),
    "work": (lambda s: stats.work_by_user(s, start=datetime(2024, 4, 1, tzinfo=UTC), end=None),
             "COVERING INDEX ix_event_work"),
}


def plan_of(db, run) -> str:
    plans = Plans(db)
    with db.session() as session:
        run(session)
    return plans.plan()


def table_scans(plan: str) -> list[str]:
    """Passes over every row of a table (through a non-covering index, a row fetch each)."""
    return [line for line in plan.splitlines() if line.startswith("SCAN") and "COVERING INDEX" not in line
            and line.split()[1] in ("article", "mention", "event")]


@pytest.mark.parametrize("name", QUERIES)
def test_each_count_reads_its_index(db, name):
    run, index = QUERIES[name]
    plan = plan_of(db, run)
    assert index in plan and table_scans(plan) == []


def test_the_check_sees_a_table_scan(db):
    """Positive control: counting articles by title reads every article."""
    from sqlalchemy import func, select

    from curator.storage.tables import Article

    statement = select(Article.status, func.count()).where(Article.title == "标题").group_by(Article.status)
    assert [line.split()[:2] for line in table_scans(plan_of(db, lambda session: session.execute(statement)))] == [
        ["SCAN", "article"]]


def work_plan(db) -> str:
    return plan_of(db, lambda session: stats.work_by_user(session, start=None, end=None))


def test_the_history_is_counted_per_hour_in_the_index_order(db):
    assert work_plan(db).count("USE TEMP B-TREE FOR GROUP BY") == 0  # the events unsorted; days are made in Python


def test_the_check_sees_the_events_sorted_when_the_hour_is_not_the_indexed_expression(db, monkeypatch):
    """Positive control: substr(at, ?, ?) with bound numbers is not the index's substr(at, 1, 13)."""
    from sqlalchemy import func

    monkeypatch.setattr(stats, "hour_text", lambda at: func.substr(at, 1, 13))
    assert work_plan(db).count("USE TEMP B-TREE FOR GROUP BY") > 0
