"""The SQLModel tables. Their shape changes only through an Alembic migration."""

from datetime import datetime

from sqlalchemy import CheckConstraint, Column, ForeignKey, Index, Integer, UniqueConstraint
from sqlalchemy import text as sql_text
from pydantic import NaiveDatetime
from sqlmodel import Field, SQLModel


class Article(SQLModel, table=True):
    """An imported article. `text` is immutable: mentions point into it by code-point offsets."""

    # Dates, statuses and sources without crossing the bodies stored before them (statistics, filters).
    __table_args__ = (Index("ix_article_published", "published", "status"), Index("ix_article_source", "source"))

    id: int | None = Field(default=None, primary_key=True)
    title: str
    text: str
    source: str | None = None
    url: str | None = None
    author: str | None = None
    # The wall-clock time printed with the article, without a zone: a news date
    # must read the same wherever the library is opened.
    published: NaiveDatetime | None = None
    script: str = "simplified"
    format: str = "txt"
    file: str | None = None
    content_hash: str = Field(unique=True)
    chars: int = 0
    status: str = Field(default="new", index=True)
    imported_at: datetime
    updated_at: datetime
    # Distinct entities per kind, kept current by the tagging service so the
    # article list can sort 100,000 rows without aggregating mentions.
    n_institutions: int = 0
    n_figures: int = 0
    reviewer: str | None = None
    reviewed_at: datetime | None = None
    review_note: str | None = None
    # False until the background search indexer has seen the article.
    indexed: bool = Field(default=False, index=True)
    # Moves on with every change to the article, in the change's transaction: a change made from a
    # view of an older version is refused instead of overwriting what another user did since.
    version: int = 0


class Entity(SQLModel, table=True):
    """A name of an institution or figure. A row with `merged_into` empty is an entity of the
    registry (its `name` is the canonical one); a row merged into another is one of that entity's
    aliases. Mentions always point at the entity, never at an alias.

    `key` is the name folded (script, width, spaces: core.script.name_key): tagging another
    spelling of a known name finds its entity through it.
    """

    __table_args__ = (UniqueConstraint("kind", "name"), Index("ix_entity_kind_key", "kind", "key"))

    id: int | None = Field(default=None, primary_key=True)
    kind: str
    name: str
    key: str
    merged_into: int | None = Field(default=None, sa_column=Column(Integer, ForeignKey("entity.id"), index=True))
    # A branch's bank, a sub-branch's branch: an entity of the registry, never an alias.
    parent_id: int | None = Field(default=None, sa_column=Column(Integer, ForeignKey("entity.id"), index=True))
    # Kept by triggers on mention and article (migration 0005) in the statement that changes them;
    # a bulk import counts its mentions in one grouped statement instead (mentions.insert_first_mentions).
    n_mentions: int = 0
    n_articles: int = 0
    first_seen: datetime | None = None  # the earliest and latest date of its articles
    last_seen: datetime | None = None


class AliasProposal(SQLModel, table=True):
    """A likely second name of an entity (工行 for 中国工商银行), proposed and never merged silently:
    an editor confirms it (the two become one entity) or dismisses it (it is not proposed again)."""

    __tablename__ = "alias_proposal"
    __table_args__ = (UniqueConstraint("entity_id", "alias_id"),)

    id: int | None = Field(default=None, primary_key=True)
    entity_id: int = Field(sa_column=Column(Integer, ForeignKey("entity.id"), nullable=False))
    alias_id: int = Field(sa_column=Column(Integer, ForeignKey("entity.id"), nullable=False))
    reason: str  # short_form or place_prefix
    status: str = "proposed"  # proposed, confirmed, dismissed


