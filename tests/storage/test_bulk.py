"""Rows inserted through the driver's executemany read back as SQLAlchemy's own insert stores them."""

from datetime import datetime, timedelta, timezone

from sqlalchemy import insert, select, text

from curator.storage.bulk import insert_many
from curator.storage.tables import Event

AT = datetime(2026, 12, 7, 17, 30, 5, 123456, tzinfo=timezone(timedelta(hours=8)))


def rows(batch: str) -> list[dict]:
    later = AT + timedelta(seconds=1)
    return [
        {"at": at, "user": "王芳", "action": "tagged", "batch": batch, "article_id": article_id,
         "mention_id": None, "data": '{"surface": "银行"}', "undone": False, "version": version}
        for at, article_id, version in [(AT, 1, 2), (later, None, None), (AT, 3, 0)]
    ]


def stored(db, batch: str) -> list[dict]:
    """The rows of a batch, all but their id and batch."""
    with db.session() as session:
        table = Event.__table__
        found = session.execute(select(table).where(table.c.batch == batch).order_by(table.c.id)).all()
    return [{k: v for k, v in row._mapping.items() if k not in ("id", "batch")} for row in found]


def stored_as(db, batch: str) -> list:
    """The times as the driver reads them, without SQLAlchemy's conversion."""
    with db.session() as session:
        return session.execute(text("SELECT at FROM event WHERE batch = :batch ORDER BY id"), {"batch": batch}).all()


def test_the_same_rows_as_sqlalchemys_insert(db):
    with db.writing() as session:
        session.execute(insert(Event.__table__), rows("core"))
        insert_many(session, Event.__table__, rows("driver"))
    by_core, by_driver = stored(db, "core"), stored(db, "driver")
    assert len(by_driver) == 3
    assert by_driver == by_core
    assert stored_as(db, "driver") == stored_as(db, "core")  # the very text SQLite keeps a time as
    assert by_driver[0]["at"] == AT and by_driver[1]["at"] == AT + timedelta(seconds=1)  # each time converted


def test_nothing_to_insert_sends_nothing(db):
    with db.writing() as session:
        insert_many(session, Event.__table__, [])
    assert stored(db, "none") == []
