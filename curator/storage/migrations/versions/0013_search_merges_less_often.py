"""The search index merges its segments once sixteen of one size have gathered, not four
(search_index.MERGE_AT): each merge writes all their tokens again, and a big import spent a
quarter of the index's time on merges it now skips. FTS5 keeps the setting in the index itself;
nothing is indexed again.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-07
"""

from curator.storage.migrations.search_index import MERGE_AT, set_merging, sqlite_only

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

FTS5_DEFAULT = 4


@sqlite_only
def upgrade() -> None:
    set_merging(MERGE_AT)


@sqlite_only
def downgrade() -> None:
    set_merging(FTS5_DEFAULT)
