"""What an import worker process does with one file: read it, fingerprint it, make its search tokens;
and with a tagged file's texts: tell their script and make their tokens.

This module imports only the readers and the core (no SQLAlchemy, no Alembic): each worker process
of an import loads it, and its start-up is the import's own.
"""

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from curator.core.errors import Msg
from curator.core.search_tokens import index_columns
from curator.core.types import Script
from curator.export.spans import TaggedText
from curator.ingest import ImportFailure, ParsedArticle, read_article
from curator.ingest.metadata import detect_script


@dataclass(frozen=True, slots=True)
class Failure:
    """A file or folder that was not imported, and why: a message code and its parameters."""

    path: str
    code: Msg
    params: dict[str, object] = field(default_factory=dict)

    @property
    def error(self) -> str:
        """Why, in English: what the command line prints."""
        return self.code.english(self.params)


@dataclass(frozen=True, slots=True)
class Parsed:
    """One file read: its article and fingerprint, or why it failed."""

    path: str
    article: ParsedArticle | None
    failure: Failure | None
    content_hash: str = ""
    index: dict[str, str] | None = None  # its search index columns, None when too long to index


def parse_file(path: str) -> Parsed:
    """Read one file; any failure becomes a one-line reason, never an exception."""
    try:
        article = read_article(Path(path))
    except ImportFailure as failure:
        return Parsed(path, None, Failure(path, failure.code, failure.params))
    except Exception as error:  # a reader bug must not cost the user the batch
        detail = (str(error).splitlines() or [""])[0]
        return Parsed(path, None, Failure(path, Msg.READER_CRASHED, {"kind": type(error).__name__, "detail": detail}))
    digest = hashlib.sha256(article.text.encode("utf-8")).hexdigest()
    # Tokenized here, in the worker, so that the import is searchable when it returns and the
    # process that writes only hands the tokens to SQLite.
    index = index_columns(article.title, article.text, str(article.script))
    return Parsed(path, article, None, digest, index)


def parse_files(paths: list[str]) -> list[Parsed]:
    """`parse_file` for a batch: one task a batch keeps the pool's overhead small."""
    return [parse_file(path) for path in paths]


@dataclass(frozen=True, slots=True)
class TaggedRead:
    """A tagged file's text, with what is made of it before it is stored."""

    item: TaggedText
    title: str
    script: Script
    index: dict[str, str] | None  # its search index columns, None when too long to index


def read_tagged(items: list[TaggedText]) -> list[TaggedRead]:
    """Title, script and search tokens of a batch of a tagged file's texts (their text is stored as
    it is: the spans point into it)."""
    return [_read_tagged(item) for item in items]


def _read_tagged(item: TaggedText) -> TaggedRead:
    title = (item.title or "").strip() or item.text.strip().split("\n", 1)[0][:30]
    script = detect_script(item.text)
    return TaggedRead(item, title, script, index_columns(title, item.text, str(script)))
