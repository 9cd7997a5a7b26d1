"""What a reader hands to the import pipeline."""

from dataclasses import dataclass
from datetime import datetime

from curator.core.errors import CuratorError
from curator.core.types import Script


class ImportFailure(CuratorError):
    """A file that cannot be imported, and why: one line a user can act on."""


@dataclass(frozen=True, slots=True)
class ParsedArticle:
    """One article read from a file, cleaned and normalized.

    `text` is final: NFC, paragraphs joined by a single "\\n", no leading or trailing
    blank space. Annotations will point into it by code-point offsets, so nothing
    after the reader may change it.
    """

    title: str
    text: str
    source: str | None = None
    url: str | None = None
    author: str | None = None
    published: datetime | None = None
    script: Script = Script.SIMPLIFIED
    format: str = "txt"
