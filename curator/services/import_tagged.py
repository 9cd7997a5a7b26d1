"""Importing pre-tagged articles from JSONL (doccano) or character BIO CoNLL, the export's round trip.

Articles are stored as read: their text is not normalized again, because the spans
point into it by code-point offsets. Mentions get origin "imported", the importing
user as annotator and status pending, so they go through review like any other tag.
Like a plain import, each new article gets an `article_imported` event (its tags come and
go with it), all in one batch, so `changes.undo` takes the whole import back, and is searchable
when the import returns: it goes into the search index in its chunk's transaction.
"""

import hashlib
import uuid
from collections import Counter
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING
from dataclasses import dataclass, field
from datetime import datetime
from itertools import islice
from pathlib import Path

from curator.core.clock import now
from curator.core.errors import Invalid, Msg
from curator.core.progress import Cancel, Progress, never_cancel, no_progress
from curator.core.types import ArticleStatus, Kind, MentionStatus, Origin
from curator.export.spans import TaggedText, read_conll, read_jsonl
from curator.storage import articles as article_store
from curator.storage import entities as entity_store
from curator.storage import events as event_store
from curator.storage import mentions as mention_store
from curator.storage.db import Database

if TYPE_CHECKING:  # the window loads this module before its first frame; the readers and numpy come after
    from curator.services.import_worker import TaggedRead

# A chunk costs a dozen statements and a commit whatever its size, and its names are looked up
# again in the next one: 1,000 articles (about half a second) keep a cancel prompt all the same.
CHUNK = 1000
POOL_BYTES = 2**20  # from about a thousand articles, worker processes pay for their start
READ_BATCH = 250  # texts a worker tokenizes per task: a chunk is shared among the workers
MAX_PROBLEMS = 100  # the report lists this many skipped spans; the count covers them all
_SUFFIXES = {".jsonl": "jsonl", ".json": "jsonl", ".conll": "conll", ".bio": "conll", ".tsv": "conll"}


@dataclass(slots=True)
class TaggedImportReport:
    imported: int = 0
    duplicates: int = 0
    mentions: int = 0
    skipped_spans: int = 0
    problems: list[str] = field(default_factory=list)
    articles: list[int] = field(default_factory=list)
    cancelled: bool = False
    batch: str = field(default_factory=lambda: uuid.uuid4().hex)  # the history batch `curator undo` reverts

    def as_dict(self) -> dict:
        return {"imported": self.imported, "duplicates": self.duplicates, "mentions": self.mentions,
                "skipped_spans": self.skipped_spans, "problems": self.problems, "articles": self.articles,
                "cancelled": self.cancelled}

    def skip(self, ref: str | None, span, reason: str) -> None:
        self.skipped_spans += 1
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(f"{ref}: span {span[0]}-{span[1]} skipped: {reason}")


def span_format(path: Path) -> str:
    """"jsonl" or "conll" from the file's suffix."""
    fmt = _SUFFIXES.get(path.suffix.lower())
    if fmt is None:
        raise Invalid(Msg.NOT_A_TAGGED_FILE, name=path.name)
    return fmt


