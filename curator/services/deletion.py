"""Deleting articles: one undoable change that takes their tags and rejections with them."""

from curator.services.changes import Change, ChangeBatch
from curator.services.tagging import editable_articles
from curator.storage.db import Database


def delete_articles(db: Database, *, article_ids: list[int], user: str) -> Change:
    """Delete articles (one undo step). Approved articles are refused: a reviewer reopens them first."""
    with db.writing() as session:
        batch = ChangeBatch(session, user=user, action="delete")
        wanted = list(dict.fromkeys(article_ids))  # each once, in the order given
        editable_articles(batch, wanted)
        batch.delete_articles(wanted)
        return batch.finish()
