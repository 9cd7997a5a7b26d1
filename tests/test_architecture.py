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


def test_every_module_outside_the_gui_is_under_the_qt_contract():
    """A new top-level module must join the contract's list, or Qt could creep into it unseen."""
    import tomllib

    contracts = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["importlinter"]["contracts"]
    (qt,) = [c for c in contracts if c["name"] == "Only the GUI package imports Qt"]
    package = ROOT / "curator"
    top_level = {f"curator.{p.stem}" for p in package.glob("*.py") if p.stem != "__init__"}
    top_level |= {f"curator.{p.name}" for p in package.iterdir() if (p / "__init__.py").exists()}
    outside_the_gui = top_level - {"curator.gui", "curator.app"}  # app only opens the window, lazily
    assert outside_the_gui == set(qt["source_modules"])
    assert outside_the_gui <= {m for c in contracts if c["type"] == "layers" for layer in c["layers"]
                               for m in layer.split(" | ")}, "every module has a place in the layers"
