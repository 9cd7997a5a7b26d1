"""Short names an article defines for an institution: …有限责任公司(以下简称“日通藏药”).

The short name then stands for the institution wherever the article uses it again, in any line.
"""

import re

from curator.core.types import Kind
from curator.nlp.name_shape import name_doubt
from curator.nlp.suggestion import Candidate
from curator.nlp.vocab import institution_suffix_length

ALIAS_SCORE = 0.85
# (以下简称“X”), （简称X）, (下称：X): Simplified text, quotes optional.
_ALIAS = re.compile(r"[（(]\s*(?:以下)?(?:简称|下称)[为:：]?\s*[“\"「『]?([\u3400-\u9fff]{2,12})[”\"」』]?\s*[)）]")
_TAIL = 12  # enough of the defined name to see its ending (…有限责任公司, …联合社)


def find_aliases(text: str) -> list[Candidate]:
    """Every mention of a short name defined right after an institution's full name."""
    ending = institution_suffix_length()
    out: list[Candidate] = []
    for m in _ALIAS.finditer(text):
        alias = m.group(1)
        if not ending(text[max(0, m.start() - _TAIL) : m.start()]) or name_doubt(alias, Kind.INSTITUTION) is not None:
            continue  # a person's or a programme's short name, or a bare 银行
        start = text.find(alias)
        while start >= 0:
            out.append(Candidate(start, start + len(alias), Kind.INSTITUTION, ALIAS_SCORE, "rule"))
            start = text.find(alias, start + len(alias))
    return out
