"""From overlapping candidates of several sources to one non-overlapping list.

The policy, in order:
1. Rejected spans, blocked names and spans without a Han character are dropped.
2. Candidates of the same span and kind become one, with the best score any source gave; the
   library's names thereby raise a candidate's score, they never lower it.
3. A candidate that lies inside a longer, well-formed candidate of the same kind never beats it,
   whatever their sources: 中国工商银行长治分行 (a rule chain at 0.92) wins over the library's 工商银行
   and 工行 (0.95) inside it. Well-formed means it looks like a name (`name_doubt`), is at least
   fairly sure (`WELL_FORMED_SCORE`, so a guess of jieba's alone cuts nothing) and, for a model's
   institution, ends like one, for a model's four-character figure starts with a compound or
   double surname (see `_well_formed`).
   A span that ends with a library name right after a preposition or conjunction does not cut it.
4. What still overlaps (spans that cross) goes to the better source, then the higher score, then
   the longer span. Spans are never merged: each suggestion is a candidate some source proposed.
"""

import re
from collections.abc import Iterable

from curator.core.script import to_simplified
from curator.core.types import Kind
from curator.nlp.name_shape import name_doubt
from curator.nlp.suggestion import Candidate, Suggestion
from curator.nlp.rules_institution import PHRASE_LEADS
from curator.nlp.vocab import institution_suffix_length, vocab

_HAN = re.compile(r"[\u3400-\u9fff\U00020000-\U0003134f]")

# Higher wins a crossing overlap. An editor's accepted names beat the rest; learned and rule
# spans beat jieba's bare tags.
SOURCE_RANK = {"lexicon": 3, "crf": 2, "rule": 2, "jieba": 1}
WELL_FORMED_SCORE = 0.5
MERGED_SOURCE = ("lexicon", "rule", "crf", "jieba")
# Characters that join a sentence to a name (对, 向, 与, 和 …), in either script.
GLUE = PHRASE_LEADS | frozenset("与和及的對與為給從讓據經當這")


def resolve(
    text: str,
    candidates: Iterable[Candidate],
    *,
    rejected_spans: frozenset[tuple[int, int, Kind]] | set = frozenset(),
    blocked_names: frozenset[tuple[str, Kind]] | set = frozenset(),
) -> list[Suggestion]:
    """Apply the policy above; the kept suggestions are sorted by start."""
    usable = [c for c in candidates if _usable(text, c, rejected_spans, blocked_names)]
    usable = _lifted_by_library(usable)
    usable = _outside_longer_names(text, usable)
    ranked = sorted(usable, key=lambda c: (SOURCE_RANK[c.source], c.score, c.end - c.start), reverse=True)
    taken = bytearray(len(text))
    kept: list[Suggestion] = []
    for c in ranked:
        if any(taken[c.start : c.end]):
            continue
        taken[c.start : c.end] = b"\x01" * (c.end - c.start)
        kept.append(Suggestion(c.start, c.end, text[c.start : c.end], c.kind, round(c.score, 3), c.source))
    kept.sort(key=lambda s: s.start)
    return kept


def _usable(text: str, c: Candidate, rejected_spans, blocked_names) -> bool:
    if c.end <= c.start or (c.start, c.end, c.kind) in rejected_spans:
        return False
    name = text[c.start : c.end]
    return (name, c.kind) not in blocked_names and bool(_HAN.search(name))  # a Latin run is not worth a look


def _lifted_by_library(candidates: list[Candidate]) -> list[Candidate]:
    """One candidate per span and kind, with the best score any source gave it, credited to the
    surest kind of source (`MERGED_SOURCE`): the library's name is what the editor is shown, and a
    rule's span stays well-formed when the model agrees with it."""
    best: dict[tuple[int, int, Kind], Candidate] = {}
    for c in candidates:
        key = (c.start, c.end, c.kind)
        held = best.get(key)
        if held is not None:
            source = min(c.source, held.source, key=MERGED_SOURCE.index)
            c = Candidate(c.start, c.end, c.kind, max(c.score, held.score), source)
        best[key] = c
    return list(best.values())


def _well_formed(text: str, c: Candidate) -> bool:
    """Sure enough, shaped like a name, and, when a model or jieba proposed it, closed like one: an
    institution by an ending (a model's 渣打大中华 does not cut the known 渣打 inside it), a figure of
    four characters by a compound or double surname (a model's 吴列坤赞, the name and the verb
    after it, does not cut the rule's 吴列坤)."""
    name = text[c.start : c.end]
    if c.score < WELL_FORMED_SCORE or name_doubt(name, c.kind) is not None:
        return False
    if c.source in ("rule", "lexicon"):
        return True
    if c.kind == Kind.FIGURE:
        return _four_character_name(to_simplified(name)) if len(name) == 4 else True
    return institution_suffix_length()(to_simplified(name)) > 0


def _four_character_name(name: str) -> bool:
    """欧阳振华 or 张苏素娥 (a married name), not a three-character name with a word glued on."""
    v = vocab()
    return name[:2] in v.compound_surnames or (name[0] in v.surnames and name[1] in v.surnames)


def _outside_longer_names(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """Drop every candidate lying inside a longer well-formed candidate of the same kind."""
    containers = sorted((c for c in candidates if _well_formed(text, c)), key=lambda c: c.start)
    return [c for c in candidates if not any(
        o.kind == c.kind and o.start <= c.start and c.end <= o.end and o.end - o.start > c.end - c.start
        and not _glued_before(text, o, c)
        for o in containers if o.start <= c.start
    )]


def _glued_before(text: str, container: Candidate, name: Candidate) -> bool:
    """Whether a rule's or model's span holds the library's name after words that are not a place:
    the sentence glued on (赵立根对|工商银行, 农发行|中国进出口银行), not a longer name (长治|工商银行)."""
    if container.source == "lexicon" or name.source != "lexicon" or name.end != container.end or name.start == container.start:
        return False
    return text[name.start - 1] in GLUE  # 赵立根对|工商银行, not 农发行孝感|市分行 or 中国|工商银行
