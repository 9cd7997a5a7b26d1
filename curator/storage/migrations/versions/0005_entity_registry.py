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
    for column, kind in (("n_mentions", sa.Integer()), ("n_articles", sa.Integer())):
        op.add_column("entity", sa.Column(column, kind, nullable=False, server_default="0"))
    for column in ("first_seen", "last_seen"):
        op.add_column("entity", sa.Column(column, sa.DateTime(), nullable=True))
    _fill_keys(op.get_bind())
    _count(op.get_bind())
    for trigger in TRIGGERS if op.get_bind().dialect.name == "sqlite" else POSTGRESQL_TRIGGERS:
        op.execute(trigger)
    # The counting triggers ask whether an entity has another mention in an article: one index look-up.
    op.drop_index("ix_mention_entity", table_name="mention")
    op.create_index("ix_mention_entity", "mention", ["entity_id", "article_id"], unique=False)
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


# Each entity's counts and dates follow its mentions in the statement that changes them (tagging,
# bulk imports, merges, deletions by cascade, undo): listing 5,000 entities over a million mentions
# then reads 5,000 rows instead of grouping a million. A removed mention's date is looked up again
# only when it was the first or last one (or its article is gone, or undated).
_PUBLISHED = "(SELECT published FROM article WHERE id = {row}.article_id)"
_SEEN = ("(SELECT {fn}(a.published) FROM mention m JOIN article a ON a.id = m.article_id"
         " WHERE m.entity_id = {row}.entity_id)")
_ADD = f"""UPDATE entity SET
        n_mentions = n_mentions + 1,
        n_articles = n_articles + NOT EXISTS (SELECT 1 FROM mention WHERE entity_id = NEW.entity_id
                                              AND article_id = NEW.article_id AND id != NEW.id),
        first_seen = CASE WHEN first_seen IS NULL OR {_PUBLISHED.format(row="NEW")} < first_seen
                          THEN coalesce({_PUBLISHED.format(row="NEW")}, first_seen) ELSE first_seen END,
        last_seen = CASE WHEN last_seen IS NULL OR {_PUBLISHED.format(row="NEW")} > last_seen
                         THEN coalesce({_PUBLISHED.format(row="NEW")}, last_seen) ELSE last_seen END
    WHERE id = NEW.entity_id;"""
_REMOVE = f"""UPDATE entity SET
        n_mentions = n_mentions - 1,
        n_articles = n_articles - NOT EXISTS (SELECT 1 FROM mention WHERE entity_id = OLD.entity_id
                                              AND article_id = OLD.article_id),
        first_seen = CASE WHEN coalesce({_PUBLISHED.format(row="OLD")} = first_seen, 1)
                          THEN {_SEEN.format(fn="min", row="OLD")} ELSE first_seen END,
        last_seen = CASE WHEN coalesce({_PUBLISHED.format(row="OLD")} = last_seen, 1)
                         THEN {_SEEN.format(fn="max", row="OLD")} ELSE last_seen END
    WHERE id = OLD.entity_id;"""
TRIGGERS = (
    f"CREATE TRIGGER mention_counted AFTER INSERT ON mention BEGIN {_ADD} END",
    f"CREATE TRIGGER mention_uncounted AFTER DELETE ON mention BEGIN {_REMOVE} END",
    f"CREATE TRIGGER mention_moved AFTER UPDATE OF entity_id ON mention WHEN OLD.entity_id != NEW.entity_id"
    f" BEGIN {_REMOVE} {_ADD} END",
    """CREATE TRIGGER article_redated AFTER UPDATE OF published ON article BEGIN
        UPDATE entity SET
            first_seen = (SELECT min(a.published) FROM mention m JOIN article a ON a.id = m.article_id
                          WHERE m.entity_id = entity.id),
            last_seen = (SELECT max(a.published) FROM mention m JOIN article a ON a.id = m.article_id
                         WHERE m.entity_id = entity.id)
        WHERE id IN (SELECT entity_id FROM mention WHERE article_id = NEW.id);
    END""",
)


