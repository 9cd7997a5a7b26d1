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

from curator.storage.migrations.search_index import recreate_index, sqlite_only

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

COLUMNS = "title, body, ends, content='', tokenize='unicode61 remove_diacritics 0'"


@sqlite_only
def upgrade() -> None:
    recreate_index(f"{COLUMNS}, detail=none")


@sqlite_only
def downgrade() -> None:
    recreate_index(COLUMNS)
