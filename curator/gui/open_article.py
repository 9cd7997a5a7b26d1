"""The article the editor has open, as plain data outside any widget.

One home for the open article's record, its tags in text order, the current tag, its
suggestions with the current one, and the editor's selection: the reader draws it, the side
panels and controllers read it, and what changes it goes through the workbench, the suggestion
controller and the Refresher. No Qt here.
"""

from bisect import bisect_right

from curator.gui.article_tags import ArticleTags
from curator.nlp.suggestion import Suggestion
from curator.services.article_details import DETAIL_FIELDS, ArticleDetails
from curator.services.library import Article, ArticleState
from curator.services.tagging import MentionView


class OpenArticle:
    def __init__(self):
        self.article: Article | None = None
        self.mentions: list[MentionView] = []  # in text order
        self.current_mention: int | None = None
        self._starts: list[int] = []
        self.selection: tuple[int, int] | None = None  # code points; None without a selection
        self.suggestions = OpenSuggestions()
        # The services its tags are read and written through: its own, or the user's blind layer.
        self.tags: ArticleTags | None = None

    @property
    def id(self) -> int | None:
        return self.article.id if self.article is not None else None

    @property
    def status(self) -> str | None:
        return self.article.status if self.article is not None else None

    @property
    def blind(self) -> bool:
        """Whether the tags shown are the user's blind layer of the article, not its own tags."""
        return self.tags is not None and self.tags.layer is not None

    @property
    def version(self) -> int | None:
        """The article's version as shown: a change made from this view is refused if another
        person's change has moved it on since (services.conflicts)."""
        return self.article.version if self.article is not None else None

    def open(self, article: Article | None, mentions: list[MentionView]) -> None:
        self.article = article
        self.current_mention = None
        self.selection = None
        self.set_mentions(mentions)

    def set_mentions(self, mentions: list[MentionView]) -> None:
        self.mentions = sorted(mentions, key=lambda m: (m.start, m.end))
        self._starts = [m.start for m in self.mentions]
        if self.current_mention not in {m.id for m in self.mentions}:
            self.current_mention = None

    def take_state(self, state: ArticleState) -> None:
        """The status, verdict and version a change returned for the open article."""
        if self.article is not None:
            for name in ("status", "reviewer", "reviewed_at", "review_note", "version"):
                setattr(self.article, name, getattr(state, name))

    def take_details(self, details: ArticleDetails) -> None:
        """The title, source, author, date and URL a change returned for the open article."""
        if self.article is not None:
            for name in DETAIL_FIELDS:
                setattr(self.article, name, getattr(details, name))

    def mention_at(self, position: int) -> MentionView | None:
        i = bisect_right(self._starts, position) - 1
        if i >= 0 and self.mentions[i].start <= position < self.mentions[i].end:
            return self.mentions[i]
        return None

    def overlapping(self, start: int, end: int) -> list[MentionView]:
        return [m for m in self.mentions if m.start < end and start < m.end]


class OpenSuggestions:
    """The suggestions shown over the open article, in text order, and the current one.

    They belong to the article they were computed for (`article_id`): a result that arrives
    after the editor moved on is not shown over another article's text.
    """

    def __init__(self):
        self.items: list[Suggestion] = []
        self.article_id: int | None = None
        self.current: int | None = None  # index into `items`
        self.anchor: int | None = None  # text position the current suggestion is looked for from

    def clear(self, *, forget_place: bool = True) -> None:
        self.items, self.article_id, self.current = [], None, None
        if forget_place:
            self.anchor = None

    def show(self, article_id: int, items: list[Suggestion]) -> None:
        """New suggestions for `article_id`; the current one is the first from the old place on."""
        self.article_id, self.items = article_id, items
        self.current = self.index_from(self.anchor)

    def index_from(self, position: int | None) -> int | None:
        """The first suggestion at or after `position` (wrapping to the first)."""
        if not self.items:
            return None
        position = position or 0
        return next((i for i, s in enumerate(self.items) if s.start >= position), 0)

    def index_at(self, position: int) -> int | None:
        return next((i for i, s in enumerate(self.items) if s.start <= position < s.end), None)

    def choose(self, index: int) -> Suggestion | None:
        if not 0 <= index < len(self.items):
            return None
        self.current = index
        self.anchor = self.items[index].start
        return self.items[index]

    def current_item(self) -> Suggestion | None:
        if self.current is None or not 0 <= self.current < len(self.items):
            return None
        return self.items[self.current]

    def drop(self, decided: list[Suggestion], anchor: int | None) -> None:
        """Take decided suggestions off; the current one becomes the next from `anchor` on."""
        gone = set(decided)
        self.items = [s for s in self.items if s not in gone]
        self.anchor = anchor
        self.current = self.index_from(anchor)
