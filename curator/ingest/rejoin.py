"""Undo the hard line breaks of text extracted from PDF pages and narrow newspaper columns."""

import re

# Sentence-final marks, optionally followed by closing quotes/brackets: a line ending so may end a paragraph.
_SENTENCE_END = re.compile(r"[。！？!?…；;：:][”’」』》）)\]】\"']*$")
_INDENT = ("\u3000", " ", "\t", "\u00a0")
# Han characters separated by single spaces; a run with ≥3 such spaces is PDF letter spacing
# of a justified line ("服务 申 诉 率 为"). Names separated by spaces ("孙贵坤 侯晓") give
# runs of one space only, so they are left alone.
_HAN = r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"
_SPACED_RUN = re.compile(rf"{_HAN}(?: {_HAN})+")
_MIN_RUN_SPACES = 3
# A byline or dateline opens a new block even right after a headline with no blank line.
_BLOCK_START = re.compile(r"^(?:本报记者|记者[ \u3000]|本报[^\n。，]{0,16}?讯)")
# "（下转第2版）", "(上接第1版)": page-jump notes of a printed page.
_PAGE_JUMP = re.compile(r"[（(][上下]?[转接]第?\s*[0-9一二三四五六七八九十]+\s*版[）)]")
_LATIN_END = re.compile(r"[A-Za-z]$")
_LATIN_START = re.compile(r"^[A-Za-z]")

# A "full" line is within this many display columns of the typical line width.
_FULL_SLACK = 4
_MIN_LINES = 8
# Seed PDF text scores 0.5 and prose with long lines about 0; digits make full lines vary.
_MIN_FULL_SHARE = 0.35
_MAX_WRAP_WIDTH = 90
# Across a blank line, a line this share of the typical width still counts as a column line.
_GAP_MIN_SHARE = 0.75


def display_width(line: str) -> int:
    """Columns a line takes in print: wide (CJK) characters count two.

    Counted from the UTF-8 length (ASCII 1 byte, CJK 3 bytes) because a per-character
    loop costs more than the rest of reading a plain-text article.
    """
    return (len(line.encode("utf-8")) + len(line)) // 2


def _typical_width(widths: list[int]) -> int:
    """The width of a full line: the 75th percentile, robust to short paragraph-final lines."""
    ordered = sorted(widths)
    return ordered[(len(ordered) * 3) // 4]


def looks_hard_wrapped(text: str) -> bool:
    """True when most lines stop at one fixed width without ending a sentence."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if len(lines) < _MIN_LINES:
        return False
    widths = [display_width(line) for line in lines]
    width = _typical_width(widths)
    if width > _MAX_WRAP_WIDTH or width < 8:
        return False
    full_open = sum(1 for line in lines if _is_open_full(line, width))
    return full_open / len(lines) >= _MIN_FULL_SHARE


def rejoin_lines(text: str) -> str:
    """Join hard-wrapped lines into paragraphs, one paragraph a line.

    A break is kept at a blank line, before an indented line, and after a short line that
    ends a sentence; every other break is a wrap and is removed (with a space only
    between two Latin words).
    """
    lines = _PAGE_JUMP.sub("", text).split("\n")
    widths = [display_width(line.strip()) for line in lines if line.strip()]
    width = _typical_width(widths) if widths else 0
    paragraphs: list[str] = []
    current = current_last = ""  # the paragraph being joined, and its last line
    for raw in lines:
        line = raw.strip()
        if not line:
            # A blank line inside a sentence is a column or page gap, not a paragraph break.
            if current and not _continues_across_gap(current_last, width):
                paragraphs.append(current)
                current = ""
            continue
        if current and (
            raw.startswith(_INDENT) or _BLOCK_START.match(line) or _ends_paragraph(current_last, width)
        ):
            paragraphs.append(current)
            current = ""
        if current and _LATIN_END.search(current) and _LATIN_START.search(line):
            current += " "
        current += line
        current_last = line
    if current:
        paragraphs.append(current)
    return "\n".join(paragraphs)


def _ends_paragraph(line: str, width: int) -> bool:
    """A line that ends a sentence well before the column edge ends its paragraph."""
    return bool(_SENTENCE_END.search(line)) and display_width(line) < width - _FULL_SLACK


def _is_open_full(line: str, width: int) -> bool:
    """A line filled to the column edge without ending a sentence: its text goes on."""
    return abs(display_width(line) - width) <= _FULL_SLACK and not _SENTENCE_END.search(line)


def _continues_across_gap(line: str, width: int) -> bool:
    """Before a blank line: a column-width line without a sentence end runs on in the next column.

    Columns on one page differ in width, so "column-width" is generous below the typical
    width; a heading is shorter than that, or wider than any column.
    """
    line_width = display_width(line)
    in_column = width * _GAP_MIN_SHARE <= line_width <= width + _FULL_SLACK
    return in_column and not _SENTENCE_END.search(line)


def close_letter_spacing(text: str) -> str:
    """Remove PDF letter spacing: "服务 申 诉 率 为" → "服务申诉率为"."""

    def close(match: re.Match[str]) -> str:
        run = match.group(0)
        return run.replace(" ", "") if run.count(" ") >= _MIN_RUN_SPACES else run

    return _SPACED_RUN.sub(close, text)
