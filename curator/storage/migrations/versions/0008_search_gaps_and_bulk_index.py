"""The search index marks where something separates two runs of text (a gap token), so that a
phrase never spans punctuation: 银行长 no longer finds 银行，行长. Its tokens are now made for a
whole text at once (curator.core.search_tokens), and it gathers 16 MB of new tokens in memory
before it writes them out (FTS5's hashsize; 1 MB by default), so a big import writes and merges
far fewer segments.

The index is rebuilt in the background, as after 0007; until an article is indexed again, the
search finds it by the scan.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07
"""

from alembic import op

from curator.storage.migrations.search_index import rebuild_in_background

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

HASH_BYTES = 16 * 2**20
DEFAULT_HASH_BYTES = 2**20


def upgrade() -> None:
    rebuild_in_background()
    _set_hash_size(HASH_BYTES)


def downgrade() -> None:
    rebuild_in_background()  # older code rebuilds the index with the tokens it knows
    _set_hash_size(DEFAULT_HASH_BYTES)


def _set_hash_size(size: int) -> None:
    op.execute(f"INSERT INTO article_fts(article_fts, rank) VALUES ('hashsize', {size})")
