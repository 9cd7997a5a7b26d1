"""Markdown with YAML front matter, and HTML fragments, turned into plain paragraphs."""

import re
from typing import Any

from curator.core.errors import Msg
from curator.ingest.parsed import ImportFailure

FRONT_MATTER_MAX = 64 * 1024  # characters; real headers hold a few hundred
FIELD_MAX = 2_000  # a title, source or author longer than this is not one
_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
# Elements whose boundaries are paragraph breaks; everything else is inline and merged.
_BLOCK_TAGS = frozenset(
    "p div br h1 h2 h3 h4 h5 h6 li dt dd blockquote pre tr td th table ul ol section article "
    "header footer figure figcaption hr address aside nav main".split()
)
_DROP_TAGS = ("script", "style", "noscript", "template", "iframe", "svg")
# Anything that could be Markdown or HTML syntax. Most news bodies have none, and the
# renderer costs more than the rest of the import together, so it runs only when needed.
# "7*24小时" is arithmetic, not emphasis; a ">" is markup only as a tag's end or a quote's start.
# Three patterns, each opening with what the regex engine finds by a quick scan (a character of a
# set, "*", "\n"), where one with "^" in MULTILINE mode was tried at every position: 0.2 ms an article.
_MARKUP_CHARS = re.compile(r"[#_`\[\]<|~\\&]")
_EMPHASIS = re.compile(r"\*(?:(?<!\d\*)|(?!\d))")  # a "*" without a digit on both sides
_MARKUP_LINE = re.compile(r"\n(?:[ \t]*(?:[-+>][ \t]|\d+[.)][ \t]|={3,}|-{3,})| {4}|\t)")  # a list, quote, rule or code line


def split_front_matter(text: str) -> tuple[dict[str, Any], str]:
    """The YAML front matter as a dict (empty when absent) and the body after it.

    A hostile header must not cost memory: it is refused when longer than FRONT_MATTER_MAX, when it
    uses aliases (a 573-byte "billion laughs" expands to gigabytes), or when a field is longer
    than FIELD_MAX.
    """
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    header = match.group(1)
    if len(header) > FRONT_MATTER_MAX:
        raise ImportFailure(Msg.FRONT_MATTER_TOO_LONG, chars=len(header), limit=FRONT_MATTER_MAX)
    import yaml  # lazy: plain-text files never need it

    # The C loader when libyaml is there: five times faster on a short header.
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        # An alias is written "*name": a header without a "*" (most) need not be parsed twice.
        if "*" in header and any(isinstance(event, yaml.AliasEvent) for event in yaml.parse(header, Loader=loader)):
            raise ImportFailure(Msg.FRONT_MATTER_ALIASES)
        data = yaml.load(header, Loader=loader)
    except yaml.YAMLError:
        raise ImportFailure(Msg.FRONT_MATTER_INVALID) from None
    data = data if isinstance(data, dict) else {}
    for key, value in data.items():
        if isinstance(value, str) and len(value) > FIELD_MAX:
            raise ImportFailure(Msg.FRONT_MATTER_FIELD_TOO_LONG, field=str(key)[:40], chars=len(value))
    return data, text[match.end():]


def has_front_matter(text: str) -> bool:
    return bool(_FRONT_MATTER.match(text))


def markdown_paragraphs(body: str) -> list[str]:
    """Render Markdown (raw HTML allowed) and return its block texts, inline markup dropped."""
    if not has_markup_signs(body):
        return [line.strip() for line in body.split("\n") if line.strip()]
    from markdown_it import MarkdownIt  # lazy: heavy, and only Markdown needs it

    html = MarkdownIt("commonmark", {"html": True}).render(body)
    return html_paragraphs(html)


def has_markup_signs(body: str) -> bool:
    """Whether the body holds anything that could be Markdown or HTML syntax."""
    return bool(_MARKUP_CHARS.search(body) or _EMPHASIS.search(body) or _MARKUP_LINE.search("\n" + body))


def html_paragraphs(html: str) -> list[str]:
    """Text of an HTML fragment, one paragraph per block element."""
    import lxml.html  # lazy: plain-text readers stay light

    if not html.strip():
        return []
    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except Exception as error:  # lxml raises several types for broken markup
        raise ImportFailure(Msg.HTML_UNREADABLE, detail=str(error)) from None
    for element in root.iter(*_DROP_TAGS):
        element.drop_tree()
    # Mark block boundaries with newlines so text_content() keeps them apart.
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag.lower() in _BLOCK_TAGS:
            element.tail = "\n" + (element.tail or "")
            element.text = "\n" + (element.text or "")
    return [line.strip() for line in root.text_content().split("\n") if line.strip()]


def front_matter_text(value: Any) -> str | None:
    """A front-matter scalar as stripped text, None when missing or empty."""
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def front_matter_list(value: Any) -> list[str]:
    """Tags/categories as a list, whether written as a YAML list or a space-separated string."""
    if value is None:
        return []
    if isinstance(value, (list, tuple)):
        return [str(v).strip() for v in value if str(v).strip()]
    return [part for part in re.split(r"[\s,，]+", str(value)) if part]
