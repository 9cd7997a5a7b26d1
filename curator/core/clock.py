"""The time and the user every recorded action carries."""

import getpass
from datetime import UTC, datetime


def now() -> datetime:
    """The current time, timezone-aware in UTC (the store keeps UTC)."""
    return datetime.now(UTC)


def system_user() -> str:
    """The operating-system login, the default name actions are recorded under."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "editor"
