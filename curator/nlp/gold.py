"""Hand-tagged articles written with inline marks, the form of the finance development set.

A gold file is a few metadata lines, a blank line, then the article with each tagged name
written in place as ``[[机构:中国工商银行长治分行]]`` or ``[[人物:孙贵坤]]``:

    # url: https://example.com/news/123.html
    # title: 汇聚金融活水 服务地方经济

    [[机构:山西银行阳泉分行]]开业以来……

Inline marks keep the tags readable and reviewable beside the text; offsets are computed
here, in code points of the text with the marks removed.
"""

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from curator.core.types import Kind

LABELS = {"机构": Kind.INSTITUTION, "人物": Kind.FIGURE}
_MARK = re.compile(r"\[\[(机构|人物):([^\[\]]+?)\]\]")
_META = re.compile(r"#\s*(\w+)\s*:\s*(.*)")


@dataclass(slots=True)
class GoldArticle:
    """An article's text, its gold (start, end, kind) spans and its metadata (url, title …)."""

    text: str
    spans: list[tuple[int, int, Kind]] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)
    name: str = ""


def parse_gold(source: str, *, name: str = "") -> GoldArticle:
    """One gold file's content; a stray ``[[`` or ``]]`` or an unknown label raises ValueError."""
    header, _, body = source.partition("\n\n") if source.startswith("#") else ("", "", source)
    meta = {m.group(1): m.group(2).strip() for line in header.splitlines() if (m := _META.match(line))}
    parts: list[str] = []
    spans: list[tuple[int, int, Kind]] = []
    length = last = 0
    for mark in _MARK.finditer(body):
        plain = body[last : mark.start()]
        _check_plain(plain, name)
        parts += [plain, mark.group(2)]
        start = length + len(plain)
        length = start + len(mark.group(2))
        spans.append((start, length, LABELS[mark.group(1)]))
        last = mark.end()
    _check_plain(body[last:], name)
    parts.append(body[last:])
    return GoldArticle("".join(parts), spans, meta, name)


def _check_plain(plain: str, name: str) -> None:
    for token in ("[[", "]]"):
        if token in plain:
            at = plain.index(token)
            raise ValueError(f"malformed gold mark in {name} near {plain[max(0, at - 10):at + 20]!r}")


def read_gold_dir(folder: Path | str) -> Iterator[GoldArticle]:
    """Every ``*.txt`` gold file of a folder, in name order."""
    for path in sorted(Path(folder).glob("*.txt")):
        yield parse_gold(path.read_text(encoding="utf-8"), name=path.name)
