"""The search index lists the common characters each article holds, so that a search for one of
them (的, 行, 王) is one look-up instead of a prefix query over every bigram it begins (1.2 s at
100,000 articles).

The index is rebuilt in the background, as after 0003; until an article is indexed again, the
search finds it by the scan.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-07
"""

from curator.storage.migrations.search_index import rebuild_in_background

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    rebuild_in_background()


def downgrade() -> None:
    rebuild_in_background()  # the same columns: the older code rebuilds the index it knows