# PostgreSQL runs a row trigger only once its statement has changed every row, so a row's trigger
# would see the other rows of a bulk insert and count an article twice or never. Its triggers run
# once per statement instead, over the rows it changed (transition tables), with the same effect.
_PG_ADD = """UPDATE entity e SET
        n_mentions = e.n_mentions + a.mentions,
        n_articles = e.n_articles + a.articles,
        first_seen = least(e.first_seen, a.first),
        last_seen = greatest(e.last_seen, a.last)
    FROM (SELECT i.entity_id, count(*) AS mentions,
                 count(DISTINCT i.article_id) FILTER (WHERE NOT EXISTS (
                     SELECT 1 FROM mention m WHERE m.entity_id = i.entity_id AND m.article_id = i.article_id
                     AND NOT EXISTS (SELECT 1 FROM {rows} j WHERE j.id = m.id))) AS articles,
                 min(p.published) AS first, max(p.published) AS last
          FROM {rows} i LEFT JOIN article p ON p.id = i.article_id GROUP BY i.entity_id) a
    WHERE e.id = a.entity_id;"""
_PG_SEEN = ("(SELECT {fn}(p.published) FROM mention m JOIN article p ON p.id = m.article_id"
            " WHERE m.entity_id = e.id)")
_PG_REMOVE = f"""UPDATE entity e SET
        n_mentions = e.n_mentions - r.mentions,
        n_articles = e.n_articles - r.articles,
        first_seen = CASE WHEN r.undated OR r.first <= e.first_seen THEN {_PG_SEEN.format(fn="min")}
                          ELSE e.first_seen END,
        last_seen = CASE WHEN r.undated OR r.last >= e.last_seen THEN {_PG_SEEN.format(fn="max")}
                         ELSE e.last_seen END
    FROM (SELECT d.entity_id, count(*) AS mentions,
                 count(DISTINCT d.article_id) FILTER (WHERE NOT EXISTS (
                     SELECT 1 FROM mention m WHERE m.entity_id = d.entity_id AND m.article_id = d.article_id))
                     AS articles,
                 bool_or(p.published IS NULL) AS undated, min(p.published) AS first, max(p.published) AS last
          FROM {{rows}} d LEFT JOIN article p ON p.id = d.article_id GROUP BY d.entity_id) r
    WHERE e.id = r.entity_id;"""
_PG_MOVED = "(SELECT {side}.* FROM old_rows o JOIN new_rows n ON n.id = o.id WHERE o.entity_id <> n.entity_id)"


def _pg_function(name: str, body: str) -> str:
    return (f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$"
            f" BEGIN {body} RETURN NULL; END $$")


POSTGRESQL_TRIGGERS = (
    _pg_function("mention_counted", _PG_ADD.format(rows="added")),
    "CREATE TRIGGER mention_counted AFTER INSERT ON mention REFERENCING NEW TABLE AS added"
    " FOR EACH STATEMENT EXECUTE FUNCTION mention_counted()",
    _pg_function("mention_uncounted", _PG_REMOVE.format(rows="removed")),
    "CREATE TRIGGER mention_uncounted AFTER DELETE ON mention REFERENCING OLD TABLE AS removed"
    " FOR EACH STATEMENT EXECUTE FUNCTION mention_uncounted()",
    _pg_function("mention_moved", _PG_REMOVE.format(rows=_PG_MOVED.format(side="o"))
                 + _PG_ADD.format(rows=_PG_MOVED.format(side="n"))),
    # Transition tables are not allowed with UPDATE OF a column: the function picks the moved rows.
    "CREATE TRIGGER mention_moved AFTER UPDATE ON mention REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows"
    " FOR EACH STATEMENT EXECUTE FUNCTION mention_moved()",
    _pg_function("article_redated", """UPDATE entity SET
            first_seen = (SELECT min(a.published) FROM mention m JOIN article a ON a.id = m.article_id
                          WHERE m.entity_id = entity.id),
            last_seen = (SELECT max(a.published) FROM mention m JOIN article a ON a.id = m.article_id
                         WHERE m.entity_id = entity.id)
        WHERE id IN (SELECT entity_id FROM mention WHERE article_id = NEW.id);"""),
    "CREATE TRIGGER article_redated AFTER UPDATE OF published ON article FOR EACH ROW"
    " WHEN (OLD.published IS DISTINCT FROM NEW.published) EXECUTE FUNCTION article_redated()",
)

def _count(connection) -> None:
    """Counts and dates of the mentions already there, in one pass."""
    connection.execute(sa.text(
        "UPDATE entity SET (n_mentions, n_articles, first_seen, last_seen) = (SELECT count(*),"
        " count(DISTINCT m.article_id), min(a.published), max(a.published) FROM mention m"
        " JOIN article a ON a.id = m.article_id WHERE m.entity_id = entity.id)"
        " WHERE id IN (SELECT entity_id FROM mention)"))


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
