"""Reviewing: the article lifecycle, verdicts on mentions and the review queue.

Every call is one `ChangeBatch`, so it lands in the history with its user and time and
one undo reverts it. `role` is the caller's role from the settings ("editor" or
"reviewer"); None skips the role check (scripts and tests that act as both). In a team library
the role stored for the user counts instead (services.roles).
"""


from curator.core.errors import CuratorError, Invalid, Msg
from curator.core.types import ArticleStatus, EventAction, MentionStatus, Role, reviews
from curator.services.changes import Change, ChangeBatch
from curator.services.library import NotFound
from curator.storage import articles as article_store
from curator.storage import mentions as mention_store
from curator.storage.articles import ArticleFilter, ArticleSummary
from curator.storage.db import Database
from curator.storage.tables import Article

EDITOR, REVIEWER = Role.EDITOR, Role.REVIEWER
S = ArticleStatus

# (from, to) → the least role that may make the move; a reviewer may also make editor moves.
# Edits move new/done/changes_requested back to in_progress on their own (see tagging).
TRANSITIONS: dict[tuple[ArticleStatus, ArticleStatus], str] = {
    (S.NEW, S.IN_PROGRESS): EDITOR,
    (S.NEW, S.DONE): EDITOR,  # an article with nothing to tag is submitted as it is
    (S.IN_PROGRESS, S.DONE): EDITOR,
    (S.CHANGES_REQUESTED, S.IN_PROGRESS): EDITOR,
    (S.CHANGES_REQUESTED, S.DONE): EDITOR,  # resubmitted, e.g. when the editor disagrees with the note
    (S.DONE, S.IN_PROGRESS): EDITOR,  # withdrawn for more work before review
    (S.DONE, S.APPROVED): REVIEWER,
    (S.DONE, S.CHANGES_REQUESTED): REVIEWER,
    (S.APPROVED, S.IN_PROGRESS): REVIEWER,  # reopened: the only way to edit an approved article
}


class ReviewerOnly(CuratorError, PermissionError):
    """An editor asked for what only a reviewer (or an admin) may do."""


def _require(batch: ChangeBatch, needed: str, refusal: Msg, **params: object) -> None:
    """ReviewerOnly(`refusal`, role=…, **params) when `needed` is the reviewer and the batch's role
    may not review (no role acts as both)."""
    if batch.role is not None and needed == REVIEWER and not reviews(batch.role):
        raise ReviewerOnly(refusal, role=batch.role, **params)


def _article(batch: ChangeBatch, article_id: int) -> Article:
    """The article, as the caller saw it (NotFound, Conflict otherwise)."""
    article = batch.seen(article_store.get_article(batch.session, article_id))
    if article is None:
        raise NotFound(Msg.NO_ARTICLE, article_id=article_id)
    return article


def check_transition(current: str, target: str) -> str:
    """The role a move needs; ValueError naming the allowed moves when it is not one."""
    try:
        wanted = ArticleStatus(target)
    except ValueError:
        raise ValueError(f"unknown status {target!r} (one of: {', '.join(s.value for s in ArticleStatus)})") from None
    source = ArticleStatus(current)
    needed = TRANSITIONS.get((source, wanted))
    if needed is None:
        # Every status has a move out of it, so `allowed` is never empty.
        allowed = ", ".join(to.value for (frm, to) in TRANSITIONS if frm == source)
        raise Invalid(Msg.MOVE_REFUSED, current=source, target=wanted, allowed=allowed)
    return needed


def _approve_pending(batch: ChangeBatch, article_id: int) -> None:
    for mention_id in mention_store.pending_mention_ids(batch.session, article_id):
        batch.update_mention(mention_id, EventAction.REVIEWED, status=str(MentionStatus.APPROVED),
                             reviewer=batch.user, reviewed_at=batch.at)


