"""Paragraph-level cleaning shared by every format: pinyin notes, site chrome, navigation."""

import re
from functools import lru_cache

from curator.core.resources import read_lines

# A note is dropped only when every syllable is pinyin and one carries a tone mark, so
# "(含)", "(魏利華)" and "(Ltd)" stay. The note must follow a Han character; "?"/U+FFFD
# stand for a Han character lost to mis-encoding in scraped text ("當?(shù)"). The bracket opens
# the pattern and the look back at the character before follows it: the regex engine then scans
# for brackets, where a pattern opening with the look back was tried at every position.
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
_SYLLABLE = rf"[a-zA-Zü{_TONED}]{{1,6}}"
_PINYIN_NOTE = re.compile(
    rf"[(（](?<=[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff?\ufffd][(（])({_SYLLABLE}(?:[ '’]{_SYLLABLE}){{0,3}})[)）]"
)
_HAS_TONE = re.compile(f"[{_TONED}]")
# Words: Han, Latin letters or digits. A paragraph with none ("··", "——") is a divider.
_WORD_CHAR = re.compile(r"[0-9A-Za-z\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_NOT_WORD = re.compile(r"[^0-9A-Za-z\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_NAV_SPLIT = re.compile(r"[|｜/／·•>»\s]+")
_URL_ONLY = re.compile(r"^[<（(]?(https?://[^\s<>（）()]+)[>）)]?$")
# Notices are one-liners; a long paragraph mentioning "版权所有" is article text.
MAX_BOILERPLATE_LEN = 200
# Whole-line chrome entries are short; longer paragraphs skip the lookup.
_MAX_LINE_ENTRY = 24


@lru_cache(maxsize=1)
def _lists() -> tuple[frozenset[str], re.Pattern[str], frozenset[str], tuple[str, ...]]:
    """Word lists from resources/ingest, read once per process."""
    fragments = read_lines("ingest", "boilerplate_fragments.txt")
    return (
        frozenset(_key(line) for line in read_lines("ingest", "boilerplate_lines.txt")),
        re.compile("|".join(re.escape(f.lower()) for f in fragments)),
        frozenset(_key(line) for line in read_lines("ingest", "tail_markers.txt")),
        tuple(read_lines("ingest", "navigation_prefixes.txt")),
    )


def _key(paragraph: str) -> str:
    """A paragraph reduced to its word characters, for whole-line list matching."""
    return _NOT_WORD.sub("", paragraph).lower()


def strip_pinyin_notes(text: str) -> str:
    """Remove tone-marked pinyin notes after Han characters: "戰(zhàn)" → "戰"."""
    if "(" not in text and "（" not in text:
        return text
    return _PINYIN_NOTE.sub(lambda m: "" if _HAS_TONE.search(m.group(1)) else m.group(0), text)


def is_boilerplate(paragraph: str) -> bool:
    """Site chrome: dividers, comment/recommendation headers, copyright and licence notices."""
    if len(paragraph) <= _MAX_LINE_ENTRY and not _WORD_CHAR.search(paragraph):
        return True
    lines, fragments, _, _ = _lists()
    if len(paragraph) <= _MAX_LINE_ENTRY and _key(paragraph) in lines:
        return True
    # Lower-casing first is cheaper than a case-insensitive regex over Han text.
    return len(paragraph) <= MAX_BOILERPLATE_LEN and bool(fragments.search(paragraph.lower()))


def is_navigation(paragraph: str) -> bool:
    """Link rows such as "返回阳泉日报新闻｜返回首页" or "上一篇 下一篇"."""
    if len(paragraph) > 80:
        return False
    prefixes = _lists()[3]
    # The first part is looked at first: most short paragraphs are text, told apart without a split.
    separators = _NAV_SPLIT.match(paragraph)
    if not paragraph.startswith(prefixes, separators.end() if separators else 0):
        return False
    parts = [part for part in _NAV_SPLIT.split(paragraph) if part]
    # One part alone ("返回家乡创业") may be a subheading; a row of two or more is chrome.
    return len(parts) >= 2 and all(part.startswith(prefixes) for part in parts)


def url_only(paragraph: str) -> str | None:
    """The URL when a paragraph is nothing but a link (a saved page's source link)."""
    match = _URL_ONLY.match(paragraph)
    return match.group(1) if match else None


def drop_page_tail(paragraphs: list[str]) -> list[str]:
    """Cut a web page's comment/recommendation tail: the first marker in the second half onwards."""
    markers = _lists()[2]
    for index in range(len(paragraphs) // 2, len(paragraphs)):
        if len(paragraphs[index]) <= 12 and _key(paragraphs[index]) in markers:
            return paragraphs[:index]
    return paragraphs


def clean_paragraphs(paragraphs: list[str]) -> tuple[list[str], str | None]:
    """Cleaned paragraphs and the source URL found among them (a URL-only paragraph)."""
    url = None
    kept = []
    for paragraph in drop_page_tail([p.strip() for p in paragraphs if p.strip()]):
        link = url_only(paragraph)
        if link:
            url = url or link
            continue
        if is_boilerplate(paragraph) or is_navigation(paragraph):
            continue
        kept.append(strip_pinyin_notes(paragraph))
    return kept, url
