"""The entity registry: every entity row gets the key its name is known by (script, width and
spaces folded), a parent and a place to be merged into; alias proposals get their table.

Rows whose names fold to one key (工商銀行, 工商银行) become one entity: the oldest row stays the
entity, the others become its aliases, and their mentions move to it. The never-used
entity_alias table goes: aliases are now entity rows merged into another.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

from curator.core.script import name_key

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Columns are added in place: rebuilding the entity table (Alembic's batch mode) would drop it
    # under the mentions' foreign keys, which SQLite keeps on inside the migration's transaction.
    op.add_column("entity", sa.Column("key", sa.String(), nullable=False, server_default=""))
    for column in ("merged_into", "parent_id"):
        _add_reference(column)
    _fill_keys(op.get_bind())
    op.create_index("ix_entity_kind_key", "entity", ["kind", "key"], unique=False)
    op.create_index(op.f("ix_entity_merged_into"), "entity", ["merged_into"], unique=False)
    op.create_index(op.f("ix_entity_parent_id"), "entity", ["parent_id"], unique=False)
    op.create_table(
        "alias_proposal",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=False),
        sa.Column("alias_id", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["entity_id"], ["entity.id"]),
        sa.ForeignKeyConstraint(["alias_id"], ["entity.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("entity_id", "alias_id"),
    )
    op.drop_index(op.f("ix_entity_alias_alias"), table_name="entity_alias")
    op.drop_table("entity_alias")


def _add_reference(column: str) -> None:
    """A nullable column referring to another entity. SQLite takes the reference inline in ADD
    COLUMN, which Alembic declines to write for it."""
    if op.get_bind().dialect.name == "sqlite":
        op.execute(f"ALTER TABLE entity ADD COLUMN {column} INTEGER REFERENCES entity (id)")
    else:
        op.add_column("entity", sa.Column(column, sa.Integer(), sa.ForeignKey("entity.id"), nullable=True))


def _fill_keys(connection) -> None:
    """Key every row; of rows sharing a kind and key, the oldest is the entity, the rest its aliases."""
    first: dict[tuple[str, str], int] = {}
    moved: list[dict] = []
    for row_id, kind, name in connection.execute(sa.text("SELECT id, kind, name FROM entity ORDER BY id")):
        key = name_key(name)
        entity = first.setdefault((kind, key), row_id)
        connection.execute(sa.text("UPDATE entity SET key = :key, merged_into = :into WHERE id = :id"),
                           {"key": key, "into": None if entity == row_id else entity, "id": row_id})
        if entity != row_id:
            moved.append({"alias": row_id, "entity": entity})
    if not moved:
        return
    connection.execute(sa.text("UPDATE mention SET entity_id = :entity WHERE entity_id = :alias"), moved)
    # Two spellings in one article are now one entity: count the article's distinct entities again.
    for kind, column in (("institution", "n_institutions"), ("figure", "n_figures")):
        connection.execute(sa.text(
            f"UPDATE article SET {column} = (SELECT count(DISTINCT m.entity_id) FROM mention m JOIN entity e"
            f" ON e.id = m.entity_id WHERE m.article_id = article.id AND e.kind = :kind)"), {"kind": kind})


def downgrade() -> None:
    # Spellings merged into one entity cannot be told apart again: their mentions were moved.
    raise NotImplementedError("the entity registry cannot be taken back to one entity per spelling")
