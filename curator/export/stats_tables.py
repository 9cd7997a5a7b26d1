"""The library's statistics (services.stats) as four tables for Excel, one row per count."""

COLUMNS = {
    "articles": ("status", "articles"),
    "mentions": ("kind", "status", "mentions"),
    "top": ("kind", "rank", "entity_id", "name", "articles", "mentions"),
    "by_user": ("user", "day", "tagged", "reviewed", "settled"),
}
WIDTHS = {"articles": (18, 10), "mentions": (12, 10, 10), "top": (12, 6, 10, 30, 10, 10), "by_user": (16, 12, 9, 9, 9)}
# Columns that never hold free text: the CSV writer need not check them for formula starts.
SAFE_COLUMNS = frozenset({"status", "articles", "kind", "mentions", "rank", "entity_id", "day", "tagged", "reviewed",
                          "settled"})


def tables(stats: dict) -> dict[str, list[tuple]]:
    """Rows of each table from `LibraryStats.as_dict()`, in COLUMNS order."""
    return {
        "articles": list(stats["articles"].items()),
        "mentions": [(kind, status, n) for kind, counts in stats["mentions"].items() for status, n in counts.items()],
        "top": [(kind, rank, e["id"], e["name"], e["articles"], e["mentions"])
                for kind, entities in stats["top"].items() for rank, e in enumerate(entities, 1)],
        "by_user": [(d["user"], d["day"], d["tagged"], d["reviewed"], d["settled"]) for d in stats["by_user"]],
    }
