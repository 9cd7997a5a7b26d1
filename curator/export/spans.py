"""Span formats for training tools, written and read back: doccano-style JSONL and character BIO CoNLL.

Both carry an article's text and its spans with labels ORG (institution) and PER
(figure); reading them back gives `TaggedText`s that the import service stores.

CoNLL whitespace: each line is "CHAR TAG", so a whitespace character (space, "\\n",
U+3000 …) cannot stand for itself. It is written as the placeholder "U+XXXX" (its
code point, e.g. "U+000A"). A literal character is always a single code point, so
a token longer than one character is always a placeholder and reading is exact.
Lines "# id = …" and "# title = …" before an article carry its metadata.
"""

import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field

LABELS = {"institution": "ORG", "figure": "PER"}
KINDS = {"ORG": "institution", "PER": "figure", "institution": "institution", "figure": "figure",
         "机构": "institution", "人物": "figure"}


@dataclass(slots=True)
class TaggedText:
    """An article read from a span file: text, (start, end, kind) spans and what metadata it had."""

    text: str
    spans: list[tuple[int, int, str]] = field(default_factory=list)
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: str | None = None
    ref: str | None = None  # the id in the file, for error messages


def jsonl_line(article, mentions: Sequence, published: str = "") -> str:
    """One doccano JSONL line; extra keys (title, source …) are kept by doccano as metadata."""
    record = {
        "id": article.id, "text": article.text,
        "label": [[m.start, m.end, LABELS[m.kind]] for m in mentions],
        "title": article.title, "source": article.source, "url": article.url, "published": published or None,
    }
    return json.dumps(record, ensure_ascii=False) + "\n"


def _kind(label: str, ref) -> str:
    kind = KINDS.get(str(label))
    if kind is None:
        raise ValueError(f"{ref}: unknown label {label!r} (ORG or PER)")
    return kind


def read_jsonl(lines: Iterable[str]) -> Iterator[TaggedText]:
    """Records of a doccano JSONL file; a malformed line raises ValueError naming its line number."""
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            labels = record.get("label", record.get("labels", []))
            spans = [(int(s), int(e), _kind(label, f"line {number}")) for s, e, label in labels]
            text = record["text"]
        except (ValueError, KeyError, TypeError) as error:
            raise ValueError(f"line {number}: not a doccano record ({error})") from None
        yield TaggedText(text=text, spans=spans, title=record.get("title"), source=record.get("source"),
                         url=record.get("url"), published=record.get("published"), ref=f"line {number}")


def _token(char: str) -> str:
    return f"U+{ord(char):04X}" if char.isspace() else char


def conll_lines(article, mentions: Sequence) -> Iterator[str]:
    """One article in character BIO, ending with the blank line that separates articles."""
    tags = ["O"] * len(article.text)
    for m in mentions:
        label = LABELS[m.kind]
        tags[m.start] = f"B-{label}"
        for i in range(m.start + 1, m.end):
            tags[i] = f"I-{label}"
    yield f"# id = {article.id}\n"
    yield "# title = " + " ".join(article.title.split()) + "\n"
    for char, tag in zip(article.text, tags):
        yield f"{_token(char)} {tag}\n"
    yield "\n"


def _char(token: str, ref: str) -> str:
    if len(token) == 1:
        return token
    if token.startswith("U+"):
        return chr(int(token[2:], 16))
    raise ValueError(f"{ref}: {token!r} is neither one character nor a U+XXXX placeholder")


def _spans(tags: list[str], ref: str) -> list[tuple[int, int, str]]:
    spans, start, label = [], None, None
    for i, tag in enumerate(tags + ["O"]):
        prefix, _, name = tag.partition("-")
        continues = prefix == "I" and name == label and start is not None
        if start is not None and not continues:
            spans.append((start, i, _kind(label, ref)))
            start = label = None
        if prefix in ("B", "I") and not continues:  # a stray I- opens a span, as most tools read it
            start, label = i, name
        elif prefix not in ("B", "I", "O"):
            raise ValueError(f"{ref}: unknown tag {tag!r}")
    return spans


def read_conll(lines: Iterable[str]) -> Iterator[TaggedText]:
    """Articles of a character BIO file written by `conll_lines` (or any "CHAR TAG" file)."""
    chars: list[str] = []
    tags: list[str] = []
    meta: dict[str, str] = {}
    first = 0
    for number, raw in enumerate(lines, 1):
        line = raw.rstrip("\r\n")
        if not line:
            if chars:
                yield _tagged(chars, tags, meta, f"line {first}")
            chars, tags, meta = [], [], {}
            continue
        token, _, tag = line.rpartition(" ")
        if len(token) > 1 and token.startswith("# ") and " = " in line:
            key, _, value = line[2:].partition(" = ")
            meta[key.strip()] = value
            continue
        if token == "-DOCSTART-":
            continue
        if not chars:
            first = number
        chars.append(_char(token, f"line {number}"))
        tags.append(tag)
    if chars:
        yield _tagged(chars, tags, meta, f"line {first}")


def _tagged(chars: list[str], tags: list[str], meta: dict, ref: str) -> TaggedText:
    return TaggedText(text="".join(chars), spans=_spans(tags, ref), title=meta.get("title"),
                      ref=meta.get("id") and f"id {meta['id']}" or ref)
