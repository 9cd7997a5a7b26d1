"""Issue 16: the command line loads only what a subcommand needs, so that it answers at once.

Each check runs in a fresh interpreter, where sys.modules tells what was loaded.
"""

import json
import subprocess
import sys
from pathlib import Path

from sqlalchemy import create_engine

from curator.storage import migrate

ROOT = Path(__file__).resolve().parents[2]
# Packages that take a noticeable part of a second to load, each needed by a few commands only.
HEAVY = {"PySide6", "jieba", "pycrfsuite", "trafilatura", "pypdf", "docx", "openpyxl", "xlsxwriter", "alembic", "opencc"}
PROBE = """
import json, sys
from curator.cli import build_parser, main
{run}
print(json.dumps(sorted({{name.split(".")[0] for name in sys.modules}} & set(json.loads(sys.argv[1])))))
"""


def heavy_loaded(run: str, *argv: str, heavy: set[str] = HEAVY) -> list[str]:
    """The heavy packages loaded in a fresh interpreter after `run` (which sees `argv` as sys.argv[2:])."""
    code = PROBE.format(run=run)
    done = subprocess.run([sys.executable, "-c", code, json.dumps(sorted(heavy)), *argv], cwd=ROOT,
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout.splitlines()[-1])


def test_building_the_parser_loads_nothing_heavy():
    assert heavy_loaded("build_parser()") == []
    assert heavy_loaded("import curator.nlp.engine") == ["opencc", "pycrfsuite"]  # the probe sees them


def test_listing_an_up_to_date_library_loads_neither_alembic_nor_nlp_nor_qt(db, tmp_path):
    # opencc stays allowed: it is light, and the search folds traditional script with it.
    loaded = heavy_loaded("main(['--db', sys.argv[2], 'articles'])", db.location,
                          heavy=HEAVY - {"opencc"})
    assert loaded == []


def test_a_library_behind_the_newest_schema_still_loads_alembic_to_upgrade(tmp_path):
    path = tmp_path / "old.db"
    engine = create_engine(f"sqlite:///{path}")
    migrate.upgrade(engine, "0006")
    engine.dispose()
    assert heavy_loaded("main(['--db', sys.argv[2], 'articles'])", str(path), heavy={"alembic"}) == ["alembic"]
