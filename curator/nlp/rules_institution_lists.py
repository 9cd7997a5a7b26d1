"""Institutions known by the list they stand in.

Government bodies listed after one whose place is named: 县财政局、自然资源局、水利局、林业局. The
place written once covers the whole list, so 水利局 there is the county's bureau, one body,
although 水利局 alone names none (docs/tagging.md: 县财政局 each). Only a word that is itself a
body (a field plus 局, 委, 厅 …) is taken, never a company or a bank.

A list the sentence names the kind of: 中华保险、太平保险、大地保险等公司 — each item is one of the
companies, whatever its words (no ending says so).
"""

import re

from curator.core.types import Kind
from curator.nlp.name_shape import is_name_like
from curator.nlp.segment import NEW, Token
from curator.nlp.suggestion import Candidate
from curator.nlp.vocab import Vocab

LISTED_BODY_SCORE = 0.7
LIST_ANCHOR_SCORE = 0.75  # the named body the list hangs on: a rule chain at least this sure
BODY_TAGS = frozenset({"n", "nt", "nz", NEW})
LIST_MARKS = frozenset("、")
CLASSED_ITEM_SCORE = 0.75
# Items of two to twelve characters joined by 、, closed by 等 and a word for institutions.
_ITEM = r"[^\s、，。；：,;:“”\"（）()]{2,12}"
_CLASSED_LIST = re.compile(rf"((?:{_ITEM}、)+{_ITEM})等(?:多家|\d+家|[一二三四五六七八九十两几]+家)?"
                           r"(?:金融机构|保险公司|公司|银行|机构|单位|企业|部门|媒体)")
# Words the first item may not reach back over: the sentence before the list (走访|了|工商银行、…).
SENTENCE_TAGS = frozenset({"v", "p", "c", "d", "r", "u", "uj", "ul", "uz", "ug", "ud", "m", "q", "f"})


def listed_bodies(tokens: list[Token], found: list[Candidate], vocab: Vocab) -> list[Candidate]:
    """Bodies listed with 、 on either side of a chain that names its place."""
    by_start = {t.start: i for i, t in enumerate(tokens)}
    by_end = {t.end: i for i, t in enumerate(tokens)}
    out: list[Candidate] = []
    for c in found:
        if c.source != "rule" or c.score < LIST_ANCHOR_SCORE or c.start not in by_start or c.end not in by_end:
            continue
        if not _is_body(tokens[by_end[c.end]].word, vocab):
            continue  # a bank or a company heads no list of bureaus
        for step, i in ((1, by_end[c.end] + 1), (-1, by_start[c.start] - 1)):
            while 0 <= i < len(tokens) and 0 <= i + step < len(tokens) and tokens[i].word in LIST_MARKS:
                body = tokens[i + step]
                if body.tag not in BODY_TAGS or len(body.word) < 3 or not _is_body(body.word, vocab):
                    break
                out.append(Candidate(body.start, body.end, Kind.INSTITUTION, LISTED_BODY_SCORE, "rule"))
                i += 2 * step
    return out


def _is_body(word: str, vocab: Vocab) -> bool:
    """A field and a government ending in one word: 水利局, 发改委, 财政局 (not 办公室, not 银行)."""
    return word not in vocab.not_institutions and word[-1] in vocab.body_suffixes and word not in vocab.body_suffixes


def classed_lists(text: str, tokens: list[Token], vocab: Vocab) -> list[Candidate]:
    """The items of a list closed by 等 and a word for institutions (…、大地保险等公司); an item
    shaped like a person's name is left to the figure rules (张三、李四等单位负责人)."""
    spans: list[tuple[int, int]] = []
    for m in _CLASSED_LIST.finditer(text):
        items = m.group(1).split("、")
        start = m.start(1) + len(items[0]) + 1
        if (first := _first_item_start(tokens, m.start(1), start - 1)) is not None:
            spans.append((first, start - 1))
        for item in items[1:]:
            spans.append((start, start + len(item)))
            start += len(item) + 1
    return [Candidate(s, e, Kind.INSTITUTION, CLASSED_ITEM_SCORE, "rule") for s, e in spans
            if not is_name_like(text[s:e], vocab)]


def _first_item_start(tokens: list[Token], start: int, end: int) -> int | None:
    """Where the list's first item starts: after the last word of the sentence before it, if it
    ends on a word boundary and keeps two characters or more."""
    inside = [t for t in tokens if start <= t.start and t.end <= end]
    if not inside or inside[-1].end != end:
        return None
    first = end
    for token in reversed(inside):
        if token.tag in SENTENCE_TAGS:
            break
        first = token.start
    return first if end - first >= 2 else None
