"""The search index of a library on PostgreSQL: each article's distinct search tokens (the same as
SQLite's FTS5 index holds, curator.core.search_tokens) in a tsvector, under a GIN index.

The tokens are stored as they are made (array_to_tsvector), never parsed by a text search
configuration, so both engines find exactly the same articles. A row goes with its article.
SQLite keeps its FTS5 index (0002-0008) and is left alone here.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07
"""

from alembic import op

from curator.storage.migrations.search_index import on_sqlite

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if on_sqlite():
        return
    op.execute("CREATE TABLE article_search (article_id integer PRIMARY KEY"
               " REFERENCES article (id) ON DELETE CASCADE, tokens tsvector NOT NULL)")
    op.execute("CREATE INDEX ix_article_search_tokens ON article_search USING gin (tokens)")
    op.execute("UPDATE article SET indexed = false")


def downgrade() -> None:
    if not on_sqlite():
        op.execute("DROP TABLE article_search")
