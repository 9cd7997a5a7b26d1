"""Editing an article's details: title, source, author, published time and URL (one undoable change).

The text never changes: tags point into it. An approved article is read-only here as for tags;
any other keeps its status, since the review judges the tags, not the details.
"""

import unicodedata
from datetime import datetime

from curator.core.errors import Invalid, Msg
from curator.core.types import EventAction
from curator.services.changes import Change, ChangeBatch
from curator.services.tagging import editable_article
from curator.storage import articles as article_store
from curator.storage.articles import DETAIL_FIELDS, ArticleDetails
from curator.storage.db import Database

# The window and the command line show and send these.
__all__ = ["DETAIL_FIELDS", "UNCHANGED", "ArticleDetails", "edit_details", "parse_published"]

UNCHANGED = object()  # a field `edit_details` leaves as it is


def parse_published(text: str) -> datetime | None:
    """A published time as typed: YYYY-MM-DD, or with a time of day (YYYY-MM-DD HH:MM); blank is none.

    The time is the article's own wall-clock time, so a zone given with it is dropped.
    """
    text = text.strip()
    if not text:
        return None
    try:
        return datetime.fromisoformat(text).replace(tzinfo=None)
    except ValueError:
        raise Invalid(Msg.NOT_A_DATE, text=text) from None


def _cleaned(name: str, value):
    """A detail as the library keeps it: text in NFC on one line (as imports store it), "" as none."""
    if name == "published":
        return value
    text = unicodedata.normalize("NFC", " ".join((value or "").split()))
    if name == "title" and not text:
        raise Invalid(Msg.TITLE_REQUIRED)
    return text or None


def edit_details(db: Database, *, article_id: int, user: str, title=UNCHANGED, source=UNCHANGED,
                 author=UNCHANGED, published=UNCHANGED, url=UNCHANGED, expected_version: int | None = None) -> Change:
    """Change some of an article's details (text; `published` a naive datetime, see `parse_published`);
    "" or None clears one, the title excepted.

    Only what differs is recorded: an edit that changes nothing leaves no trace in the history.
    ReadOnlyArticle for an approved article.
    """
    given = dict(zip(DETAIL_FIELDS, (title, source, author, published, url)))
    wanted = {name: _cleaned(name, value) for name, value in given.items() if value is not UNCHANGED}
    with db.writing() as session:
        batch = ChangeBatch(session, user=user, action="edit_details", expected_version=expected_version)
        article = editable_article(batch, article_id)
        after = {name: value for name, value in wanted.items() if value != getattr(article, name)}
        if not after:
            return Change(action="edit_details")
        before = {name: getattr(article, name) for name in after}
        batch.change.details[article_id] = article_store.set_details(session, article, at=batch.at, **after)
        batch.record(EventAction.ARTICLE_EDITED, article_id=article_id, before=before, after=after)
        return batch.finish()
