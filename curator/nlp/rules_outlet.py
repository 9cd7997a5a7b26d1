"""News outlets named where an article credits its source: 来源：开封网, 秦楚网讯(十堰日报).

What follows 来源 is the outlet that published the article, whatever its name looks like
(鄂托克发布 ends in no institution suffix); a dateline's X网讯 is the website X网 reporting.
"""

import re

from curator.core.types import Kind
from curator.nlp.name_shape import name_doubt
from curator.nlp.suggestion import Candidate
from curator.nlp.vocab import Vocab

SOURCE_SCORE = 0.85
# 来源：人民网-江苏频道 → 人民网: the Han run after the colon, cut at the first other character.
_SOURCE = re.compile(r"(?:来源|稿源|转自)[:：]\s*([\u3400-\u9fff]{2,16})")
# A website's dateline at the start of a line or after a bracket: 开封网讯 全媒体记者…
_WEB_DATELINE = re.compile(r"(?:^|[\s】\]])([\u3400-\u9fff]{2,10}网)讯", re.M)


def find_outlets(text: str, vocab: Vocab) -> list[Candidate]:
    """Outlets credited as an article's source or dateline, in Simplified `text`."""
    out: list[Candidate] = []
    for m in (*_SOURCE.finditer(text), *_WEB_DATELINE.finditer(text)):
        name = m.group(1)
        if name_doubt(name, Kind.INSTITUTION) is None and name not in vocab.not_institutions:
            out.append(Candidate(m.start(1), m.end(1), Kind.INSTITUTION, SOURCE_SCORE, "rule"))
    return out
