"""Traditional → Simplified conversion that never moves an offset, and the key a name is known by."""

import unicodedata
from functools import lru_cache

import opencc

_converter: opencc.OpenCC | None = None
# Variant forms OpenCC's t2s leaves alone although Hong Kong and Taiwan papers print them
# (工商銀行陜西分行): left as they are, the place name is not recognised and the chain breaks.
_VARIANT_FORMS = "陜衞粧"
_VARIANTS = str.maketrans(_VARIANT_FORMS, "陕卫妆")


def _t2s() -> opencc.OpenCC:
    global _converter  # one converter per process: building it loads dictionaries
    if _converter is None:
        _converter = opencc.OpenCC("t2s")
    return _converter


@lru_cache(maxsize=65536)
def _char_t2s(char: str) -> str:
    converted = _t2s().convert(char)
    # A character that converts to several (or none) keeps its own form, so offsets stay put.
    return converted if len(converted) == 1 else char


def to_simplified(text: str) -> str:
    """`text` in Simplified script, with exactly the same length and one output char per input char.

    The whole text is converted first (phrase tables give better results); if that changes
    the length anywhere, we fall back to converting character by character.
    """
    if text.isascii():
        return text
    converted = _t2s().convert(text)
    if len(converted) != len(text):
        converted = "".join(_char_t2s(c) for c in text)
    return _replace_variants(converted)


def _replace_variants(text: str) -> str:
    # Looked for first: str.translate looks every character up in a dict (0.3 ms on an article,
    # three times OpenCC's own conversion), and few articles hold any of the three.
    if any(variant in text for variant in _VARIANT_FORMS):
        return text.translate(_VARIANTS)
    return text


@lru_cache(maxsize=65536)  # a bulk import keys the same few thousand names chunk after chunk
def name_key(name: str) -> str:
    """What two spellings of one name share: Simplified script, half-width, no spaces, lower case.

    工商銀行 and 工商银行, ＡＢＣ银行 and abc银行 are one name to the registry; the surface an editor
    tagged is kept on the mention as it was written.
    """
    folded = unicodedata.normalize("NFKC", name)
    return to_simplified("".join(folded.split())).lower()
