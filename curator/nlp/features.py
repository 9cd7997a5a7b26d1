"""Per-character CRF features: character n-grams, jieba words and tags, dictionaries, rules.

Features are plain strings (crfsuite treats each as a binary feature); building them is the
hot path of suggestion, so everything here is precomputed per text in flat lists.
"""

from functools import cache

from curator.nlp.rules_institution import lenient_chains
from curator.nlp.segment import Token, proper_noun_states, word_tags
from curator.nlp.suggestion import Candidate
from curator.nlp.vocab import Vocab, institution_suffix_length, place_suffix_length

PAD = "\x02"
# Bumped whenever the features change: a model trained on other features is retrained.
FEATURES_VERSION = 3


@cache
def _state_features() -> dict[str, tuple[str, ...]]:
    # In 3-fold cross-validation on dev.bio these raised figure F1 by about one point.
    return {c: tuple(f"cs={b}{t}" for b, t in pairs) for c, pairs in proper_noun_states().items()}


def _char_class(c: str) -> str:
    if c.isspace():
        return "s"
    if c.isdigit():
        return "d"
    if c.isascii():
        return "a" if c.isalpha() else "p"
    if "\u3400" <= c <= "\u9fff":
        return "h"
    return "o" if c.isalpha() else "p"


DICT_TAGS = frozenset({"nt", "ns", "nr", "nz", "nrt"})


@cache
def _dictionary_names() -> tuple[dict[str, str], frozenset[str]]:
    """jieba's dictionary names of 2 to 5 characters with their tags, and their first two characters."""
    names = {w: t for w, t in word_tags().items() if t in DICT_TAGS and 2 <= len(w) <= 5}
    return names, frozenset(w[:2] for w in names)


def _dictionary_marks(text: str) -> list[list[str] | None]:
    """Dictionary names (nt, ns, nr…) covering each char, whatever segmentation jieba chose.

    jieba keeps one path through the text; a name it cut apart is still visible here.
    """
    names, heads = _dictionary_names()
    n = len(text)
    marks: list[list[str] | None] = [None] * n
    for i in range(n - 1):
        if text[i : i + 2] not in heads:
            continue  # most positions: one lookup instead of four
        for length in (2, 3, 4, 5):
            if i + length > n:
                break
            tag = names.get(text[i : i + length])
            if tag is not None:
                for k, feat in ((i, "ds="), (i + length - 1, "de=")):
                    if marks[k] is None:
                        marks[k] = []
                    marks[k].append(feat + tag)
    return marks


def _chain_marks(n: int, tokens: list[Token], vocab: Vocab) -> list[str | None]:
    """For each char, where it lies in a lenient institution chain and how far its ending is
    (a later chain over the same char wins)."""
    marks: list[str | None] = [None] * n
    for start, end in lenient_chains(tokens, vocab):
        for i in range(start, end):
            pos = "E" if i == end - 1 else "B" if i == start else "I"
            marks[i] = f"ch={pos}{min(end - i, 6)}"
    return marks


def _marks(n: int, candidates: list[Candidate], prefix: str) -> list[str | None]:
    """For each char, `prefix+kind+B|I|E+source+strength` of the surest candidate covering it.

    The strength (h, m, l from the candidate's score) lets the model trust a full chain or a
    byline more than a bare jieba tag.
    """
    marks: list[str | None] = [None] * n
    for c in sorted(candidates, key=lambda c: (c.score, c.end - c.start), reverse=True):
        kind = "F" if c.kind == "figure" else "I"
        tail = c.source[0] + ("h" if c.score >= 0.8 else "m" if c.score >= 0.6 else "l")
        if marks[c.start] is None:
            marks[c.start] = f"{prefix}{kind}B{tail}"
        for i in range(c.start + 1, c.end):
            if marks[i] is None:
                marks[i] = f"{prefix}{kind}{'E' if i == c.end - 1 else 'I'}{tail}"
    return marks


def char_features(
    text: str,
    tokens: list[Token],
    rules: list[Candidate],
    lexicon: list[Candidate],
    vocab: Vocab,
) -> list[list[str]]:
    """One feature list per character of Simplified `text`.

    Built column by column (the n-grams of every character in one comprehension, then the
    sparse marks appended where they apply): feature building is half of a trained model's
    suggestion time, and a per-character loop with a dozen tests was twice as slow.
    """
    out = _ngram_features(text)
    _add_word_features(out, text, tokens, vocab)
    surnames, compound, trans = vocab.surnames, vocab.compound_surnames, vocab.transliteration_chars
    states = _state_features()
    for i, c in enumerate(text):
        row = out[i]
        if c in states:
            row.extend(states[c])
        if c in surnames:
            row.append("sur")
        if c in trans:
            row.append("trans")
        if text[i : i + 2] in compound:
            row.append("csur")
    for i, marks in enumerate(_dictionary_marks(text)):
        if marks:
            out[i].extend(marks)
    for marks in (_chain_marks(len(text), tokens, vocab), _marks(len(text), rules, "r="), _marks(len(text), lexicon, "l=")):
        for i, mark in enumerate(marks):
            if mark is not None:
                out[i].append(mark)
    return out


def _ngram_features(text: str) -> list[list[str]]:
    """Character unigrams to trigrams in a window of two each side, and the character's class."""
    n = len(text)
    padded = PAD + PAD + text + PAD + PAD
    classes = {c: "k=" + _char_class(c) for c in set(text)}
    return [
        ["b", "c=" + c, "l1=" + l1, "r1=" + r1, "l2=" + l2, "r2=" + r2, f"l1c={l1}{c}", f"cr1={c}{r1}",
         f"l2l1={l2}{l1}", f"r1r2={r1}{r2}", f"l1r1={l1}{r1}", f"l1cr1={l1}{c}{r1}", f"l2l1c={l2}{l1}{c}",
         f"cr1r2={c}{r1}{r2}", classes[c]]
        for l2, l1, c, r1, r2 in zip(padded, padded[1 : n + 1], text, padded[3:], padded[4:])
    ]


def _add_word_features(out: list[list[str]], text: str, tokens: list[Token], vocab: Vocab) -> None:
    """The jieba word each character lies in: its position in the word, the word's tag and its
    neighbours', and what our word lists say about it."""
    is_org, is_place = institution_suffix_length(), place_suffix_length()
    for k, tok in enumerate(tokens):
        w, tag = tok.word, tok.tag
        length = tok.end - tok.start
        prev_w = tokens[k - 1].word if k else PAD
        next_w = tokens[k + 1].word if k + 1 < len(tokens) else PAD
        common = [f"t={tag}", f"tp={tokens[k - 1].tag if k else PAD}", f"tn={tokens[k + 1].tag if k + 1 < len(tokens) else PAD}"]
        if prev_w in vocab.titles or prev_w in vocab.byline_markers:
            common.append("after_title")
        if next_w in vocab.speech_verbs:
            common.append("before_verb")
        if w in vocab.not_names:
            common.append("not_name")
        if is_org(w):
            common.append("org_suffix")
        if length > 1 and is_place(w):
            common.append("place")
        if w in vocab.institution_heads or w in vocab.institution_short_forms:
            common.append("org_head")
        if length > 1:
            common.append("w=" + w)
        shown = min(length, 5)
        for i in range(tok.start, tok.end):
            pos = "S" if length == 1 else "B" if i == tok.start else "E" if i == tok.end - 1 else "M"
            out[i].extend((f"p={pos}", f"pt={pos}{tag}", f"pl={pos}{shown}", f"cp={text[i]}{pos}", f"ct={text[i]}{tag}"))
            out[i].extend(common)
