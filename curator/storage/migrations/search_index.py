"""What a migration does when it changes what the search index holds (0004, 0007)."""

from alembic import op


def rebuild_in_background() -> None:
    """Empty the search index and queue every article for the background indexer, which indexes it
    again the way the running code indexes; until then the search finds it by the scan."""
    op.execute("INSERT INTO article_fts(article_fts) VALUES ('delete-all')")
    op.execute("UPDATE article SET indexed = 0")