class Mention(SQLModel, table=True):
    """One tagged span: code-point offsets [start, end) into its article's text."""

    __table_args__ = (
        UniqueConstraint("article_id", "start", "end"),
        Index("ix_mention_entity", "entity_id", "article_id"),
        Index("ix_mention_entity_status", "entity_id", "status", "article_id"),  # statistics, read from the index alone
        {"sqlite_autoincrement": True},
    )

    id: int | None = Field(default=None, primary_key=True)
    article_id: int = Field(sa_column=Column(Integer, ForeignKey("article.id", ondelete="CASCADE"), nullable=False))
    entity_id: int = Field(sa_column=Column(Integer, ForeignKey("entity.id"), nullable=False))
    start: int
    end: int
    surface: str
    origin: str = "manual"
    score: float | None = None
    status: str = "pending"
    annotator: str
    annotated_at: datetime
    reviewer: str | None = None
    reviewed_at: datetime | None = None
    comment: str | None = None


class Event(SQLModel, table=True):
    """One entry of the history: who did what, when. `data` holds what undo needs (JSON)."""

    __table_args__ = (
        Index("ix_event_article", "article_id", "id"),
        Index("ix_event_work", "action", "undone", "user", sql_text("substr(at, 1, 13)"), "at"),  # see stats.work_by_user
    )

    id: int | None = Field(default=None, primary_key=True)
    at: datetime
    user: str
    action: str
    article_id: int | None = None
    mention_id: int | None = None
    # Events written by one service call share a batch, so undo reverts them together.
    batch: str = Field(index=True)
    data: str = "{}"
    undone: bool = False
    # The article's version this event last brought it to (recorded, undone or redone): what
    # happened to an article since a version is its events above that version.
    version: int | None = None


class RejectedSuggestion(SQLModel, table=True):
    """A suggestion an editor turned down: never offered again at that span."""

    __tablename__ = "rejected_suggestion"
    __table_args__ = (
        UniqueConstraint("article_id", "start", "end", "kind"),
        Index("ix_rejected_name", "name", "kind"),
    )

    id: int | None = Field(default=None, primary_key=True)
    article_id: int = Field(sa_column=Column(Integer, ForeignKey("article.id", ondelete="CASCADE"), nullable=False))
    start: int
    end: int
    kind: str
    name: str
    user: str
    at: datetime


class Member(SQLModel, table=True):
    """A user of a team library and their role. A library without members is one person's: each
    user then acts in the role they choose, as before libraries were shared."""

    __table_args__ = (CheckConstraint("role IN ('editor', 'reviewer', 'admin')", name="ck_member_role"),)

    id: int | None = Field(default=None, primary_key=True)
    user: str = Field(unique=True)
    role: str
    granted_by: str
    granted_at: datetime


class Assignment(SQLModel, table=True):
    """An article given to an editor to tag blind (issue 15's agreement between annotators): a
    reviewer gives one article to two or more editors, each tags it in a layer of their own that
    the others do not see, and the reviewer settles their disagreements into the article's tags.
    The layers stay once settled: agreement is measured on them."""

    __table_args__ = (UniqueConstraint("article_id", "annotator"), Index("ix_assignment_annotator", "annotator"))

    id: int | None = Field(default=None, primary_key=True)
    article_id: int = Field(sa_column=Column(Integer, ForeignKey("article.id", ondelete="CASCADE"), nullable=False))
    annotator: str
    assigned_by: str
    assigned_at: datetime
    done_at: datetime | None = None  # the annotator marked their layer done
    settled_by: str | None = None  # the reviewer who made the article's tags from the layers
    settled_at: datetime | None = None


class BlindTag(SQLModel, table=True):
    """A span one annotator tagged in their own layer of an assigned article: code-point offsets
    into its text, as a mention's. It names no entity: the registry hears of it when the reviewer
    settles it into the article's tags."""

    __tablename__ = "blind_tag"
    __table_args__ = (UniqueConstraint("article_id", "annotator", "start", "end"), {"sqlite_autoincrement": True})

    id: int | None = Field(default=None, primary_key=True)
    article_id: int = Field(sa_column=Column(Integer, ForeignKey("article.id", ondelete="CASCADE"), nullable=False))
    annotator: str
    start: int
    end: int
    kind: str
    surface: str
    tagged_at: datetime
