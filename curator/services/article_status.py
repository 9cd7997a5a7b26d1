"""An editor finishing an article: marking it done (one undoable change).

The lifecycle rules live in `review.TRANSITIONS`; this is the editor's "mark done"
command over `review.submit_article`, so both paths obey the same moves and roles.
"""

from curator.core.types import ArticleStatus
from curator.services.changes import Change, ChangeBatch
from curator.services.review import submit_article
from curator.services.tagging import editable_article
from curator.storage.db import Database


def mark_done(db: Database, *, article_id: int, user: str, role: str | None = None,
              expected_version: int | None = None) -> Change:
    """Submit an article for review (→ done); undo puts the previous status back.

    ReadOnlyArticle for an approved article; marking a done article done again changes nothing.
    """
    with db.writing() as session:
        batch = ChangeBatch(session, user=user, action="set_status", role=role, expected_version=expected_version)
        if editable_article(batch, article_id).status == ArticleStatus.DONE:
            return Change(action="set_status")
    return submit_article(db, article_id=article_id, user=user, role=role, expected_version=expected_version)
