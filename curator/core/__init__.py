"""Plain-Python domain: kinds, statuses, text rules and offsets. No Qt, no SQL."""
