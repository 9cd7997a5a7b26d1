"""Agreement between annotators (issue 15): articles assigned to editors who tag them blind, each
in a layer of their own, and the spans of those layers.

Both tables are new and nothing else reads them: the article's own tags, the registry's counts,
exports and statistics stay as they were.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def _article_id() -> sa.Column:
    return sa.Column("article_id", sa.Integer(), sa.ForeignKey("article.id", ondelete="CASCADE"), nullable=False)


def upgrade() -> None:
    op.create_table(
        "assignment",
        sa.Column("id", sa.Integer(), nullable=False),
        _article_id(),
        sa.Column("annotator", sa.String(), nullable=False),
        sa.Column("assigned_by", sa.String(), nullable=False),
        sa.Column("assigned_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("done_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("settled_by", sa.String(), nullable=True),
        sa.Column("settled_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("article_id", "annotator"),
    )
    op.create_index("ix_assignment_annotator", "assignment", ["annotator"])
    op.create_table(
        "blind_tag",
        sa.Column("id", sa.Integer(), nullable=False),
        _article_id(),
        sa.Column("annotator", sa.String(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("surface", sa.String(), nullable=False),
        sa.Column("tagged_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("article_id", "annotator", "start", "end"),
        sqlite_autoincrement=True,
    )


def downgrade() -> None:
    op.drop_table("blind_tag")
    op.drop_index("ix_assignment_annotator", table_name="assignment")
    op.drop_table("assignment")
