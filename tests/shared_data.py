"""Where the shared data lies: ../shared beside the repository, wherever the repository is.

Tests and benchmarks find it here; a missing folder is an error, never a quiet skip.
"""

from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared"


def shared(*parts: str) -> Path:
    """A path under ../shared; FileNotFoundError when it is not there."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(f"{path} is missing: the repository expects the shared data in ../shared beside it")
    return path