def set_article_status(db: Database, *, article_id: int, status: ArticleStatus | str, user: str,
                       note: str | None = None, role: str | None = None, expected_version: int | None = None) -> Change:
    """Move an article along its lifecycle; a reviewer's verdict records reviewer, time and note.

    Approving also approves the mentions still pending (one undo step) and is refused
    while any mention is rejected: the verdicts would contradict each other.
    """
    with db.writing() as session:
        batch = ChangeBatch(session, user=user, action="set_status", role=role, expected_version=expected_version)
        article = _article(batch, article_id)
        needed = check_transition(article.status, str(status))
        target = ArticleStatus(status)
        _require(batch, needed, Msg.REVIEWER_ONLY_MOVE, status=target)
        if note and needed != REVIEWER:
            raise Invalid(Msg.NOTE_WITHOUT_VERDICT)
        if target == S.APPROVED:
            rejected = [m for m in mention_store.article_mentions(session, article_id) if m.status == "rejected"]
            if rejected:
                raise Invalid(Msg.REJECTED_MENTIONS, article_id=article_id, count=len(rejected))
            _approve_pending(batch, article_id)
        review = {"reviewer": user, "reviewed_at": batch.at, "review_note": note} if needed == REVIEWER else {}
        batch.set_article_status(article, target, **review)
        return batch.finish()


def submit_article(db: Database, *, article_id: int, user: str, **options) -> Change:
    """The editor hands the article in for review (→ done); `options` as for set_article_status."""
    return set_article_status(db, article_id=article_id, status=S.DONE, user=user, **options)


def approve_article(db: Database, *, article_id: int, user: str, **options) -> Change:
    return set_article_status(db, article_id=article_id, status=S.APPROVED, user=user, **options)


def request_changes(db: Database, *, article_id: int, user: str, **options) -> Change:
    return set_article_status(db, article_id=article_id, status=S.CHANGES_REQUESTED, user=user, **options)


def reopen_article(db: Database, *, article_id: int, user: str, **options) -> Change:
    """Make an approved article editable again (→ in_progress)."""
    return set_article_status(db, article_id=article_id, status=S.IN_PROGRESS, user=user, **options)


def review_mention(db: Database, *, mention_id: int, verdict: MentionStatus | str, user: str,
                   comment: str | None = None, role: str | None = None, expected_version: int | None = None) -> Change:
    """Approve or reject one mention; a rejected one stays, with its comment, until fixed or removed."""
    verdict = MentionStatus(verdict)
    if verdict == MentionStatus.PENDING:
        raise ValueError("a verdict is approved or rejected (undo takes a verdict back)")
    with db.writing() as session:
        batch = ChangeBatch(session, user=user, action="review", role=role, expected_version=expected_version)
        _require(batch, REVIEWER, Msg.REVIEWER_ONLY_VERDICT)
        mention = mention_store.mention_view(session, mention_id)
        if mention is None:
            raise NotFound(Msg.NO_MENTION, mention_id=mention_id)
        article = _article(batch, mention.article_id)
        if article.status == S.APPROVED:
            raise Invalid(Msg.VERDICT_ON_APPROVED, article_id=article.id)
        batch.update_mention(mention_id, EventAction.REVIEWED, status=str(verdict), reviewer=user,
                             reviewed_at=batch.at, comment=comment)
        return batch.finish()


def approve_remaining(db: Database, *, article_id: int, user: str, role: str | None = None,
                      expected_version: int | None = None) -> Change:
    """Approve every mention of an article still pending (one undo step); verdicts already given stay."""
    with db.writing() as session:
        batch = ChangeBatch(session, user=user, action="approve_remaining", role=role,
                            expected_version=expected_version)
        _require(batch, REVIEWER, Msg.REVIEWER_ONLY_VERDICT)
        article = _article(batch, article_id)
        if article.status == S.APPROVED:
            raise Invalid(Msg.VERDICTS_ON_APPROVED, article_id=article_id)
        _approve_pending(batch, article_id)
        return batch.finish()


def review_queue(db: Database, *, offset: int = 0, limit: int | None = None) -> list[ArticleSummary]:
    """Articles waiting for a reviewer (status done), oldest first."""
    with db.session() as session:
        return article_store.list_articles(session, ArticleFilter(status=S.DONE), offset=offset, limit=limit)


def mention_dict(mention) -> dict:
    """A mention's JSON shape (command line, and any caller that wants plain data)."""
    return {
        "id": mention.id, "start": mention.start, "end": mention.end, "text": mention.surface,
        "kind": mention.kind, "entity": mention.entity, "status": mention.status, "origin": mention.origin,
        "annotator": mention.annotator, "reviewer": mention.reviewer, "comment": mention.comment,
    }


def get_mention(db: Database, mention_id: int):
    """One mention as the views see it; NotFound when there is none."""
    with db.session() as session:
        mention = mention_store.mention_view(session, mention_id)
    if mention is None:
        raise NotFound(Msg.NO_MENTION, mention_id=mention_id)
    return mention
