"""Counting the library for statistics: one GROUP BY statement per table, whatever its size.

Nothing here walks rows in Python: at 100,000 articles and a million mentions each count is one
pass of SQLite over an index made for it (migration 0006; bench/bench_stats.py has the figures).
"""

from datetime import date, datetime, timezone
from typing import NamedTuple

from sqlalchemy import Integer, cast, func, literal, select, union_all
from sqlmodel import Session

from curator.core.types import EventAction
from curator.storage.articles import published_between
from curator.storage.sql_functions import hour_text, json_text
from curator.storage.tables import Article, Entity, Event, Mention

# Tags made: by hand, by accepting a suggestion, or blind (in an editor's own layer of an assigned article).
TAGGING = (EventAction.TAGGED, EventAction.SUGGESTION_ACCEPTED, EventAction.BLIND_TAGGED)
# Which column of UserDay an action's events count in. Settling puts editors' blind tags, already
# counted as their tagging, into the article: the reviewer's work there is settling, not tagging.
_COLUMN = {**dict.fromkeys(TAGGING, 0), EventAction.REVIEWED: 1, EventAction.STATUS_CHANGED: 1,
           EventAction.TAG_SETTLED: 2}


class EntityTotal(NamedTuple):
    id: int
    kind: str
    name: str
    articles: int  # distinct articles that mention it
    mentions: int


class UserDay(NamedTuple):
    user: str
    day: str  # YYYY-MM-DD, in this computer's time zone
    tagged: int
    reviewed: int
    settled: int  # tags of editors' blind layers the user made the article's tags


def _chosen(since: date | None, until: date | None, source: str | None) -> list:
    """The conditions on articles: published within the bounds, and from one source if given."""
    return [*published_between(since, until), *((Article.source == source,) if source else ())]


def article_counts(session: Session, *, since: date | None, until: date | None,
                   source: str | None = None) -> dict[str, int]:
    """Articles per status; with bounds (or a source), only those published within them (from it)."""
    statement = select(Article.status, func.count()).where(*_chosen(since, until, source)).group_by(Article.status)
    return dict(session.execute(statement).all())


def _per_entity(columns: tuple, *, since: date | None, until: date | None, source: str | None = None,
                by_status: bool = False):
    """Mentions grouped by entity (and status), in articles published within the bounds (and from
    the source): read from ix_mention_entity_status alone, in its order, so no row and no sort is needed."""
    statement = select(Mention.entity_id, *columns)
    if since or until or source:
        chosen = select(Article.id).where(*_chosen(since, until, source))
        statement = statement.where(Mention.article_id.in_(chosen))
    return statement.group_by(Mention.entity_id, *((Mention.status,) if by_status else ())).subquery()


def mention_counts(session: Session, *, since: date | None, until: date | None, kind: str | None,
                   source: str | None = None) -> list[tuple[str, str, int]]:
    """(kind, status, mentions) for every pair that has any."""
    groups = _per_entity((Mention.status, func.count().label("n")), since=since, until=until, source=source,
                         by_status=True)
    # A sum of counts is numeric on PostgreSQL, which would come back as a Decimal.
    statement = (select(Entity.kind, groups.c.status, cast(func.sum(groups.c.n), Integer))
                 .join(Entity, Entity.id == groups.c.entity_id).group_by(Entity.kind, groups.c.status))
    if kind:
        statement = statement.where(Entity.kind == kind)
    return [tuple(row) for row in session.execute(statement)]


def top_entities(session: Session, *, since: date | None, until: date | None, kind: str | None, limit: int,
                 source: str | None = None) -> list[EntityTotal]:
    """The `limit` entities of each kind in the most articles (then with the most mentions), in that order."""
    totals = _per_entity((func.count(func.distinct(Mention.article_id)).label("articles"),
                          func.count().label("mentions")), since=since, until=until, source=source)
    rank = func.row_number().over(partition_by=Entity.kind,
                                  order_by=(totals.c.articles.desc(), totals.c.mentions.desc(), Entity.id))
    ranked = (select(Entity.id, Entity.kind, Entity.name, totals.c.articles, totals.c.mentions, rank.label("rank"))
              .join(Entity, Entity.id == totals.c.entity_id))
    if kind:
        ranked = ranked.where(Entity.kind == kind)
    ranked = ranked.subquery()
    statement = (select(ranked.c.id, ranked.c.kind, ranked.c.name, ranked.c.articles, ranked.c.mentions)
                 .where(ranked.c.rank <= limit).order_by(ranked.c.kind, ranked.c.rank))
    return [EntityTotal(*row) for row in session.execute(statement)]


def work_by_user(session: Session, *, start: datetime | None, end: datetime | None) -> list[UserDay]:
    """Per user and day, the tags made (TAGGING), the reviews (verdicts on tags and the reviewer's
    verdicts on articles: the status changes that record a reviewer) and the tags settled from
    editors' blind layers. Undone events do not count; `end` is exclusive.

    Events are counted per user and UTC hour straight from ix_event_work, in its order (grouping 2
    million events by day took 5.3 s, most of it sorting them); the hours then make local days, here
    rather than in SQL, whose engines tell the local zone each its own way (a server's zone is not
    the editor's). An hour falls in one local day wherever the zone is whole hours from UTC.
    """
    hour = hour_text(Event.at)
    span = [Event.undone.is_(False)] + ([Event.at >= start] if start else []) + ([Event.at < end] if end else [])
    tags_and_verdicts = (select(Event.action, Event.user, hour.label("hour"), func.count().label("n"))
                         .where(Event.action.in_((*TAGGING, EventAction.REVIEWED, EventAction.TAG_SETTLED)), *span)
                         .group_by(Event.action, Event.user, hour))
    article_verdicts = (select(literal(EventAction.STATUS_CHANGED.value).label("action"), Event.user,
                               hour.label("hour"), func.count().label("n"))
                        .where(Event.action == EventAction.STATUS_CHANGED, *span,
                               json_text(Event.data, "after", "reviewer").is_not(None))
                        .group_by(Event.user, hour))
    days: dict[tuple[str, str], list[int]] = {}
    for action, user, hour_of_day, n in session.execute(union_all(tags_and_verdicts, article_verdicts)):
        counts = days.setdefault((_local_day(hour_of_day), user), [0, 0, 0])
        counts[_COLUMN[action]] += n
    return [UserDay(user, day, *counts) for (day, user), counts in sorted(days.items())]


def _local_day(utc_hour: str) -> str:
    """The day in this computer's time zone of a UTC hour given as "YYYY-MM-DD HH"."""
    return datetime.strptime(utc_hour, "%Y-%m-%d %H").replace(tzinfo=timezone.utc).astimezone().date().isoformat()
