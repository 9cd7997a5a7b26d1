"""One tag is one write transaction of at most six statements (issue 12: it took 18 in 7 sessions;
five until issue 15 added the look-up of the user's role in a team library)."""

import threading

import pytest
from sqlalchemy import event

from curator.core.types import Kind
from curator.services import changes, tagging

TEXT = "中国农业银行长治分行行长张三表示，将支持小微企业。中国农业银行将继续发力。"
BUDGET = 6


WRITES = ("INSERT", "UPDATE", "DELETE", "BEGIN IMMEDIATE")


class Statements:
    """What the library ran from now on: statements as SQLAlchemy sends them (an executemany is
    one), and the transactions they ran in: SQLite's own trace, or SQLAlchemy's begin and commit
    on PostgreSQL, where every statement runs in a transaction (a write transaction is one that
    writes). With `main_thread_only`, only those of the window's thread (suggestions work on their
    own lane)."""

    def __init__(self, db, *, main_thread_only: bool = False):
        self.sent: list[str] = []
        self.traced: list[str] = []
        counted = (lambda: threading.current_thread() is threading.main_thread()) if main_thread_only else (lambda: True)

        def traced(statement: str) -> None:
            if counted():
                self.traced.append(statement)

        def sent(_connection, _cursor, statement, *_rest) -> None:
            if counted():
                self.sent.append(statement)

        if db.engine.dialect.name == "sqlite":
            event.listen(db.engine, "connect", lambda connection, _record: connection.set_trace_callback(traced))
        else:
            event.listen(db.engine, "begin", lambda _connection: traced("BEGIN"))
            event.listen(db.engine, "commit", lambda _connection: traced("COMMIT"))
            event.listen(db.engine, "rollback", lambda _connection: traced("ROLLBACK"))
            event.listen(db.engine, "before_cursor_execute", lambda _c, _cur, statement, *_rest: traced(statement))
        event.listen(db.engine, "before_cursor_execute", sent)
        db.engine.dispose()  # new connections, each traced

    def clear(self) -> None:
        self.sent.clear()
        self.traced.clear()

    def _transactions(self) -> tuple[list[list[str]], list[str]]:
        """The statements of each transaction, and those run outside any."""
        transactions, outside, current = [], [], None
        for statement in self.traced:
            if statement.startswith("BEGIN"):
                current = [statement]
                transactions.append(current)
            elif statement in ("COMMIT", "ROLLBACK"):
                current = None
            else:
                (outside if current is None else current).append(statement)
        return transactions, outside

    def _writes(self) -> list[list[str]]:
        transactions, _outside = self._transactions()
        return [t for t in transactions if any(s.lstrip().upper().startswith(WRITES) for s in t)]

    def write_transactions(self) -> int:
        assert sum(s.startswith("BEGIN") for s in self.traced) == sum(s in ("COMMIT", "ROLLBACK") for s in self.traced)
        return len(self._writes())

    def outside_transactions(self) -> list[str]:
        """The statements run outside any write transaction: the reads."""
        transactions, outside = self._transactions()
        writes = self._writes()
        return outside + [s for t in transactions if t not in writes for s in t[1:]]


@pytest.fixture
def statements(db):
    return Statements(db)


@pytest.mark.parametrize("first_tag", [True, False], ids=["new article", "article in progress"])
def test_a_tag_is_one_transaction_within_budget(db, add_article, statements, first_tag):
    article_id = add_article(TEXT)
    if not first_tag:
        tagging.tag_mention(db, article_id=article_id, start=13, end=15, kind=Kind.FIGURE, user="ann")
    statements.clear()
    change = tagging.tag_mention(db, article_id=article_id, start=0, end=6, kind=Kind.INSTITUTION, user="ann")
    assert statements.write_transactions() == 1
    assert len(statements.sent) <= BUDGET, "\n".join(statements.sent)
    state = change.articles[article_id]  # the list row's new state comes with the change
    assert (state.status, state.n_institutions, state.n_figures) == ("in_progress", 1, 0 if first_tag else 1)
    assert change.statuses == ({article_id: ("new", "in_progress")} if first_tag else {})


def test_a_tag_keeps_its_history_and_undoes(db, add_article, statements):
    """The history written at the end of the batch still undoes the tag and the status with it."""
    article_id = add_article(TEXT)
    tagging.tag_mention(db, article_id=article_id, start=0, end=6, kind=Kind.INSTITUTION, user="ann")
    change = changes.undo(db, user="ann", article_id=article_id)
    assert tagging.article_mentions(db, article_id) == []
    assert change.articles[article_id].status == "new" and change.statuses == {article_id: ("in_progress", "new")}
