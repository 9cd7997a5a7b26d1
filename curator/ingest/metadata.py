"""Inferring title, source, author, date and script from cleaned paragraphs."""

import re
from datetime import date, datetime
from functools import lru_cache

import numpy as np

from curator.core.resources import read_lines
from curator.core.types import Script

_HAN = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_SENTENCE = re.compile(r"^.+?(?:[。！？!?]|……|…|$)")
_CLAUSE_MARK = re.compile(r"[，,、；;：:]")
_TRAILING_PUNCT = "。，,、；;：:…．.— \u3000"
# A headline may end in ？ or ！ but not in marks that continue or close a sentence.
_NOT_HEADLINE_END = "。，,、；;：:"
_DATE = re.compile(r"((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})日?(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?")
_NAME = rf"[{_HAN}]{{2,4}}"
# "记者 孙贵坤 侯晓 聊城报道", "本报记者 李若男", "（记者 郝光明）"
_REPORTER = re.compile(rf"^[（(【]?(?:[{_HAN}·]{{0,12}}?)记者[\s:：\u3000]*((?:{_NAME}(?:[\s、，,\u3000]+|$|(?=[）)】])))+)")
# "刘仕乾/文", "文/刘仕乾"
_SLASH_AUTHOR = re.compile(rf"^(?:({_NAME})\s*[/／]\s*文|文\s*[/／]\s*({_NAME}))")
_TRAILING_NAME = re.compile(rf"[（(]({_NAME})[)）]\s*$")
_REPORT_WORDS = ("报道", "摄影", "通讯员", "实习生", "编辑", "摄")

TITLE_MAX = 40
HEADLINE_MAX = 64
# OpenCC t2s leaves simplified text almost untouched; a few shared characters (乾, 著)
# change in any text, so a share well above that noise means traditional script.
_TRADITIONAL_SHARE = 0.05
_HAN_BLOCKS = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))
_HAN_KIND, _CHANGED_KIND = 1, 2  # kinds of character in the script table; 0: not Han


@lru_cache(maxsize=1)
def _word_lists() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], frozenset[str]]:
    suffixes = tuple(sorted(read_lines("ingest", "outlet_suffixes.txt"), key=len, reverse=True))
    labels = tuple(sorted(read_lines("ingest", "source_labels.txt"), key=len, reverse=True))
    heading = tuple(read_lines("ingest", "heading_labels.txt"))
    return suffixes, labels, heading, frozenset(read_lines("ingest", "not_names.txt"))


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    suffixes, labels, heading, _ = _word_lists()
    outlet = "|".join(map(re.escape, suffixes))
    label = "|".join(map(re.escape, labels))
    return (
        # The label opens the paragraph or a bracket, so "资金来源：" in a sentence is not a source line.
        re.compile(rf"(?:^|[（(【\[\s])(?:{label})\s*[:：]\s*([^\s（）()【】\[\]，。,;；|｜]{{2,30}})"),
        re.compile(rf"^([{_HAN}]{{2,12}}?(?:{outlet}))"),
        re.compile(rf"^[（(【]?([{_HAN}]{{1,10}}?(?:{outlet}))记者"),
        re.compile(rf"^(?:{'|'.join(map(re.escape, heading))})\s*[:：]\s*"),
        re.compile(label),
    )


def outlet_name(value: str) -> str | None:
    """The outlet a tag or label names: "阳泉日报新闻" → "阳泉日报"; None when none is named."""
    match = _patterns()[1].match(value.strip())
    return match.group(1) if match else None


def find_source(paragraphs: list[str], hints: list[str]) -> str | None:
    """Outlet from a 来源 line, then tag/category hints, then a byline like "大众网记者"."""
    source_line, _, byline, _, label = _patterns()
    edges = paragraphs[:5] + paragraphs[-5:]
    for paragraph in edges:
        # A label is looked for first: the regex engine finds one by a quick scan, where it tries
        # the source line's pattern, which opens with "^ or a bracket", at every position (30 us an article).
        match = label.search(paragraph) and source_line.search(paragraph)
        if match:
            return match.group(1).strip("：:·")
    for hint in hints:
        name = outlet_name(hint)
        if name:
            return name
    for paragraph in paragraphs[:6]:
        match = byline.match(paragraph)
        if match:
            return match.group(1)
    return None


