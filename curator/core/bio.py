"""Character BIO ("CoNLL") text: one `CHAR TAG` line per character, a blank line between records.

One codec serves the evaluation files, the CoNLL export and its import back.
A whitespace character cannot stand for itself on a line, so it is written as the
placeholder `U+XXXX`; a real character is one code point, so any longer token is a
placeholder and reading is exact. Lines `# key = value` before a record carry its
metadata. Tags may be BIO or BIOES (B, I, M, E, S); a stray I- opens a span, as most
tools read it.
"""

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from curator.core.errors import Invalid, Msg

LabeledSpan = tuple[int, int, str]


@dataclass(slots=True)
class BioRecord:
    text: str
    spans: list[LabeledSpan] = field(default_factory=list)  # (start, end, label) with any label
    meta: dict[str, str] = field(default_factory=dict)
    line: int = 0  # where the record starts, for messages


def char_token(char: str) -> str:
    return f"U+{ord(char):04X}" if char.isspace() else char


def token_char(token: str, line: int) -> str:
    if len(token) == 1:
        return token
    if token == "":
        return " "  # a line " O": the character was a bare space
    if token.startswith("U+"):
        try:
            return chr(int(token[2:], 16))
        except ValueError:
            pass
    raise Invalid(Msg.BAD_CHARACTER_TOKEN, line=line, token=token)


def spans_from_tags(tags: list[str], line: int = 0) -> list[LabeledSpan]:
    spans: list[LabeledSpan] = []
    start, label = None, None
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, name = tag.partition("-")
        if prefix not in ("B", "I", "M", "E", "S", "O"):
            raise Invalid(Msg.UNKNOWN_TAG, line=line + i, tag=tag)
        continues = prefix in ("I", "M", "E") and name == label and start is not None
        if start is not None and not continues:
            spans.append((start, i, label))
            start = label = None
        if prefix != "O" and not continues:
            start, label = i, name
        if prefix in ("E", "S") and start is not None:
            spans.append((start, i + 1, label))
            start = label = None
    return spans


def read_records(lines: Iterable[str]) -> Iterator[BioRecord]:
    chars: list[str] = []
    tags: list[str] = []
    meta: dict[str, str] = {}
    first = 0
    for number, raw in enumerate(lines, 1):
        line = raw.rstrip("\r\n")
        if not line.strip():
            if chars:
                yield BioRecord("".join(chars), spans_from_tags(tags, first), meta, first)
            chars, tags, meta = [], [], {}
            continue
        if line.startswith("# ") and " = " in line:
            key, _, value = line[2:].partition(" = ")
            meta[key.strip()] = value
            continue
        token, _, tag = line.rpartition(" ")
        if token == "-DOCSTART-":
            continue
        if not chars:
            first = number
        chars.append(token_char(token, number))
        tags.append(tag)
    if chars:
        yield BioRecord("".join(chars), spans_from_tags(tags, first), meta, first)


def record_lines(text: str, spans: Iterable[LabeledSpan], meta: dict[str, str] | None = None) -> Iterator[str]:
    """One record in character BIO, ending with the blank line that separates records."""
    tags = ["O"] * len(text)
    for start, end, label in spans:
        tags[start] = f"B-{label}"
        for i in range(start + 1, end):
            tags[i] = f"I-{label}"
    for key, value in (meta or {}).items():
        yield f"# {key} = " + " ".join(str(value).split()) + "\n"
    for char, tag in zip(text, tags):
        yield f"{char_token(char)} {tag}\n"
    yield "\n"
