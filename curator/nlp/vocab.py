"""The word lists behind the rules, read once from `resources/nlp/`."""

from dataclasses import dataclass
from functools import cache, lru_cache

from curator.core.resources import read_lines


@dataclass(frozen=True, slots=True)
class Vocab:
    surnames: frozenset[str]
    compound_surnames: frozenset[str]
    institution_suffixes: tuple[str, ...]  # longest first, so the longest ending wins
    institution_short_forms: frozenset[str]
    not_institutions: frozenset[str]  # 冠军, 全部, 格局: look like names of institutions, are not
    institution_heads: frozenset[str]  # generic words that still open a name: 国家统计局, 中国银行
    place_suffixes: tuple[str, ...]
    places: frozenset[str]  # 长治, 平遥: short names of cities and counties, which jieba often mis-tags
    titles: frozenset[str]
    byline_markers: frozenset[str]
    speech_verbs: frozenset[str]
    not_names: frozenset[str]
    transliteration_chars: frozenset[str]
    given_name_chars: frozenset[str]
    ambiguous_surnames: frozenset[str]
    name_stop_chars: frozenset[str]
    name_phrase_endings: tuple[str, ...]
    address_forms: frozenset[str]  # 大爷, 阿姨, 师傅: 王大爷 is how a person is called, not a name
    generic_modifiers: frozenset[str]  # 国有, 商业, 公立: make a category, not a name
    body_suffixes: frozenset[str]  # 委, 政府, 厅: a bare 省/市/县 before them still names a body
    province_abbreviations: frozenset[str]  # 晋, 豫: runs of them are regions, not people
    known_institutions: frozenset[str]  # 联合国, 欧盟, 微软: general knowledge
    dictionary_organisations: frozenset[str]  # CC-CEDICT's organisations (奇瑞, 阿里巴巴), until a model is trained
    surname_rank: dict[str, int]  # 0 for 王: surnames.txt is in frequency order
    minority_name_parts: frozenset[str]  # 扎西, 多吉, 乌力吉: Tibetan and Mongolian names are strung from them


def _list(name: str) -> list[str]:
    return read_lines("nlp", name)


@cache
def vocab() -> Vocab:
    """The shared, immutable vocabulary (loaded on first use)."""
    return Vocab(
        surnames=frozenset(_list("surnames.txt")),
        compound_surnames=frozenset(_list("compound_surnames.txt")),
        institution_suffixes=tuple(sorted(set(_list("institution_suffixes.txt")), key=len, reverse=True)),
        institution_short_forms=frozenset(_list("institution_short_forms.txt")),
        institution_heads=frozenset(_list("institution_heads.txt")),
        not_institutions=frozenset(_list("not_institutions.txt")),
        place_suffixes=tuple(sorted(set(_list("place_suffixes.txt")), key=len, reverse=True)),
        places=frozenset(_list("places.txt")),
        titles=frozenset(_list("titles.txt")),
        byline_markers=frozenset(_list("byline_markers.txt")),
        speech_verbs=frozenset(_list("speech_verbs.txt")),
        not_names=frozenset(_list("not_names.txt")),
        transliteration_chars=frozenset(_list("transliteration_chars.txt")),
        given_name_chars=frozenset(_list("given_name_chars.txt")),
        ambiguous_surnames=frozenset(_list("ambiguous_surnames.txt")),
        name_stop_chars=frozenset(_list("name_stop_chars.txt")),
        name_phrase_endings=tuple(_list("name_phrase_endings.txt")),
        address_forms=frozenset(_list("address_forms.txt")),
        generic_modifiers=frozenset(_list("generic_modifiers.txt")),
        body_suffixes=frozenset(_list("body_suffixes.txt")),
        province_abbreviations=frozenset(_list("province_abbreviations.txt")),
        known_institutions=frozenset(_list("known_institutions.txt")),
        dictionary_organisations=frozenset(_list("cedict_organisations.txt")),
        surname_rank={s: i for i, s in enumerate(_list("surnames.txt"))},
        minority_name_parts=frozenset(_list("minority_name_parts.txt")),
    )


def _ending_in(words: tuple[str, ...]):
    """A cached "length of the longest of `words` that ends this word (0 if none)", one slice per length."""
    table = frozenset(words)
    lengths = sorted({len(w) for w in words}, reverse=True)

    @lru_cache(maxsize=200_000)
    def longest(word: str) -> int:
        return next((n for n in lengths if n <= len(word) and word[-n:] in table), 0)

    return longest


@cache
def institution_suffix_length():
    return _ending_in(vocab().institution_suffixes)


@cache
def place_suffix_length():
    return _ending_in(vocab().place_suffixes)
