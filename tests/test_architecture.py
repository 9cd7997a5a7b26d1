"""The layer rules of shared/STYLE.md, checked by the import-linter contracts in pyproject.toml."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_import_contracts_hold():
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint)], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "BROKEN" not in result.stdout


def test_core_packages_load_without_qt():
    code = (
        "import sys; import curator.cli, curator.services.importing, curator.services.tagging;"
        "assert not [m for m in sys.modules if m.startswith(('PySide6', 'qdarkstyle'))], 'Qt loaded'"
    )
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)
