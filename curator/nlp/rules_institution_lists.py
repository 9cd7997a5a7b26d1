"""Government bodies listed after one whose place is named: 县财政局、自然资源局、水利局、林业局.

The place written once covers the whole list, so 水利局 there is the county's bureau, one
body, although 水利局 alone names none (docs/tagging.md: 县财政局 each). Only a word that is
itself a body (a field plus 局, 委, 厅 …) is taken, never a company or a bank.
"""

from curator.core.types import Kind
from curator.nlp.segment import NEW, Token
from curator.nlp.suggestion import Candidate
from curator.nlp.vocab import Vocab

LISTED_BODY_SCORE = 0.7
LIST_ANCHOR_SCORE = 0.75  # the named body the list hangs on: a rule chain at least this sure
BODY_TAGS = frozenset({"n", "nt", "nz", NEW})
LIST_MARKS = frozenset("、")


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
