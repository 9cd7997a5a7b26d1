"""The time and the user every recorded action carries."""

import getpass
from datetime import UTC, date, datetime, time


def now() -> datetime:
    """The current time, timezone-aware in UTC (the store keeps UTC)."""
    return datetime.now(UTC)


def day_start(day: date | None) -> datetime | None:
    """The first moment of a day of this computer's calendar, in UTC as the history keeps times."""
    return None if day is None else datetime.combine(day, time.min).astimezone(UTC)


def system_user() -> str:
    """The operating-system login, the default name actions are recorded under."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "editor"
