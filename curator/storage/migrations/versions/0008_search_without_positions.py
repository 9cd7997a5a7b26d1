"""The search index records which articles hold each token, without positions (FTS5 detail=none),
and each article's distinct tokens once: it was twice the size of the text and half the import's
time. Letters and digits are read as bigrams like Han characters, and lone characters are marked in
the `ends` column (curator.core.search_tokens). It gathers 16 MB of new tokens in memory before
writing them out (FTS5's hashsize; 1 MB by default), so a big import writes and merges fewer
segments.

The index is rebuilt in the background, as after 0007; until an article is indexed again, the
search finds it by the scan.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07
"""

from alembic import op

from curator.storage.migrations.search_index import sqlite_only

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

HASH_BYTES = 16 * 2**20
COLUMNS = "title, body, ends, content='', tokenize='unicode61 remove_diacritics 0'"


@sqlite_only
def upgrade() -> None:
    _recreate(f"{COLUMNS}, detail=none")
    op.execute(f"INSERT INTO article_fts(article_fts, rank) VALUES ('hashsize', {HASH_BYTES})")


@sqlite_only
def downgrade() -> None:
    _recreate(COLUMNS)


def _recreate(arguments: str) -> None:
    """An empty index of that shape; every article queued for the background indexer, which
    indexes it again the way the running code indexes."""
    op.execute("DROP TABLE article_fts")
    op.execute(f"CREATE VIRTUAL TABLE article_fts USING fts5({arguments})")
    op.execute("UPDATE article SET indexed = 0")
