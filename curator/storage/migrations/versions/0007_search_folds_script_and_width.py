"""The search index holds each article as the search now reads it: traditional articles in
simplified script, and full-width letters and digits (ＡＢＣ１２３) as plain ones, so that 银行
finds 銀行 and ABC123 finds ＡＢＣ１２３.

The index is rebuilt in the background, as after 0004; until an article is indexed again, the
search finds it by the scan, which folds alike.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-08
"""

from curator.storage.migrations.search_index import rebuild_in_background

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    rebuild_in_background()


def downgrade() -> None:
    rebuild_in_background()  # the same columns: the older code rebuilds the index it knows
