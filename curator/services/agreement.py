"""How editors who tagged the same articles blind agree: per pair of editors and per kind,
exact-span F1 and Cohen's kappa over characters (core.agreement), and the disagreements of the
finished, unsettled articles for a reviewer to settle (`curator agreement`, the window's view)."""

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from curator.core.agreement import ALL_KINDS, Disagreement, Tag, compare_layers, pairs, score_pair
from curator.core.clock import day_start
from curator.core.types import Kind
from curator.storage import blind_tags as blind_store
from curator.storage.blind_tags import AssignmentView
from curator.storage.db import Database

KINDS = (*Kind, ALL_KINDS)


@dataclass(frozen=True, slots=True)
class PairAgreement:
    """How two editors agree on one kind (or on all kinds, "all") over the articles both finished."""

    first: str
    second: str
    kind: str
    articles: int
    tags_first: int
    tags_second: int
    agreed: int
    f1: float | None
    kappa: float | None


@dataclass(frozen=True, slots=True)
class ArticleDisagreements:
    """A finished, unsettled article's disagreements, numbered from 1 as `settle` takes them."""

    article_id: int
    title: str
    annotators: tuple[str, ...]
    agreed: int  # tags every editor made alike
    disagreements: tuple[Disagreement, ...]


@dataclass(frozen=True, slots=True)
class AgreementReport:
    since: date | None
    articles: int  # articles assigned since then
    finished: int  # of those, articles whose editors have all finished
    pairs: list[PairAgreement]
    to_settle: list[ArticleDisagreements]


def report(db: Database, *, since: date | None = None) -> AgreementReport:
    """Agreement over the articles assigned on or after the day `since` (all of them without it)."""
    with db.session() as session:
        given = blind_store.assignments_since(session, day_start(since))
        by_article: dict[int, list[AssignmentView]] = defaultdict(list)
        for assignment in given:
            by_article[assignment.article_id].append(assignment)
        layers = blind_store.layers(session, by_article)
        info = blind_store.titles_and_lengths(session, by_article)
    finished = {article_id: sorted(a.annotator for a in rows if a.done_at is not None)
                for article_id, rows in by_article.items()}
    complete = [article_id for article_id, rows in by_article.items() if all(a.done_at is not None for a in rows)]
    unsettled = [article_id for article_id in complete if all(a.settled_at is None for a in by_article[article_id])]
    return AgreementReport(
        since=since, articles=len(by_article), finished=len(complete),
        pairs=_pair_rows(finished, layers, info),
        to_settle=[_disagreements(article_id, info[article_id][0], finished[article_id], layers[article_id])
                   for article_id in unsettled],
    )


def _pair_rows(finished: dict[int, list[str]], layers, info) -> list[PairAgreement]:
    """Every pair of editors that both finished an article, scored over all such articles."""
    shared: dict[tuple[str, str], list[int]] = defaultdict(list)
    for article_id, annotators in finished.items():
        for pair in pairs(annotators):
            shared[pair].append(article_id)
    rows = []
    for (first, second), article_ids in sorted(shared.items()):
        scores = score_pair((info[a][1], layers[a][first], layers[a][second]) for a in article_ids)
        rows += [PairAgreement(first, second, str(kind), s.articles, s.tags_a, s.tags_b, s.agreed, s.f1, s.kappa)
                 for kind in KINDS for s in (scores[kind],)]
    return rows


def compare_article(annotators: list[str], layers: dict[str, list[Tag]]) -> tuple[list[Tag], list[Disagreement]]:
    """What an article's editors all tagged alike, and their disagreements numbered from 1 (the
    numbers `blind_tagging.settle` takes): the one order both the report and settling use."""
    return compare_layers({name: layers[name] for name in sorted(annotators)})


def _disagreements(article_id: int, title: str, annotators: list[str], layers) -> ArticleDisagreements:
    agreed, disagreements = compare_article(annotators, layers)
    return ArticleDisagreements(article_id, title, tuple(sorted(annotators)), len(agreed), tuple(disagreements))


def article_disagreements(db: Database, article_id: int) -> ArticleDisagreements | None:
    """One article's comparison for the reviewer (None if it was not tagged blind)."""
    with db.session() as session:
        given = blind_store.assignments(session, [article_id])
        if not given:
            return None
        layers = blind_store.layers(session, [article_id])[article_id]
        title = blind_store.titles_and_lengths(session, [article_id])[article_id][0]
    return _disagreements(article_id, title, sorted(a.annotator for a in given), layers)
