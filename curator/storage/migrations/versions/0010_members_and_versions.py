"""Who is who, and no lost updates (issue 15): the members of a team library with their roles, and
a version per article that every change moves on.

`article.version` starts at 0 for the articles already there; `event.version` is the article's
version an event last brought it to (when it was recorded, undone or redone), so that a change
refused as stale can say what happened since the version the caller saw. `member` is empty in a
library that nobody shared: its roles are then the ones each user chooses, as before.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-08
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("article", sa.Column("version", sa.Integer(), nullable=False, server_default="0"))
    op.add_column("event", sa.Column("version", sa.Integer(), nullable=True))
    op.create_table(
        "member",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user", sa.String(), nullable=False),
        sa.Column("role", sa.String(), nullable=False),
        sa.Column("granted_by", sa.String(), nullable=False),
        sa.Column("granted_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("user"),
        sa.CheckConstraint("role IN ('editor', 'reviewer', 'admin')", name="ck_member_role"),
    )


def downgrade() -> None:
    op.drop_table("member")
    with op.batch_alter_table("event") as table:
        table.drop_column("version")
    with op.batch_alter_table("article") as table:
        table.drop_column("version")
