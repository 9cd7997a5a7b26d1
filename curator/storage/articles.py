"""Article rows: bulk insert, duplicate look-up, listing, filtering and status."""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import delete, func, insert, select, update
from sqlmodel import Session

from curator.core.types import ArticleStatus
from curator.storage.article_records import ArticleFilter, ArticleSummary, field_names
from curator.storage import mentions as mention_store
from curator.storage.db import IN_LIST, in_lists
from curator.storage.tables import Article, Entity, Mention

# The search module (storage/search.py) is imported where a search, or an article leaving the index,
# needs it: it brings numpy and PostgreSQL's dialect, which listing and the window's first frame do
# without (issue 16).

# Columns the article list shows, the fields of ArticleSummary; the body stays on disk until an article is opened.
SUMMARY_COLUMNS = tuple(getattr(Article, name) for name in field_names(ArticleSummary))
SORTABLE = {column.key: column for column in SUMMARY_COLUMNS}


def published_between(since: date | None, until: date | None) -> list:
    """WHERE conditions for articles published from `since` to `until`, both days included (none
    without bounds). `published` is naive wall-clock time, so day bounds are naive times too."""
    conditions = []
    if since:
        conditions.append(Article.published >= datetime.combine(since, time.min))
    if until:
        conditions.append(Article.published < datetime.combine(until + timedelta(days=1), time.min))
    return conditions


def existing_hashes(session: Session, hashes: Iterable[str]) -> set[str]:
    """The subset of `hashes` already in the library."""
    wanted = list(hashes)
    found: set[str] = set()
    for i in range(0, len(wanted), IN_LIST):
        chunk = wanted[i : i + IN_LIST]
        found.update(session.exec(select(Article.content_hash).where(Article.content_hash.in_(chunk))).scalars())
    return found


def insert_articles(session: Session, rows: Sequence[dict]) -> list[int]:
    """Insert many articles at once and return their ids in the rows' order (Core executemany, not
    the ORM: import speed depends on it)."""
    if not rows:
        return []
    # RETURNING promises no order, and asking SQLAlchemy to sort sends one statement per row on
    # SQLite; each article's unique content hash tells whose id is whose instead.
    table = Article.__table__
    returned = session.execute(insert(table).returning(table.c.content_hash, table.c.id), list(rows))
    ids = dict(returned.all())
    return [ids[row["content_hash"]] for row in rows]


def get_article(session: Session, article_id: int) -> Article | None:
    return session.get(Article, article_id)


def get_articles(session: Session, article_ids: Iterable[int]) -> dict[int, Article]:
    """The articles of these ids that exist, by id: one query per IN list."""
    return {article.id: article for ids in in_lists(set(article_ids))
            for article in session.execute(select(Article).where(Article.id.in_(ids))).scalars()}


def article_rows(session: Session, article_ids: Iterable[int]) -> dict[int, dict]:
    """Every column of each article that exists, by id, as undoing its deletion restores it."""
    table, rows = Article.__table__, {}
    for ids in in_lists(article_ids):
        rows.update((row["id"], dict(row)) for row in session.execute(select(table).where(table.c.id.in_(ids))).mappings())
    return rows


def approved_among(session: Session, article_ids: Iterable[int]) -> set[int]:
    """Those of these articles a reviewer approved."""
    return {article_id for ids in in_lists(set(article_ids))
            for article_id in session.execute(select(Article.id).where(Article.id.in_(ids), Article.status == ArticleStatus.APPROVED)).scalars()}


def delete_articles(session: Session, article_ids: Iterable[int]) -> None:
    """Remove articles with their mentions (off their entities' counts), rejected suggestions and
    blind work (foreign keys cascade) and their search tokens: a few statements per IN_LIST
    articles, however many (undoing a 10,000-article import took two minutes one by one)."""
    from curator.storage import search  # numpy: loaded when first needed

    article_ids = list(article_ids)
    search.unindex_articles(session, article_ids)
    for ids in in_lists(article_ids):
        mention_store.delete_article_mentions(session, ids)
        session.execute(delete(Article).where(Article.id.in_(ids)))


def _leave_index(session: Session, article: Article) -> None:
    """Take an article's tokens out of the search index; the background indexer takes it in again
    when it is `indexed` False (until then the search finds it by the scan)."""
    if article.indexed:
        from curator.storage import search

        search.unindex(session, [(article.id, article.title, article.text, article.script)])
        article.indexed = False


# What an edit of an article's details may change; its text never changes (tags point into it).
DETAIL_FIELDS = ("title", "source", "author", "published", "url")


