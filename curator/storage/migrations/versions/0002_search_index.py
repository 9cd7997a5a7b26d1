"""Full-text search index over titles and bodies, filled in the background.

Chinese has no spaces, so the index stores overlapping character bigrams as
tokens: a two-character word such as 银行 is then one token, and longer
queries become phrase queries over their bigrams. The table is contentless
(the text already lives in `article`), which keeps the index small.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28
"""

from alembic import op

from curator.storage.migrations.search_index import sqlite_only

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


@sqlite_only
def upgrade() -> None:
    op.execute(
        "CREATE VIRTUAL TABLE article_fts USING fts5("
        "title, body, content='', tokenize='unicode61 remove_diacritics 0')"
    )
    # Articles present before this revision are picked up by the indexer.
    op.execute("UPDATE article SET indexed = 0")


@sqlite_only
def downgrade() -> None:
    op.execute("DROP TABLE article_fts")
