"""Importing files: read (in worker processes, curator.services.import_reading) → duplicate check →
store, in committed chunks."""

import os
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from curator.core.clock import now
from curator.core.progress import Cancel, Progress, never_cancel, no_progress
from curator.services.import_reading import WORKER_BATCH, Reading
from curator.services.import_worker import Failure, Parsed
from curator.storage import articles as article_store
from curator.storage import events as event_store
from curator.storage import search
from curator.storage.db import Database

CHUNK = 1024  # articles a transaction: the search index merges its segments a fifth as often as at 256


@dataclass(slots=True)
class ImportReport:
    """What an import did: counts, each failure with its reason, the new article ids."""

    imported: int = 0
    duplicates: int = 0
    failed: list[Failure] = field(default_factory=list)
    articles: list[int] = field(default_factory=list)
    cancelled: bool = False
    batch: str = field(default_factory=lambda: uuid.uuid4().hex)  # the history batch `curator undo` reverts

    def as_dict(self) -> dict:
        return {
            "imported": self.imported,
            "duplicates": self.duplicates,
            "failed": [{"path": f.path, "error": f.error} for f in self.failed],
            "articles": self.articles,
            "cancelled": self.cancelled,
        }


def article_row(parsed: Parsed, stamp) -> dict:
    """The `article` row of a file read, as an import stores it."""
    article = parsed.article
    published = article.published.replace(tzinfo=None) if article.published else None
    return {
        "title": article.title, "text": article.text, "source": article.source, "url": article.url,
        "author": article.author, "published": published, "script": str(article.script),
        "format": article.format, "file": os.path.abspath(parsed.path), "content_hash": parsed.content_hash,
        "chars": len(article.text), "status": "new", "imported_at": stamp, "updated_at": stamp,
        "n_institutions": 0, "n_figures": 0, "indexed": parsed.index is not None,
    }


def _store_chunk(db: Database, chunk: list[Parsed], report: ImportReport, user: str) -> None:
    """Store one chunk's new articles, in the search index and with an `article_imported` event
    each, in one transaction."""
    stamp = now()
    fresh: dict[str, Parsed] = {}
    for parsed in chunk:
        if parsed.failure is not None:
            report.failed.append(parsed.failure)
        elif parsed.content_hash in fresh:
            report.duplicates += 1
        else:
            fresh[parsed.content_hash] = parsed
    with db.writing() as session:
        known = article_store.existing_hashes(session, fresh)
        new = [p for h, p in fresh.items() if h not in known]
        rows = [article_row(p, stamp) for p in new]
        report.duplicates += len(known)
        ids = article_store.insert_articles(session, rows)
        search.add_to_index(session, [(i, p.index) for i, p in zip(ids, new, strict=True) if p.index is not None])
        event_store.record_articles(session, at=stamp, user=user, action="article_imported", batch=report.batch,
                                    articles=[(i, {"file": row["file"]}) for i, row in zip(ids, rows, strict=True)])
        report.articles.extend(ids)
    report.imported += len(rows)


def import_paths(
    db: Database,
    paths: Iterable[str | Path],
    *,
    user: str,
    progress: Progress = no_progress,
    cancel: Cancel = never_cancel,
    workers: int | None = None,
) -> ImportReport:
    """Import files and folders; every chunk is committed as it completes, so a cancel keeps what was done.

    Each new article gets an `article_imported` event under `user`; all share the report's
    batch, so `changes.undo` removes the whole import (and `redo` brings it back).
    """
    with Reading(paths, workers=workers) as reading:
        return import_read(db, reading, user=user, progress=progress, cancel=cancel)


def import_read(
    db: Database, reading: Reading, *, user: str, progress: Progress = no_progress, cancel: Cancel = never_cancel
) -> ImportReport:
    """`import_paths` of files whose reading has begun (the command line starts it before it opens
    the library)."""
    report = ImportReport(failed=list(reading.failed))
    total = len(reading.files)
    progress(0, total)
    chunk: list[Parsed] = []
    done = 0
    for parsed in reading:
        chunk.append(parsed)
        done += 1
        if len(chunk) >= CHUNK:
            _store_chunk(db, chunk, report, user)
            chunk = []
        if done % WORKER_BATCH == 0:  # files read, whether stored yet or not: the bar moves
            progress(done, total)
        if cancel():
            report.cancelled = done < total
            break
    _store_chunk(db, chunk, report, user)
    progress(done, total)
    return report
