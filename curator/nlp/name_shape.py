"""Does a span look like a name of its kind? The gate for propagating the library's names.

A tag made by mistake (a clause tagged as a figure, a bare 银行) must not be proposed in every
article: names propagate only if they pass `name_doubt`. Editors may still tag such a span;
the window asks first and the command line warns, both from the doubt's code.
"""

import re
from enum import StrEnum

from curator.core.types import Kind
from curator.nlp.vocab import Vocab, vocab

# Sentence punctuation and line breaks: a span holding them is text, not a name. Brackets are
# allowed (中国农业银行(遂昌西街支行)), and so are the middle dots of transliterated names.
_CLAUSE = re.compile(r"[，。！？；：、,!?;:\"“”‘’《》【】\n\r\t\u3000]|[\u3400-\u9fff]\s+[\u3400-\u9fff]")
_HAN = re.compile(r"[\u3400-\u9fff\U00020000-\U0003134f]")
_DOT = re.compile(r"[·•・‧]")
_HAN_RUN = re.compile(r"[\u3400-\u9fff]+")
COMMON_SURNAMES = 150  # surname ranks: the commonest this many make a name guessed without context
FIGURE_HAN = range(2, 5)  # 2–4 Han characters: 王伟, 孙洪卫, 欧阳中华
DOTTED_FIGURE_MAX = 20  # 买买提·吐尔逊, 阿卜杜拉·艾力·买买提
INSTITUTION_MAX = 40  # 国家金融监督管理总局长治监管分局 is 16; an article title is longer
# 该行, 本行, 各银行, 我县政府: a pointer to an institution named elsewhere, not a name.
_POINTERS = frozenset("该本各其我")


class NameDoubt(StrEnum):
    """Why a span does not look like a name; the window and the command line word it by code."""

    CLAUSE = "clause"  # punctuation, a line break or a gap between words
    LENGTH = "length"  # too long or too short for its kind
    GENERIC = "generic"  # 银行, 政府, 行长, 王女士: a word any article uses


def name_doubt(name: str, kind: Kind) -> NameDoubt | None:
    """None when `name` looks like a name of `kind`, else why not."""
    name = name.strip()
    if _CLAUSE.search(name):
        return NameDoubt.CLAUSE
    if kind == Kind.FIGURE:
        return _figure_doubt(name)
    return _institution_doubt(name)


def _figure_doubt(name: str) -> NameDoubt | None:
    han = len(_HAN.findall(name))
    if _DOT.search(name):
        parts = _DOT.split(name)
        return None if all(parts) and len(name) <= DOTTED_FIGURE_MAX else NameDoubt.LENGTH
    if han and han not in FIGURE_HAN:
        return NameDoubt.LENGTH
    v = vocab()
    if "某" in name or name in v.titles or name in v.not_names or name[1:] in v.address_forms:
        return NameDoubt.GENERIC
    return None


def _institution_doubt(name: str) -> NameDoubt | None:
    if not 2 <= len(name) <= INSTITUTION_MAX:
        return NameDoubt.LENGTH
    v = vocab()
    pointed = name[1:] if name[0] in _POINTERS else ""
    if name in v.institution_suffixes or name in v.not_institutions:
        return NameDoubt.GENERIC
    if pointed and (len(pointed) == 1 or pointed in v.institution_suffixes):
        return NameDoubt.GENERIC
    return None


def is_name_like(name: str, vocab: Vocab) -> bool:
    """A surname plus one or two given-name characters, not anonymized, not a known non-name."""
    if "某" in name or name in vocab.not_names or not _HAN_RUN.fullmatch(name) or name[-1] in vocab.name_stop_chars:
        return False
    if name in vocab.address_forms or name[1:] in vocab.address_forms or name[2:] in vocab.address_forms:
        return False  # 阿姨, 王大爷, 欧阳师傅: a surname and a way of addressing, no given name
    if name[:2] in vocab.compound_surnames and 3 <= len(name) <= 4:
        return True
    return name[0] in vocab.surnames and 2 <= len(name) <= 3


def has_common_surname(name: str, vocab: Vocab) -> bool:
    """What a name guessed without context must have: one of the commonest surnames, or a compound one."""
    return vocab.surname_rank.get(name[0], COMMON_SURNAMES) < COMMON_SURNAMES or name[:2] in vocab.compound_surnames


def has_given_name(name: str, vocab: Vocab) -> bool:
    """Whether the characters after the surname are typical of given names (weak-evidence check)."""
    given = name[2:] if name[:2] in vocab.compound_surnames else name[1:]
    return all(c in vocab.given_name_chars for c in given)
