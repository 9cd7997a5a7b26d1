"""jieba word boundaries and dictionary POS tags, with code-point offsets.

`jieba.posseg` is too slow for our speed floor (it runs a second HMM over every
sentence), so we cut with `jieba.cut` and look each word's tag up in the posseg
dictionary. Words the HMM invents (often personal names) get the tag `NEW`.
"""

from dataclasses import dataclass
from threading import Lock

NEW = "new"  # a word absent from the dictionary, found by jieba's HMM

_lock = Lock()
_tags: dict[str, str] | None = None
_frequencies: dict[str, int] = {}


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    word: str
    tag: str


def _ensure_jieba() -> dict[str, str]:
    """Initialize jieba once, lazily (it takes about a second), and return word → POS."""
    global _tags, _frequencies
    if _tags is None:
        with _lock:
            if _tags is None:
                import jieba
                import jieba.posseg

                jieba.setLogLevel(60)
                jieba.initialize()
                jieba.posseg.initialize()
                tags = jieba.posseg.dt.word_tag_tab
                for word, tag in _own_words():
                    if not jieba.dt.FREQ.get(word):
                        jieba.add_word(word, tag=tag)
                    tags[word] = tag
                _frequencies = jieba.dt.FREQ
                _tags = tags
    return _tags


def _own_words() -> list[tuple[str, str]]:
    """Words jieba lacks or mis-tags: bureau short forms, and places (长治 is n, 平遥 a in its dictionary)."""
    from curator.core.resources import read_lines

    words = [(word, tag) for word, _, tag in (line.partition(" ") for line in read_lines("nlp", "extra_words.txt"))]
    return words + [(place, "ns") for place in read_lines("nlp", "places.txt")]


def word_tags() -> dict[str, str]:
    """jieba's dictionary: word → POS tag."""
    return _ensure_jieba()


def word_frequency(word: str) -> int:
    """How often jieba's dictionary saw `word` (0 when it is not a word there)."""
    _ensure_jieba()
    return _frequencies.get(word, 0)


PROPER_NOUN_TAGS = frozenset({"nt", "nr", "ns", "nz", "nrt", "nrfg", "j"})


def proper_noun_states() -> dict[str, tuple[tuple[str, str], ...]]:
    """For each character, the (position, tag) pairs jieba's POS model allows it inside a
    proper noun: ('E', 'nt') for 行 says it can end an organisation's name.

    The table comes with jieba (learned from a large tagged corpus), so it carries knowledge of
    characters our own training data may never show in a name.
    """
    from jieba.posseg.char_state_tab import P

    return {c: pairs for c, states in P.items() if (pairs := tuple((b, t) for b, t in states if t in PROPER_NOUN_TAGS))}


def _tag_of(word: str, tags: dict[str, str]) -> str:
    tag = tags.get(word)
    if tag is not None:
        return tag
    if word.isspace():
        return "w"
    if word.isdigit() or word.replace(".", "").isdigit():
        return "m"
    if word.isascii():
        return "eng" if word.isalnum() else "x"
    if len(word) == 1:
        return "x"  # an unknown single character (𠮷, an emoji) is no word the HMM found
    return NEW


def segment(text: str) -> list[Token]:
    """Cut Simplified-script `text` into tagged tokens that tile it exactly."""
    tags = _ensure_jieba()
    import jieba

    tokens: list[Token] = []
    pos = 0
    for word in jieba.cut(text):
        end = pos + len(word)
        tokens.append(Token(pos, end, word, _tag_of(word, tags)))
        pos = end
    return tokens
