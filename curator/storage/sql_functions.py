"""The few SQL functions whose spelling differs between SQLite and PostgreSQL, written once.

Each is an expression compiled for the engine it runs on, so a query reads the same on both: a
library is a SQLite file for one editor, or a database on a team's PostgreSQL server (issue 15).
SQLAlchemy stores a SQLite time as ISO text in UTC ("2026-12-07 10:57:45.123456") and a
PostgreSQL one as a timestamp; both come out of these as the same text.
"""

from sqlalchemy import String
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement


class _TimeText(FunctionElement):
    """A recorded time as UTC text, to a precision: SQLite cuts its stored text, PostgreSQL formats."""

    type = String()
    inherit_cache = True
    chars: int  # of SQLite's "YYYY-MM-DD HH:MM:SS.ffffff"
    pattern: str  # to_char's, giving the same text


class hour_text(_TimeText):
    """A recorded time's UTC hour as "YYYY-MM-DD HH"."""

    inherit_cache = True
    chars, pattern = 13, "YYYY-MM-DD HH24"


class stamp_text(_TimeText):
    """A recorded time as "YYYY-MM-DD HH:MM:SS" UTC text."""

    inherit_cache = True
    chars, pattern = 19, "YYYY-MM-DD HH24:MI:SS"


class json_text(FunctionElement):
    """The text at a path of a JSON document held in a text column: json_text(column, "after",
    "reviewer"); NULL where the path is missing or holds null."""

    type = String()
    inherit_cache = True


# On SQLite the time is cut from the stored text with constants (not bound parameters), exactly as
# the index ix_event_work lists the hour, or SQLite would not recognise the indexed expression.
@compiles(_TimeText, "sqlite")
def _time_sqlite(element, compiler, **kw):
    return f"substr({compiler.process(element.clauses, **kw)}, 1, {element.chars})"


@compiles(_TimeText, "postgresql")
def _time_postgresql(element, compiler, **kw):
    return f"to_char({compiler.process(element.clauses, **kw)}, '{element.pattern}')"


def _json_parts(element, compiler, **kw) -> tuple[str, list[str]]:
    column, *path = list(element.clauses)
    return compiler.process(column, **kw), [part.value for part in path]


@compiles(json_text, "sqlite")
def _json_sqlite(element, compiler, **kw):
    column, path = _json_parts(element, compiler, **kw)
    return f"json_extract({column}, '$.{'.'.join(path)}')"


@compiles(json_text, "postgresql")
def _json_postgresql(element, compiler, **kw):
    column, path = _json_parts(element, compiler, **kw)
    return f"(CAST({column} AS jsonb) #>> '{{{','.join(path)}}}')"
