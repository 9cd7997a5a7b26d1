"""The columns of the four tables and how one article, entity or affiliation becomes rows.

Column names are English and stable: scripts and Excel sheets refer to them, so a
rename is a breaking change.
"""

from collections.abc import Callable, Iterator, Sequence
from datetime import datetime, time

TABLES = ("mentions", "articles", "entities", "affiliations")

# `entity` is the name the mention was tagged as (工商銀行); `canonical` is its entity's name in the
# registry (工商银行), the same for every spelling and alias, and `entity_id` its id.
MENTION_COLUMNS = (
    "article_id", "article_title", "source", "published", "kind", "entity", "surface", "start", "end",
    "context", "status", "annotator", "annotated_at", "reviewer", "reviewed_at", "comment", "entity_id", "canonical",
)
ARTICLE_COLUMNS = (
    "article_id", "title", "source", "url", "published", "status", "institutions", "figures",
    "n_institutions", "n_figures", "annotator", "reviewer",
)
ENTITY_COLUMNS = ("entity_id", "kind", "name", "aliases", "articles", "mentions", "parent_id", "parent")
AFFILIATION_COLUMNS = ("figure_id", "figure", "institution_id", "institution", "role", "article_id", "article_title",
                       "published")
# Columns that never hold free text (numbers, fixed vocabularies, times): the CSV writer
# need not check them for formula starts. Any column not named here is checked.
SAFE_COLUMNS = frozenset({
    "article_id", "entity_id", "start", "end", "kind", "status", "published", "annotated_at", "reviewed_at",
    "n_institutions", "n_figures", "articles", "mentions", "parent_id", "figure_id", "institution_id",
})

# Sheet column widths (characters); CJK text is about twice as wide as Latin.
MENTION_WIDTHS = (10, 30, 12, 12, 11, 20, 20, 7, 7, 50, 10, 12, 19, 12, 19, 30, 10, 20)
ARTICLE_WIDTHS = (10, 40, 12, 30, 12, 17, 40, 30, 14, 10, 14, 12)
ENTITY_WIDTHS = (10, 11, 24, 30, 9, 9, 10, 24)
AFFILIATION_WIDTHS = (10, 12, 14, 24, 12, 10, 30, 12)

CONTEXT = 20  # characters shown on each side of a mention
JOIN = "；"  # full-width semicolon: it does not occur inside Chinese names


def published_text(value: datetime | None) -> str:
    """The article's own date: naive wall-clock time, shown as a date alone when it has no time of day."""
    if value is None:
        return ""
    return value.date().isoformat() if value.time() == time.min else value.isoformat(sep=" ", timespec="seconds")


def mention_rows(articles: Sequence, mentions: Sequence[tuple], entities: dict[int, tuple[str, str]],
                 tagged_as: Callable[[int, str], str]) -> Iterator[tuple]:
    """Rows of the mentions table from a page of articles and their mentions' plain tuples
    (see storage.exports.mention_table_pages); the context is about CONTEXT characters either
    side with the mention in 【】, so the eye finds it. `tagged_as(entity id, surface)` is the
    entity's name the surface was tagged as."""
    shown = {a.id: (a.title, a.source or "", published_text(a.published), a.text) for a in articles}
    for article_id, entity_id, surface, start, end, status, annotator, annotated_at, reviewer, reviewed_at, comment \
            in mentions:
        title, source, published, text = shown[article_id]
        kind, canonical = entities[entity_id]
        context = f"{text[max(0, start - CONTEXT):start]}【{surface}】{text[end:end + CONTEXT]}"
        yield (article_id, title, source, published, kind, tagged_as(entity_id, surface), surface, start, end, context,
               status, annotator, annotated_at or "", reviewer or "", reviewed_at or "", comment or "", entity_id,
               canonical)


def _distinct(values) -> list:
    return list(dict.fromkeys(v for v in values if v))


def article_row(article, mentions: Sequence) -> tuple:
    """One row per article: its entities per kind in text order, who annotated and who reviewed."""
    institutions = _distinct(m.entity for m in mentions if m.kind == "institution")
    figures = _distinct(m.entity for m in mentions if m.kind == "figure")
    annotators = _distinct(m.annotator for m in mentions)
    # The article's verdict names its reviewer; before one, whoever judged its mentions.
    reviewers = [article.reviewer] if article.reviewer else _distinct(m.reviewer for m in mentions)
    return (
        article.id, article.title, article.source or "", article.url or "", published_text(article.published),
        article.status, JOIN.join(institutions), JOIN.join(figures), len(institutions), len(figures),
        JOIN.join(annotators), JOIN.join(reviewers),
    )


def entity_row(total: Sequence) -> tuple:
    """(entity_id, kind, name, aliases, articles, mentions, parent_id, parent) with empty text for none."""
    entity_id, kind, name, aliases, articles, mentions, parent_id, parent = total
    return entity_id, kind, name, aliases or "", articles, mentions, parent_id or "", parent or ""


def affiliation_row(article, found, names: dict[int, tuple[str, str]]) -> tuple:
    """One affiliation an article states (nlp.affiliations.Affiliation), with the names of both entities."""
    return (found.figure_id, names[found.figure_id][1], found.institution_id, names[found.institution_id][1],
            found.role, article.id, article.title, published_text(article.published))