@dataclass(frozen=True, slots=True)
class ArticleDetails:
    """An article's title, source, author, published time and URL, as an edit leaves them."""

    id: int
    title: str
    source: str | None
    author: str | None
    published: datetime | None
    url: str | None


def set_details(session: Session, article: Article, *, at: datetime, **values) -> ArticleDetails:
    """Set some of DETAIL_FIELDS. A new title leaves the search index, which holds its tokens."""
    if "title" in values:
        _leave_index(session, article)  # with the old title: the index forgets only the tokens it was given
    for name, value in values.items():
        setattr(article, name, value)
    article.updated_at = at
    session.flush()
    return ArticleDetails(article.id, *(getattr(article, name) for name in DETAIL_FIELDS))


def restore_articles(session: Session, rows: list[dict]) -> None:
    """Put deleted articles back under their ids; the background indexer indexes them again."""
    if rows:
        session.execute(insert(Article.__table__), [{**row, "indexed": False} for row in rows])


def _narrowed(statement, query: ArticleFilter):
    """`statement` narrowed by the filter's status and source."""
    if query.status:
        statement = statement.where(Article.status == query.status)
    if query.source:
        statement = statement.where(Article.source == query.source)
    return statement


def _filtered(session: Session, statement, query: ArticleFilter):
    statement = _narrowed(statement, query)
    if query.search.strip():
        from curator.storage import search

        search.steer_to_index(session)
        statement = statement.where(search.matches(session, query.search, all_indexed=search.all_indexed(session)))
    return statement


def _match_alone(session: Session, query: ArticleFilter) -> str | None:
    """The search index's match when it answers the filter by itself (see search.match_alone)."""
    if not query.search.strip() or query.status or query.source:
        return None
    from curator.storage import search

    search.steer_to_index(session)
    return search.match_alone(session, query.search)


def _candidates(session: Session, query: ArticleFilter, descending: bool) -> list[int] | None:
    """The index's candidates for a search the scan must check, in page order, when every article
    is indexed (search.candidate_ids)."""
    if not query.search.strip():
        return None
    from curator.storage import search

    if not search.all_indexed(session):
        return None
    return search.candidate_ids(session, query.search, descending=descending)


# Candidates checked in a round after the first (which checks as many as the page wants): twice as
# many as in the round before, up to the last.
CHECKED_MOST = 6_400


def _checked_page(session: Session, query: ArticleFilter, ids: list[int], *, descending: bool, offset: int,
                  limit: int) -> list[int]:
    """One page of the filter's matches: the index's candidates `ids`, in page order, checked in
    that order until the page is full. The planner cannot know how many candidates the check lets
    through, and where it guesses few it gathers and checks them all before sorting: the first
    page of LPR in 20,000 articles took 390 ms so, for its 2,795 candidates at 0.14 ms each."""
    from curator.storage import search

    narrowed = _narrowed(select(Article.id), query)
    found: list[int] = []
    start, size = 0, offset + limit
    while start < len(ids) and len(found) < offset + limit:
        chunk = ids[start : start + size]
        checked = narrowed.where(search.scanned_among(session, query.search, chunk))
        found += sorted(session.execute(checked).scalars(), reverse=descending)
        start, size = start + size, min(size * 2, CHECKED_MOST)
    return found[offset : offset + limit]


def count_articles(session: Session, query: ArticleFilter = ArticleFilter()) -> int:
    if match := _match_alone(session, query):
        from curator.storage import search

        return search.count_matching(session, match)
    return session.execute(_filtered(session, select(func.count(Article.id)), query)).scalar_one()


def list_articles(
    session: Session,
    query: ArticleFilter = ArticleFilter(),
    *,
    order_by: str = "id",
    descending: bool = False,
    offset: int = 0,
    limit: int | None = None,
) -> list[ArticleSummary]:
    """One page of article summaries, filtered and sorted (ties broken by id)."""
    if order_by == "id" and (match := _match_alone(session, query)):
        from curator.storage import search

        page = search.matching_ids(session, match, descending=descending, offset=offset, limit=limit)
        statement = select(*SUMMARY_COLUMNS).where(Article.id.in_(page)).order_by(*_ordering(order_by, descending))
    elif order_by == "id" and limit is not None and (ids := _candidates(session, query, descending)) is not None:
        page = _checked_page(session, query, ids, descending=descending, offset=offset, limit=limit)
        statement = select(*SUMMARY_COLUMNS).where(Article.id.in_(page)).order_by(*_ordering(order_by, descending))
    else:
        statement = _filtered(session, select(*SUMMARY_COLUMNS), query).order_by(*_ordering(order_by, descending)).offset(offset).limit(limit)
    return [ArticleSummary(*row) for row in session.execute(statement)]