def content_hash(text: str) -> str:
    """The same digest the file import uses, so a tagged copy of an imported article is a duplicate."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _valid_spans(item: TaggedText, report: TaggedImportReport) -> list[tuple[int, int, str]]:
    """The spans the store can hold: inside the text, not blank, not overlapping an earlier one."""
    kept: list[tuple[int, int, str]] = []
    for span in sorted(set(item.spans)):
        start, end, _kind = span
        if not 0 <= start < end <= len(item.text):
            report.skip(item.ref, span, f"outside the text (0-{len(item.text)})")
        elif not item.text[start:end].strip():
            report.skip(item.ref, span, "blank text")
        elif kept and start < kept[-1][1]:
            report.skip(item.ref, span, f"overlaps {kept[-1][0]}-{kept[-1][1]}")
        else:
            kept.append(span)
    return kept


def _published(value: str | None) -> datetime | None:
    try:
        return datetime.fromisoformat(value).replace(tzinfo=None) if value else None
    except ValueError:
        return None


def _article_row(read: "TaggedRead", digest: str, meta: dict, stamp: datetime, counts: Counter) -> dict:
    item = read.item
    status = ArticleStatus.IN_PROGRESS if counts else ArticleStatus.NEW
    return {
        **meta, "title": read.title, "text": item.text, "source": item.source, "url": item.url, "author": None,
        "published": _published(item.published), "script": str(read.script), "content_hash": digest,
        "chars": len(item.text), "status": str(status), "imported_at": stamp, "updated_at": stamp,
        "n_institutions": counts[Kind.INSTITUTION], "n_figures": counts[Kind.FIGURE],
        "indexed": read.index is not None,
    }


def _mention_rows(ids: list[int], spans: list[list[tuple[int, int, str]]], names: list[list[tuple[str, str]]],
                  entities: dict[tuple[str, str], int], *, user: str, stamp: datetime) -> list[dict]:
    """The mentions of the chunk's articles (ids, kept spans and their names, side by side); each
    waits for review like any other tag."""
    common = {"origin": str(Origin.IMPORTED), "score": None, "status": str(MentionStatus.PENDING),
              "annotator": user, "annotated_at": stamp}
    return [
        {**common, "article_id": article_id, "entity_id": entities[kind, surface], "start": start, "end": end,
         "surface": surface}
        for article_id, kept, article in zip(ids, spans, names, strict=True)
        for (start, end, _), (kind, surface) in zip(kept, article, strict=True)
    ]


def _entity_counts(names: list[tuple[str, str]], entities: dict[tuple[str, str], int]) -> Counter:
    """Distinct entities per kind among an article's names: its row is written with its counts
    (`articles.recount`'s), not recounted after."""
    return Counter(kind for kind, _entity in {(kind, entities[kind, name]) for kind, name in names})


def _fresh(chunk: list["TaggedRead"], report: TaggedImportReport, seen: set[str]) -> dict[str, "TaggedRead"]:
    """The chunk's texts not met before in this file, by their digest; blank texts are left out."""
    fresh: dict[str, "TaggedRead"] = {}
    for read in chunk:
        digest = content_hash(read.item.text)
        if digest in seen:
            report.duplicates += 1
        elif read.item.text.strip():  # nothing to annotate otherwise
            seen.add(digest)
            fresh[digest] = read
    return fresh


def _store_chunk(db: Database, chunk: list["TaggedRead"], meta: dict, user: str,
                 report: TaggedImportReport, seen: set[str]) -> None:
    """Store a chunk's new articles with their tags and in the search index, in one transaction of
    a dozen statements or so whatever its size: its names are looked up together, and entities,
    articles, mentions and history each inserted at once."""
    stamp = now()
    fresh = _fresh(chunk, report, seen)
    with db.writing() as session:
        known = article_store.existing_hashes(session, fresh)
        report.duplicates += len(known)
        items = [(digest, read) for digest, read in fresh.items() if digest not in known]
        spans = [_valid_spans(read.item, report) for _, read in items]
        names = [[(kind, read.item.text[start:end]) for start, end, kind in kept]
                 for (_, read), kept in zip(items, spans)]
        entities = entity_store.entity_ids(session, (pair for article in names for pair in article))
        rows = [_article_row(read, digest, meta, stamp, _entity_counts(article, entities))
                for (digest, read), article in zip(items, names)]
        ids = article_store.insert_articles(session, rows)
        from curator.storage import search  # here, as the readers below: not before the window's first frame

        search.add_to_index(session, [(i, read.index) for i, (_, read) in zip(ids, items) if read.index is not None])
        mentions = _mention_rows(ids, spans, names, entities, user=user, stamp=stamp)
        mention_store.insert_first_mentions(session, mentions)
        event_store.record_articles(session, at=stamp, user=user, action="article_imported", batch=report.batch,
                                    articles=[(i, {"file": meta["file"]}) for i in ids])
    report.imported += len(ids)
    report.mentions += len(mentions)
    report.articles.extend(ids)


def _chunks(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def import_tagged(db: Database, path: str | Path, *, user: str, fmt: str | None = None,
                  progress: Progress = no_progress, cancel: Cancel = never_cancel) -> TaggedImportReport:
    """Import a JSONL or CoNLL file of tagged articles; texts already in the library are skipped.

    Chunks are committed as they complete, so a cancel or a malformed line keeps what came before.
    `progress` gets (articles read, 0): the total is unknown until the file is read.
    """
    path = Path(path)
    fmt = fmt or span_format(path)
    reader = read_jsonl if fmt == "jsonl" else read_conll
    report = TaggedImportReport()
    seen: set[str] = set()
    meta = {"format": fmt, "file": str(path.resolve())}  # resolved once: resolving asks the system about every part
    from curator.services.import_worker import read_tagged
    from curator.services.worker_pool import InOrder, worker_count

    done = 0
    # A big file's texts are tokenized by worker processes, in batches shared among them, up to a
    # chunk ahead of the one stored: they make one in a third of the time it takes to store it, and
    # each chunk held ahead costs some 16 MB.
    workers = worker_count() if path.stat().st_size >= POOL_BYTES else 1
    # Only "\n" ends a line: a stray "\r" in a record stays part of it.
    with (open(path, encoding="utf-8-sig", newline="\n") as lines,
          InOrder(read_tagged, _chunks(reader(lines), READ_BATCH), workers=workers,
                  ahead=CHUNK // READ_BATCH) as reads):
        for chunk in _chunks((read for _items, batch in reads for read in batch), CHUNK):
            _store_chunk(db, chunk, meta, user, report, seen)
            done += len(chunk)
            progress(done, 0)
            if cancel():
                report.cancelled = True
                break
    return report
