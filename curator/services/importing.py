"""Importing files: read (in worker processes) → duplicate check → store, in committed chunks."""

import multiprocessing
import os
import uuid
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from curator.core.clock import now
from curator.core.errors import Msg
from curator.core.orphans import exit_with_parent
from curator.core.progress import Cancel, Progress, never_cancel, no_progress
from curator.ingest import SUPPORTED_SUFFIXES
from curator.services.import_worker import Failure, Parsed, parse_file, parse_files
from curator.storage import articles as article_store
from curator.storage import events as event_store
from curator.storage import search
from curator.storage.db import Database

CHUNK = 256
WORKER_BATCH = 16  # files a worker reads per task
# Below this many files a process pool costs more to start than it saves.
POOL_THRESHOLD = 64


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


def collect_files(paths: Iterable[str | Path]) -> tuple[list[Path], list[Failure]]:
    """Expand folders recursively (supported formats only); named files are kept whatever their suffix.

    What a folder holds but cannot be imported is listed with the reason, never skipped in
    silence: a broken link, a link that loops back, a pipe or device named like an article.
    """
    files: list[Path] = []
    skipped: list[Failure] = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            found, problems = _walk(path)
            files.extend(sorted(found))
            skipped.extend(problems)
        elif path.exists():
            files.append(path)
        else:
            skipped.append(Failure(str(path), Msg.NO_SUCH_PATH))
    return files, skipped


def _walk(folder: Path) -> tuple[list[Path], list[Failure]]:
    """Supported files under `folder`, following linked folders once each; and what was skipped."""
    found: list[Path] = []
    skipped: list[Failure] = []
    seen = {folder.resolve()}
    stack = [folder]
    while stack:
        current = stack.pop()
        try:
            with os.scandir(current) as listing:
                entries = sorted(listing, key=lambda e: e.name)  # a DirEntry knows its type: no stat per file
        except OSError as error:
            skipped.append(Failure(str(current), Msg.FOLDER_UNREADABLE, {"reason": str(error.strerror or error)}))
            continue
        for entry in entries:
            path = current / entry.name
            if entry.is_dir():
                target = path.resolve()
                if target in seen:
                    skipped.append(Failure(str(path), Msg.LINK_LOOP))
                else:
                    seen.add(target)
                    stack.append(path)
            elif path.suffix.lower() not in SUPPORTED_SUFFIXES:
                continue
            elif entry.is_file():
                found.append(path)
            elif entry.is_symlink() and not path.exists():
                skipped.append(Failure(str(path), Msg.BROKEN_LINK))
            else:
                skipped.append(Failure(str(path), Msg.NOT_A_REGULAR_FILE))
    return found, skipped


def _parsed_stream(files: Sequence[Path], workers: int | None) -> Iterator[Parsed]:
    names = [str(f) for f in files]
    workers = workers if workers is not None else (os.cpu_count() or 1)
    if workers <= 1 or len(names) < POOL_THRESHOLD:
        yield from map(parse_file, names)
        return
    # forkserver: the GUI has threads, and forking a threaded process is unsafe. The server loads
    # the worker's module once; each worker forked from it starts at once.
    context = multiprocessing.get_context("forkserver" if os.name == "posix" else "spawn")
    if os.name == "posix":
        context.set_forkserver_preload([parse_files.__module__])
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=context,
                               initializer=exit_with_parent, initargs=(os.getpid(),))
    try:
        # A bounded queue of batches, topped up as the oldest is taken: the workers read ahead
        # while this process stores (a whole window at a time left them idle at its end), and
        # memory stays flat however many files there are.
        in_flight = CHUNK * workers // WORKER_BATCH
        pending: deque[Future] = deque()
        for start in range(0, len(names), WORKER_BATCH):
            pending.append(pool.submit(parse_files, names[start : start + WORKER_BATCH]))
            if len(pending) >= in_flight:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _row(parsed: Parsed, stamp) -> dict:
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
        rows = [_row(p, stamp) for p in new]
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
    files, missing = collect_files(paths)
    report = ImportReport(failed=list(missing))
    total = len(files)
    progress(0, total)
    chunk: list[Parsed] = []
    done = 0
    stream = _parsed_stream(files, workers)
    try:
        for parsed in stream:
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
    finally:
        stream.close()
    progress(done, total)
    return report
