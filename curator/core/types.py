"""The closed vocabularies of the domain, shared by every layer."""

from enum import StrEnum


class Kind(StrEnum):
    """What a tagged span names."""

    INSTITUTION = "institution"
    FIGURE = "figure"


class Role(StrEnum):
    """Who is at the keyboard: an editor tags and submits, a reviewer checks and decides, and an
    admin of a team library does what a reviewer does and says who is who."""

    EDITOR = "editor"
    REVIEWER = "reviewer"
    ADMIN = "admin"


def reviews(role: str | None) -> bool:
    """Whether `role` may do a reviewer's work (approve, reject, reopen)."""
    return role in (Role.REVIEWER, Role.ADMIN)


class ArticleStatus(StrEnum):
    """An article's place in the tag → submit → review lifecycle."""

    NEW = "new"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    APPROVED = "approved"
    CHANGES_REQUESTED = "changes_requested"


class MentionStatus(StrEnum):
    """A reviewer's verdict on one mention."""

    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"


class Origin(StrEnum):
    """How a mention came to exist."""

    MANUAL = "manual"
    SUGGESTED = "suggested"
    IMPORTED = "imported"


class Script(StrEnum):
    """The Chinese script an article is written in."""

    SIMPLIFIED = "simplified"
    TRADITIONAL = "traditional"


class EventAction(StrEnum):
    """What one entry of the history records; undo and redo know how to replay each of them."""

    TAGGED = "tagged"
    SUGGESTION_ACCEPTED = "suggestion_accepted"
    UNTAGGED = "untagged"
    KIND_CHANGED = "kind_changed"
    REVIEWED = "reviewed"
    SUGGESTION_REJECTED = "suggestion_rejected"
    STATUS_CHANGED = "status_changed"
    ARTICLE_DELETED = "article_deleted"
    ARTICLE_IMPORTED = "article_imported"
    ENTITY_MERGED = "entity_merged"
    ENTITY_SPLIT = "entity_split"
    ENTITY_RENAMED = "entity_renamed"
    ENTITY_PARENT_SET = "entity_parent_set"
    ALIAS_PROPOSAL_DECIDED = "alias_proposal_decided"
    ARTICLE_EDITED = "article_edited"  # title, source, author, published time or URL; never the text
    MEMBER_GRANTED = "member_granted"  # a user given a role in a team library (or another role)
    MEMBER_REVOKED = "member_revoked"
    # Blind tagging: an editor's own layer of an assigned article, and the assignment's course
    ASSIGNED = "assigned"
    UNASSIGNED = "unassigned"  # an article taken back from an editor, with their blind tags
    BLIND_TAGGED = "blind_tagged"
    BLIND_UNTAGGED = "blind_untagged"
    BLIND_KIND_CHANGED = "blind_kind_changed"
    LAYER_DONE = "layer_done"
    SETTLED = "settled"
    # A tag of an editor's layer that the reviewer's settling made one of the article's tags: the
    # reviewer's step (statistics count it as settling), the editor's tag (its annotator).
    TAG_SETTLED = "tag_settled"
