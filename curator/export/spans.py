"""Span formats for training tools, written and read back: doccano-style JSONL and character BIO CoNLL.

Both carry an article's text and its spans with labels ORG (institution) and PER
(figure); reading them back gives `TaggedText`s that the import service stores.

CoNLL is written and read by `curator.core.bio` (whitespace as U+XXXX placeholders,
"# id = …" and "# title = …" lines before each article).
"""

import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from curator.core import bio
from curator.core.errors import Invalid, Msg

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


def _kind(label: str, line: int) -> str:
    kind = KINDS.get(str(label))
    if kind is None:
        raise Invalid(Msg.UNKNOWN_LABEL, line=line, label=label)
    return kind


def read_jsonl(lines: Iterable[str]) -> Iterator[TaggedText]:
    """Records of a doccano JSONL file; a malformed line raises ValueError naming its line number."""
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            labels = record.get("label", record.get("labels", []))
            spans = [(int(s), int(e), _kind(label, number)) for s, e, label in labels]
            text = record["text"]
        except (ValueError, KeyError, TypeError) as error:
            raise Invalid(Msg.NOT_A_DOCCANO_RECORD, line=number, detail=str(error)) from None
        yield TaggedText(text=text, spans=spans, title=record.get("title"), source=record.get("source"),
                         url=record.get("url"), published=record.get("published"), ref=f"line {number}")


def conll_lines(article, mentions: Sequence) -> Iterator[str]:
    """One article in character BIO, ending with the blank line that separates articles."""
    spans = [(m.start, m.end, LABELS[m.kind]) for m in mentions]
    return bio.record_lines(article.text, spans, {"id": article.id, "title": article.title})


def read_conll(lines: Iterable[str]) -> Iterator[TaggedText]:
    """Articles of a character BIO file written by `conll_lines` (or any "CHAR TAG" file).

    Labels the application does not tag (LOC, MISC …) are left out.
    """
    for record in bio.read_records(lines):
        spans = [(start, end, KINDS[label]) for start, end, label in record.spans if label in KINDS]
        ref = f"id {record.meta['id']}" if record.meta.get("id") else f"line {record.line}"
        yield TaggedText(text=record.text, spans=spans, title=record.meta.get("title"), ref=ref)
