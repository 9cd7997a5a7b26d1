"""How long work reports progress and hears a request to stop."""

from collections.abc import Callable

# Called with (done, total) as work advances.
Progress = Callable[[int, int], None]
# Polled between steps; returning True asks the work to stop at the next safe point.
Cancel = Callable[[], bool]


def no_progress(_done: int, _total: int) -> None:
    """A progress callback that ignores the report."""


def never_cancel() -> bool:
    return False
