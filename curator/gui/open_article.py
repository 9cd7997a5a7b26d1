"""The article the editor has open, as plain data outside any widget.

One home for the open article's record, its tags in text order and the current tag: the reader
draws it, the side panels and controllers read it, and what changes it goes through the
workbench and the Refresher. No Qt here.
"""

from bisect import bisect_right

from curator.services.library import Article, ArticleState
from curator.services.tagging import MentionView


class OpenArticle:
    def __init__(self):
        self.article: Article | None = None
        self.mentions: list[MentionView] = []  # in text order
        self.current_mention: int | None = None
        self._starts: list[int] = []

    @property
    def id(self) -> int | None:
        return self.article.id if self.article is not None else None

    @property
    def status(self) -> str | None:
        return self.article.status if self.article is not None else None

    def open(self, article: Article | None, mentions: list[MentionView]) -> None:
        self.article = article
        self.current_mention = None
        self.set_mentions(mentions)

    def set_mentions(self, mentions: list[MentionView]) -> None:
        self.mentions = sorted(mentions, key=lambda m: (m.start, m.end))
        self._starts = [m.start for m in self.mentions]
        if self.current_mention not in {m.id for m in self.mentions}:
            self.current_mention = None

    def take_state(self, state: ArticleState) -> None:
        """The status and verdict a change returned for the open article."""
        if self.article is not None:
            for name in ("status", "reviewer", "reviewed_at", "review_note"):
                setattr(self.article, name, getattr(state, name))

    def mention_at(self, position: int) -> MentionView | None:
        i = bisect_right(self._starts, position) - 1
        if i >= 0 and self.mentions[i].start <= position < self.mentions[i].end:
            return self.mentions[i]
        return None

    def overlapping(self, start: int, end: int) -> list[MentionView]:
        return [m for m in self.mentions if m.start < end and start < m.end]
