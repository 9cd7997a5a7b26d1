"""Words that name a place rather than a person: what comes after them says so.

杨行 looks like a surname and a given name, but 杨行|镇 and 上海银行|杨行|支行 make it a town, and the
article's other 杨行 (对杨行发展) with it. The figure rules ask here before taking a word for a name.
"""

from curator.core.types import Kind
from curator.nlp.segment import Token
from curator.nlp.suggestion import Candidate
from curator.nlp.vocab import Vocab

# Last characters of places (a name ending so is a place) and words after a place's name (杨行|镇).
PLACE_ENDINGS = frozenset("镇乡村园庄屯寨峪沟湾坡县区市省州岭山河港岛路街")


def names_a_place(following: Token, vocab: Vocab) -> bool:
    """杨行|镇, 上海银行|杨行|支行: the word before `following` is a place, named by what follows it."""
    return following.word in PLACE_ENDINGS or following.word in vocab.institution_suffixes


def without_place_names(text: str, candidates: list[Candidate], vocab: Vocab) -> list[Candidate]:
    """jieba's guesses left out where the article writes the same word as a place's name: 杨行 of
    杨行镇 and 杨行支行 is the town in 对杨行发展 too. A title after the word (张三市长) names no place."""
    guessed = {text[c.start : c.end] for c in candidates if c.kind == Kind.FIGURE and c.source == "jieba"}
    titles = tuple(vocab.titles)  # as str.startswith takes them: one call, not a loop over every title
    places = {name for name in guessed if _written_as_place(text, name, titles, vocab)}
    return [c for c in candidates if not (c.kind == Kind.FIGURE and c.source == "jieba" and text[c.start : c.end] in places)]


def _written_as_place(text: str, name: str, titles: tuple[str, ...], vocab: Vocab) -> bool:
    at = text.find(name)
    while at >= 0:
        after = at + len(name)
        if not text.startswith(titles, after) and (
                text[after : after + 1] in PLACE_ENDINGS or text.startswith(vocab.institution_suffixes, after)):
            return True
        at = text.find(name, after)
    return False

