"""An editor finishing an article: marking it done (one undoable change)."""

from curator.core.types import ArticleStatus
from curator.services.changes import Change, ChangeBatch
from curator.services.tagging import _editable_article
from curator.storage.db import Database


def mark_done(db: Database, *, article_id: int, user: str) -> Change:
    """Set an article's status to done; undo puts the previous status back."""
    with db.session() as session:
        _editable_article(session, article_id)
        batch = ChangeBatch(session, user=user, action="mark_done")
        batch.set_article_status(article_id, ArticleStatus.DONE)
        return batch.finish()
