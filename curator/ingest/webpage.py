"""Saved web pages: main text and metadata, by trafilatura or, failing that, by lxml."""

import re
from dataclasses import dataclass, field

from curator.core.errors import Msg
from curator.ingest.markup import html_paragraphs
from curator.ingest.parsed import ImportFailure

_HTML_START = re.compile(r"\A\ufeff?\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>])", re.I | re.S)


@dataclass
class PageContent:
    """What a page yields before the shared cleaning."""

    paragraphs: list[str]
    title: str | None = None
    source: str | None = None
    author: str | None = None
    url: str | None = None
    date: str | None = None
    hints: list[str] = field(default_factory=list)


def is_html_page(text: str) -> bool:
    """True when the text is a whole HTML document, whatever the file is called."""
    return bool(_HTML_START.match(text[:4096]))


def extract_page(html: str) -> PageContent:
    """Main text and metadata of a saved page."""
    try:
        import trafilatura  # lazy and optional: its import chain may be broken
    except ImportError:
        return _extract_with_lxml(html)
    document = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=True, favor_precision=True
    )
    if document is None:
        return _extract_with_lxml(html)
    meta = document if isinstance(document, dict) else document.as_dict()
    text = meta.get("text") or ""
    return PageContent(
        paragraphs=[line for line in text.split("\n") if line.strip()],
        title=meta.get("title"),
        source=meta.get("sitename"),
        author=meta.get("author"),
        url=meta.get("url"),
        date=meta.get("date"),
        hints=list(meta.get("categories") or []) + list(meta.get("tags") or []),
    )


_MAIN_XPATHS = ("//article", "//*[@role='main']", "//main", "//*[contains(@class,'content')]", "//body")
# Containers of chrome, never of the story.
_CHROME_XPATH = "//nav|//header|//footer|//aside|//form|//*[@role='navigation']"


def _extract_with_lxml(html: str) -> PageContent:
    """A plain fallback: meta tags for metadata, the richest main container for text."""
    import lxml.html

    try:
        root = lxml.html.document_fromstring(html)
    except Exception as error:  # lxml raises several types for broken markup
        raise ImportFailure(Msg.HTML_UNREADABLE, detail=str(error)) from None

    def meta(*names: str) -> str | None:
        for name in names:
            for value in root.xpath(f"//meta[@property='{name}' or @name='{name}']/@content"):
                if value.strip():
                    return value.strip()
        return None

    canonical = root.xpath("//link[@rel='canonical']/@href")
    title = meta("og:title", "twitter:title") or (root.findtext(".//title") or "").strip() or None
    for element in root.xpath(_CHROME_XPATH):
        element.drop_tree()
    candidates = [c for xpath in _MAIN_XPATHS for c in root.xpath(xpath)]
    best = max(candidates, key=lambda c: len(c.text_content()), default=root)
    for h1 in best.xpath(".//h1"):
        title = title or h1.text_content().strip()
        h1.drop_tree()
    paragraphs = html_paragraphs(lxml.html.tostring(best, encoding="unicode"))
    return PageContent(
        paragraphs=paragraphs,
        title=title,
        source=meta("og:site_name", "application-name"),
        author=meta("author", "article:author"),
        url=meta("og:url") or (canonical[0] if canonical else None),
        date=meta("article:published_time", "pubdate", "publishdate", "date"),
        hints=[],
    )
