"""Where the data files shipped in `resources/` live."""

import sys
from pathlib import Path


def _resources_dir() -> Path:
    """The repository's resources/ (a source checkout or editable install), else the installed copy."""
    beside_package = Path(__file__).resolve().parents[2] / "resources"
    if beside_package.is_dir():
        return beside_package
    return Path(sys.prefix) / "share" / "curator" / "resources"


RESOURCES_DIR = _resources_dir()


def resource_path(*parts: str) -> Path:
    """Path of a file under `resources/`."""
    return RESOURCES_DIR.joinpath(*parts)


def read_lines(*parts: str) -> list[str]:
    """Non-empty, non-comment lines of a resource list file (one entry a line, `#` starts a comment)."""
    lines = resource_path(*parts).read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]