def article_position(
    session: Session, query: ArticleFilter, article_id: int, *, order_by: str = "id", descending: bool = False
) -> int | None:
    """The 0-based row of an article in `list_articles`' order, or None when the filter leaves it out."""
    position = func.row_number().over(order_by=_ordering(order_by, descending)) - 1
    numbered = _filtered(session, select(Article.id, position.label("position")), query).subquery()
    return session.execute(select(numbered.c.position).where(numbered.c.id == article_id)).scalar_one_or_none()


def _ordering(order_by: str, descending: bool) -> list:
    """Sorted by `order_by`, ties by id the same way: newest import first puts an import's last
    article first, where ids ascending among the rows of one stored chunk showed the second half of
    a 2,000-file import above its first."""
    column = SORTABLE.get(order_by, Article.id)
    return [column.desc(), Article.id.desc()] if descending else [column.asc(), Article.id.asc()]


def ids_containing(session: Session, text: str) -> list[int]:
    """Ids of articles whose body contains `text` (through the search index where it can)."""
    from curator.storage import search

    search.steer_to_index(session)
    containing = search.matches(session, text, all_indexed=search.all_indexed(session))
    return list(session.execute(select(Article.id).where(containing).order_by(Article.id)).scalars())


def sources(session: Session) -> list[str]:
    """Distinct sources, for the source filter."""
    statement = select(Article.source).where(Article.source.is_not(None)).distinct().order_by(Article.source)
    return list(session.execute(statement).scalars())


def status_counts(session: Session) -> dict[str, int]:
    rows = session.execute(select(Article.status, func.count()).group_by(Article.status))
    return {status: count for status, count in rows}


def set_status(session: Session, article_id: int, status: str, *, at: datetime, **review) -> None:
    """Change an article's status; `review` may set reviewer, reviewed_at and review_note."""
    values = {"status": status, "updated_at": at, **review}
    session.execute(update(Article).where(Article.id == article_id).values(**values))


@dataclass(frozen=True, slots=True)
class ArticleState:
    """What an edit can change in an article besides its tags: its status, the review's verdict
    and its entity counts."""

    id: int
    status: str
    n_institutions: int
    n_figures: int
    reviewer: str | None
    reviewed_at: datetime | None
    review_note: str | None
    version: int = 0


_STATE_COLUMNS = (Article.id, Article.status, Article.n_institutions, Article.n_figures, Article.reviewer,
                  Article.reviewed_at, Article.review_note, Article.version)


def states(session: Session, article_ids: Iterable[int]) -> dict[int, ArticleState]:
    """The articles' state as it is now (those that still exist), without changing it."""
    return {row.id: ArticleState(*row) for row in _rows_of(session, _STATE_COLUMNS, article_ids)}


def details(session: Session, article_ids: Iterable[int]) -> dict[int, ArticleDetails]:
    """The articles' details as they are now (those that still exist)."""
    columns = (Article.id, *(getattr(Article, name) for name in DETAIL_FIELDS))
    return {row.id: ArticleDetails(*row) for row in _rows_of(session, columns, article_ids)}


def _rows_of(session: Session, columns, article_ids: Iterable[int]) -> list:
    wanted, rows = sorted(article_ids), []
    for i in range(0, len(wanted), IN_LIST):
        rows += session.execute(select(*columns).where(Article.id.in_(wanted[i : i + IN_LIST])))
    return rows


def _distinct_entities(kind: str):
    return (
        select(func.count(func.distinct(Mention.entity_id))).join(Entity, Entity.id == Mention.entity_id)
        .where(Mention.article_id == Article.__table__.c.id, Entity.kind == kind).scalar_subquery()
    )


def recount(session: Session, article_ids: Iterable[int], **values) -> dict[int, ArticleState]:
    """Count the distinct entities of each article again, setting `values` too (a status change),
    move each article to its next version, and return the articles' state: one statement per
    IN_LIST articles, however many changed.

    On PostgreSQL the statement waits for another transaction that changed one of the rows, then
    moves on from the version that one left: a caller that compares the version returned with
    the one it expected sees every change committed before its own."""
    table, wanted, found = Article.__table__, sorted(article_ids), {}
    for i in range(0, len(wanted), IN_LIST):
        statement = (
            update(table).where(table.c.id.in_(wanted[i : i + IN_LIST]))
            .values(n_institutions=_distinct_entities("institution"), n_figures=_distinct_entities("figure"),
                    version=table.c.version + 1, **values)
            .returning(*_STATE_COLUMNS)
        )
        found.update((row.id, ArticleState(*row)) for row in session.execute(statement))
    return found
