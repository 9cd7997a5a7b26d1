"""Statistics of the library: articles per status, mentions per kind and status, the entities in
the most articles, and each user's work per day."""

from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime, time, timedelta

from curator.core.types import ArticleStatus, Kind, MentionStatus
from curator.storage import stats as stats_store
from curator.storage.db import Database

TOP = 20  # entities listed per kind


@dataclass(frozen=True, slots=True)
class LibraryStats:
    articles: dict[str, int]  # status → articles, every status listed
    mentions: dict[str, dict[str, int]]  # kind → status → mentions
    top: dict[str, list[dict]]  # kind → [{"id", "name", "articles", "mentions"}], most articles first
    by_user: list[dict]  # [{"user", "day", "tagged", "reviewed"}] by day, then user

    def as_dict(self) -> dict:
        return asdict(self)


def _utc_start(day: date | None) -> datetime | None:
    """The first moment of a day of this computer's calendar, in UTC as the history keeps times."""
    return None if day is None else datetime.combine(day, time.min).astimezone(UTC)


def library_stats(db: Database, *, since: date | None = None, until: date | None = None,
                  kind: Kind | str | None = None) -> LibraryStats:
    """The four tables. `since` and `until` (both days included) bound the articles' published dates
    for articles, mentions and top (undated articles fall outside), and the days of the events
    for by_user (days of this computer's calendar); `kind` narrows mentions and top to one kind."""
    kind = str(Kind(kind)) if kind else None
    kinds = [kind] if kind else [str(k) for k in Kind]
    dates = {"since": since, "until": until}
    after_until = until + timedelta(days=1) if until else None
    with db.session() as session:  # one read transaction: the tables agree with each other
        articles = stats_store.article_counts(session, **dates)
        mentions = stats_store.mention_counts(session, **dates, kind=kind)
        top = stats_store.top_entities(session, **dates, kind=kind, limit=TOP)
        work = stats_store.work_by_user(session, start=_utc_start(since), end=_utc_start(after_until))
    by_kind = {k: {str(s): 0 for s in MentionStatus} for k in kinds}
    for mention_kind, status, count in mentions:
        by_kind.setdefault(mention_kind, {})[status] = count
    top_by_kind = {k: [] for k in kinds}
    for entity in top:
        top_by_kind.setdefault(entity.kind, []).append(
            {"id": entity.id, "name": entity.name, "articles": entity.articles, "mentions": entity.mentions})
    return LibraryStats(articles={str(s): 0 for s in ArticleStatus} | articles, mentions=by_kind, top=top_by_kind,
                        by_user=[day._asdict() for day in work])