def find_author(paragraphs: list[str]) -> str | None:
    """Reporter names from a byline near the top or a signature at the end, when clear."""
    not_names = _word_lists()[3]
    for paragraph in paragraphs[:6] + paragraphs[-3:]:
        match = _REPORTER.match(paragraph)
        if match:
            names = [n for n in re.split(r"[\s、，,\u3000]+", match.group(1)) if n]
            names = [n for n in names if not n.endswith(_REPORT_WORDS) and n not in not_names]
            if names:
                return "、".join(names)
        match = _SLASH_AUTHOR.match(paragraph)
        if match:
            return match.group(1) or match.group(2)
    if paragraphs:
        match = _TRAILING_NAME.search(paragraphs[-1])
        suffixes = _word_lists()[0]
        if match and match.group(1) not in not_names and not match.group(1).endswith(suffixes):
            return match.group(1)
    return None


def parse_date(value: object) -> datetime | None:
    """A naive datetime (the article's local time) from a YAML value or a date string."""
    if isinstance(value, datetime):
        return value.replace(tzinfo=None)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    if not isinstance(value, str):
        return None
    match = _DATE.search(value)
    if not match:
        return None
    year, month, day, hour, minute, second = (int(g) if g else 0 for g in match.groups())
    try:
        return datetime(year, month, day, hour, minute, second)
    except ValueError:
        return None


def find_published(paragraphs: list[str]) -> datetime | None:
    """A full date in a short header line (a dateline, not a date inside a sentence)."""
    for paragraph in paragraphs[:4]:
        if len(paragraph) <= 60:
            found = parse_date(paragraph)
            if found:
                return found
    return None


def headline(paragraphs: list[str]) -> str | None:
    """The first paragraph when it reads as a headline: short, not ending a sentence with 。."""
    if len(paragraphs) < 2:
        return None
    first = paragraphs[0]
    if len(first) > HEADLINE_MAX or first.endswith(tuple(_NOT_HEADLINE_END)):
        return None
    if _patterns()[3].match(first) or _REPORTER.match(first):
        return None
    return first


def title_from_text(paragraphs: list[str]) -> str:
    """The first sentence, without a 编者按：label, cut to about TITLE_MAX characters."""
    first = _patterns()[3].sub("", paragraphs[0]) if paragraphs else ""
    sentence = _SENTENCE.match(first).group(0) if first else ""
    sentence = sentence.rstrip(_TRAILING_PUNCT)
    if len(sentence) <= TITLE_MAX:
        return sentence
    cut = sentence[:TITLE_MAX]
    marks = [m.start() for m in _CLAUSE_MARK.finditer(cut)]
    if marks and marks[-1] >= TITLE_MAX // 2:
        return cut[: marks[-1]]
    return cut + "…"


@lru_cache(maxsize=1)
def _t2s():
    import opencc  # lazy: only the process that classifies scripts loads the dictionaries

    return opencc.OpenCC("t2s")


def detect_script(text: str) -> Script:
    """Traditional when OpenCC t2s changes a meaningful share of the Han characters of the text.

    Every character of the text counts, through a table of the Basic Multilingual Plane (which
    characters are Han, and which of those t2s changes when read alone): one array look-up, where
    counting the characters and converting the distinct ones took 0.4 ms an article, a tenth of the
    import. `take` in clip mode reads characters beyond the plane at U+FFFF, which is no Han
    character, and is twice as fast as indexing.
    """
    kinds = _script_table().take(np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32), mode="clip")
    han = np.count_nonzero(kinds)
    if not han:
        return Script.SIMPLIFIED
    share = np.count_nonzero(kinds == _CHANGED_KIND) / han
    return Script.TRADITIONAL if share >= _TRADITIONAL_SHARE else Script.SIMPLIFIED


@lru_cache(maxsize=1)
def _script_table() -> np.ndarray:
    """The kind of every character of the Basic Multilingual Plane (not Han, Han, Han that t2s
    changes): each Han character converted once, alone on its line (about 10 ms, once a process)."""
    kinds = np.zeros(0x10000, dtype=np.uint8)
    chars = [chr(code) for low, high in _HAN_BLOCKS for code in range(low, high + 1)]
    kinds[[ord(c) for c in chars]] = _HAN_KIND
    converted = _t2s().convert("\n".join(chars)).split("\n")
    if len(converted) == len(chars):  # t2s keeps one character a line; if not, nothing counts as changed
        kinds[[ord(a) for a, b in zip(chars, converted) if a != b]] = _CHANGED_KIND
    return kinds
