"""The search index's tokens come lower-cased (curator.core.search_tokens), so FTS5 only has to split
them at spaces: its `ascii` tokenizer does that in two thirds of the CPU time unicode61 took to fold
every token's case itself, the largest part of what writing an article costs an import.

The index is rebuilt in the background, as after 0008; until an article is indexed again, the
search finds it by the scan.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-07
"""

from curator.storage.migrations.search_index import recreate_index, sqlite_only

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

OPTIONS = "title, body, ends, content='', detail=none"


@sqlite_only
def upgrade() -> None:
    recreate_index(f"{OPTIONS}, tokenize='ascii'")


@sqlite_only
def downgrade() -> None:
    recreate_index(f"{OPTIONS}, tokenize='unicode61 remove_diacritics 0'")
