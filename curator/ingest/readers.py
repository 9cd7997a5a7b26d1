"""The import entry point: one reader per file shape, then the shared cleaning and metadata."""

import io
import re
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from curator.core.errors import Msg
from curator.core.text import normalize_text
from curator.ingest import cleaning, metadata
from curator.ingest.decoding import decode_text, read_bytes
from curator.ingest.parsed import ImportFailure, ParsedArticle
from curator.ingest.rejoin import close_letter_spacing, looks_hard_wrapped, rejoin_lines

SUPPORTED_SUFFIXES: frozenset[str] = frozenset(
    {".txt", ".md", ".markdown", ".html", ".htm", ".pdf", ".docx"}
)

_HAN = re.compile(r"[\u3400-\u9fff]")
_WORD_CHARS = re.compile(r"\w")
MIN_FOREIGN_LETTERS = 20  # an article without Chinese needs at least a sentence


@dataclass
class _Draft:
    """A reader's raw result: paragraphs plus whatever metadata the format carried."""

    paragraphs: list[str]
    format: str
    title: str | None = None
    source: str | None = None  # stated outright (front matter "source:")
    site_name: str | None = None  # weakest evidence of the source: the website's name
    url: str | None = None
    author: str | None = None
    published: datetime | None = None
    hints: list[str] = field(default_factory=list)  # tags and categories that may name an outlet
    hard_wrapped: bool = False


def read_article(path: Path) -> ParsedArticle:
    """Read, clean and describe one article file; ImportFailure(one-line reason) for bad input."""
    path = Path(path)
    suffix = path.suffix.lower()
    if not suffix:
        raise ImportFailure(Msg.NO_EXTENSION)
    if suffix not in SUPPORTED_SUFFIXES:
        raise ImportFailure(Msg.UNSUPPORTED_TYPE, suffix=suffix)
    data = read_bytes(path)
    try:
        if suffix == ".pdf":
            draft = _read_pdf(data)
        elif suffix == ".docx":
            draft = _read_docx(data)
        else:
            draft = _read_text(decode_text(data), suffix)
        return _finish(draft)
    except ImportFailure:
        raise
    except Exception as error:  # the contract: bad input never escapes as a library error
        detail = str(error).strip().split("\n", 1)[0][:120] or type(error).__name__
        raise ImportFailure(Msg.READER_FAILED, format=suffix[1:].upper(), detail=detail) from None


def _read_text(text: str, suffix: str) -> _Draft:
    """Text files take the shape their content shows: front matter, a whole HTML page, or plain."""
    if not text.strip():
        raise ImportFailure(Msg.BLANK_FILE)
    from curator.ingest.markup import has_front_matter
    from curator.ingest.webpage import is_html_page

    if has_front_matter(text) or suffix in (".md", ".markdown"):
        return _read_markdown(text)
    if is_html_page(text) or suffix in (".html", ".htm"):
        return _read_page(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    wrapped = looks_hard_wrapped(text)
    return _Draft(paragraphs=[text] if wrapped else text.split("\n"), format="txt", hard_wrapped=wrapped)


def _read_markdown(text: str) -> _Draft:
    from curator.ingest import markup

    front, body = markup.split_front_matter(text)
    get = markup.front_matter_text
    return _Draft(
        paragraphs=markup.markdown_paragraphs(body),
        format="md",
        title=get(front.get("title")),
        source=get(front.get("source")),
        url=get(front.get("url")) or get(front.get("link")),
        author=get(front.get("author")),
        published=metadata.parse_date(front.get("date")),
        hints=markup.front_matter_list(front.get("tags")) + markup.front_matter_list(front.get("categories")),
    )


def _read_page(html: str) -> _Draft:
    from curator.ingest.webpage import extract_page

    page = extract_page(html)
    return _Draft(
        paragraphs=page.paragraphs,
        format="html",
        title=page.title,
        site_name=page.source,
        url=page.url,
        author=page.author,
        published=metadata.parse_date(page.date),
        hints=page.hints,
    )


def _read_pdf(data: bytes) -> _Draft:
    from curator.ingest.documents import pdf_text

    return _Draft(paragraphs=[pdf_text(io.BytesIO(data))], format="pdf", hard_wrapped=True)


def _read_docx(data: bytes) -> _Draft:
    from curator.ingest.documents import docx_paragraphs

    paragraphs, title = docx_paragraphs(io.BytesIO(data))
    return _Draft(paragraphs=paragraphs, format="docx", title=title)


def _finish(draft: _Draft) -> ParsedArticle:
    """Shared cleaning, then metadata from what the format gave and what the text shows."""
    text = "\n".join(draft.paragraphs)
    if draft.hard_wrapped:
        # Before normalizing: blank lines and indents are the paragraph signals it reads.
        text = close_letter_spacing(rejoin_lines(text.replace("\r\n", "\n").replace("\r", "\n")))
    text = normalize_text(text)
    paragraphs, link = cleaning.clean_paragraphs(text.split("\n"))
    title = normalize_text(cleaning.strip_pinyin_notes(draft.title or "")).replace("\n", " ") or None
    if title and paragraphs and paragraphs[0] == title:
        paragraphs = paragraphs[1:]  # the page repeated its title as the first line
    if not title:
        title = metadata.headline(paragraphs)
        if title:
            paragraphs = paragraphs[1:]
    body = normalize_text("\n".join(paragraphs))
    if not body:
        raise ImportFailure(Msg.ONLY_BOILERPLATE)
    if not _HAN.search(body) and len(_WORD_CHARS.findall(body)) < MIN_FOREIGN_LETTERS:
        raise ImportFailure(Msg.NO_CHINESE)  # 2 random bytes "h>"
    paragraphs = body.split("\n")
    return ParsedArticle(
        title=title or metadata.title_from_text(paragraphs) or body[: metadata.TITLE_MAX],
        text=body,
        source=draft.source or metadata.find_source(paragraphs, draft.hints) or draft.site_name,
        url=draft.url or link,
        author=draft.author or metadata.find_author(paragraphs),
        published=draft.published or metadata.find_published(paragraphs),
        script=metadata.detect_script(body),
        format=draft.format,
    )
