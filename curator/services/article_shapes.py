"""The JSON shapes of articles the command line prints, one for the list and one for an article.

Both read paths build them here, the full one (services/library.py) and the quick one
(services/quick_reads.py): no storage engine loads with this module.
"""

from datetime import datetime


def iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def summary_dict(row) -> dict:
    """The article list's JSON shape, from an ArticleSummary."""
    return {
        "id": row.id, "title": row.title, "source": row.source, "url": row.url,
        "published": iso(row.published), "script": row.script, "chars": row.chars,
        "status": row.status, "file": row.file,
    }


def article_dict(article) -> dict:
    """One article's JSON shape, body included, from a tables.Article or an ArticleText."""
    return {
        "id": article.id, "title": article.title, "text": article.text, "source": article.source,
        "url": article.url, "author": article.author, "published": iso(article.published),
        "script": article.script, "file": article.file, "status": article.status, "version": article.version,
    }
