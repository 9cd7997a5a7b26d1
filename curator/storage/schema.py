"""The newest schema revision, read from the migration files without loading Alembic.

Opening a library that is already up to date is the common case; it should cost a glance at
a few small files, not Alembic's import and its walk of the revisions (issue 16). Alembic
stays the authority: tests/storage/test_migrations.py checks that both name the same head.
"""

import ast
import re
from functools import cache
from pathlib import Path

VERSIONS_DIR = Path(__file__).parent / "migrations" / "versions"

# `revision = "0007"` and `down_revision = "0006"` (or None, or a tuple where branches merge),
# as Alembic's template writes them at the top level of each migration.
_ASSIGNMENT = re.compile(r"^(revision|down_revision)\s*=\s*(.+?)\s*$", re.MULTILINE)


@cache
def head_revision() -> str:
    """The revision that no migration revises: the one a library is upgraded to."""
    revisions: set[str] = set()
    revised: set[str] = set()
    for path in VERSIONS_DIR.glob("*.py"):
        for name, value in _ASSIGNMENT.findall(path.read_text(encoding="utf-8")):
            parsed = ast.literal_eval(value)
            if name == "revision":
                revisions.add(parsed)
            elif parsed is not None:
                revised.update((parsed,) if isinstance(parsed, str) else parsed)
    (head,) = revisions - revised  # more than one head is a branch Alembic would refuse too
    return head
