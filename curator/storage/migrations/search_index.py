"""What the migrations of SQLite's search index share (0002-0004, 0007, 0008, 0012, 0013).

The index is an FTS5 table, which only SQLite has; on PostgreSQL these migrations leave the schema
alone, and 0009 makes that engine's own index.
"""

from collections.abc import Callable
from functools import wraps

from alembic import op


def on_sqlite() -> bool:
    """Whether the library being upgraded is a SQLite one (the FTS5 index is SQLite's own)."""
    return op.get_bind().dialect.name == "sqlite"


def sqlite_only(step: Callable[[], None]) -> Callable[[], None]:
    """A migration step that changes the FTS5 index, and nothing on another engine."""
    @wraps(step)
    def run() -> None:
        if on_sqlite():
            step()
    return run


def rebuild_in_background() -> None:
    """Empty the search index and queue every article for the background indexer, which indexes it
    again the way the running code indexes; until then the search finds it by the scan."""
    if not on_sqlite():
        return  # no FTS5 index to empty; PostgreSQL's indexes each article as it is written
    op.execute("INSERT INTO article_fts(article_fts) VALUES ('delete-all')")
    op.execute("UPDATE article SET indexed = 0")


# FTS5 gathers this many bytes of new tokens in memory before writing a segment (1 MB by default):
# a big import writes and merges fewer segments.
HASH_BYTES = 16 * 2**20
# FTS5 merges segments of one size once this many have gathered (4 by default). Each merge writes
# every token of them again: at 16, a 100,000-article import writes each token about twice rather
# than three or four times, a fifth less of the index's CPU time; a search then looks a token up in
# at most 15 segments of each size, a few at most (migration 0013).
MERGE_AT = 16


def set_merging(segments: int) -> None:
    """Have FTS5 merge the index's segments of one size once `segments` of them have gathered."""
    op.execute(f"INSERT INTO article_fts(article_fts, rank) VALUES ('automerge', {segments})")


def recreate_index(arguments: str) -> None:
    """An empty index made with these FTS5 arguments; every article queued for the background
    indexer, which indexes it again the way the running code indexes."""
    op.execute("DROP TABLE article_fts")
    op.execute(f"CREATE VIRTUAL TABLE article_fts USING fts5({arguments})")
    op.execute(f"INSERT INTO article_fts(article_fts, rank) VALUES ('hashsize', {HASH_BYTES})")
    set_merging(MERGE_AT)
    op.execute("UPDATE article SET indexed = 0")
