"""Readers for each article format, cleaning and metadata.

Public API: `read_article(path) -> ParsedArticle` (raises `ImportFailure`) and
`SUPPORTED_SUFFIXES`. Heavy libraries load inside the reader that needs them.
"""

from curator.ingest.parsed import ImportFailure, ParsedArticle
from curator.ingest.readers import SUPPORTED_SUFFIXES, read_article

__all__ = ["SUPPORTED_SUFFIXES", "ImportFailure", "ParsedArticle", "read_article"]
