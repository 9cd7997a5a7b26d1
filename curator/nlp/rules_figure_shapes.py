"""Person names of shapes the surname rules cannot see.

Tibetan and Mongolian names have no surname: they are strung from a known stock of parts
(公保 + 南杰, 乌力吉 + 那仁). Married women in Taiwan and Hong Kong often put the husband's
surname before their own (陈林美玲): two surnames, then a given name, four characters in all.
"""

from collections.abc import Iterable

from curator.core.types import Kind
from curator.nlp.suggestion import Candidate
from curator.nlp.vocab import Vocab

# Two known parts in a row on word boundaries are rarely anything else, but a run of them
# has no context behind it: offered below the accept-all line.
MINORITY_SCORE = 0.7
MIN_PARTS = 2
MAX_PARTS = 3
COMMON_SURNAMES = 150  # the first of two surnames is a common one (陈, 林, 吕)


def find_minority_names(text: str, starts: Iterable[int], ends: set[int], vocab: Vocab) -> list[Candidate]:
    """Runs of two or three name parts that start and end where jieba's words do."""
    out: list[Candidate] = []
    covered = 0
    for start in sorted(starts):
        if start < covered:
            continue  # inside a name already found
        end = _parts_end(text, start, ends, vocab.minority_name_parts, 0)
        if end is not None:
            out.append(Candidate(start, end, Kind.FIGURE, MINORITY_SCORE, "rule"))
            covered = end
    return out


def _parts_end(text: str, pos: int, ends: set[int], parts: frozenset[str], count: int) -> int | None:
    """The farthest word end reached from `pos` by whole parts, with at least MIN_PARTS in all."""
    best = pos if count >= MIN_PARTS and pos in ends else None
    if count == MAX_PARTS:
        return best
    for n in (4, 3, 2):
        if text[pos : pos + n] in parts:
            end = _parts_end(text, pos + n, ends, parts, count + 1)
            if end is not None and (best is None or end > best):
                best = end
    return best


def married_name_end(text: str, pos: int, ends: set[int], vocab: Vocab) -> int | None:
    """End of a two-surname name at `pos` (市议员|吕林小凤), or None; for strong context only."""
    name = text[pos : pos + 4]
    if len(name) < 4 or pos + 4 not in ends:
        return None
    first, second, given = name[0], name[1], name[2:]
    if vocab.surname_rank.get(first, COMMON_SURNAMES) >= COMMON_SURNAMES or second not in vocab.surnames:
        return None
    if first in vocab.ambiguous_surnames or second in vocab.ambiguous_surnames:
        return None
    return pos + 4 if all(c in vocab.given_name_chars and c not in vocab.name_stop_chars for c in given) else None
