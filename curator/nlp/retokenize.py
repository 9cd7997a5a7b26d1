"""Repairs to jieba's cut that the rules rely on: titles fused to an institution, particles
the HMM glued onto the end of a name, and an institution's ending cut in two.

Both keep the tokens tiling the text exactly; they only move boundaries inside one token.
"""

from curator.nlp.name_shape import is_name_like
from curator.nlp.segment import NEW, Token, word_tags
from curator.nlp.vocab import Vocab, institution_suffix_length, place_suffix_length

# A level that may stand alone before a body's ending once the ending is whole again: 乡|农会, 区|农会.
LEVELS = frozenset("省市县区乡镇村旗")

# Function characters that may close a four-character word the HMM made of a three-character
# name and the sentence's next character (高文乐|边清点, 陈爱田|正招呼, 高文乐|望着). Some of them
# (正, 和, 为) do end given names, so a two-character name keeps them: only `name_stop_chars` are
# cut from a three-character word (李浩|去, but 李正 stays whole).
GLUED_AFTER_NAME = frozenset("去则于还又再曾已均仍便边正望和为")


def retokenize(tokens: list[Token], vocab: Vocab) -> list[Token]:
    """jieba's tokens with fused titles and glued particles cut off (see the two functions below)."""
    tokens = move_title_heads(mend_cut_endings(tokens, vocab), vocab)
    return split_glued_particles(split_fused_titles(tokens, vocab), vocab)


def mend_cut_endings(tokens: list[Token], vocab: Vocab) -> list[Token]:
    """Move one character across a boundary where jieba cut an institution's two-character ending
    in two: 乡农|会 → 乡|农会 (a level, then the ending), 广西|分|行为 → 广西|分行|为 (a place, then
    the ending), 桃园市|府 → 桃园|市府 (a place's level, then the body it begins)."""
    out = list(tokens)
    tags = word_tags()
    for k in range(len(out) - 1):
        a, b = out[k], out[k + 1]
        if len(a.word) == 2 and len(b.word) == 1 and a.word[0] in LEVELS and _is_ending(a.word[1] + b.word, vocab):
            ending = a.word[1] + b.word
            out[k] = Token(a.start, a.start + 1, a.word[0], "n")
            out[k + 1] = Token(a.start + 1, b.end, ending, tags.get(ending, "n"))
        elif len(a.word) == 1 and len(b.word) == 2 and k > 0 and _is_ending(a.word + b.word[0], vocab) and _names_place(out[k - 1], vocab):
            ending, rest = a.word + b.word[0], b.word[1]
            out[k] = Token(a.start, a.end + 1, ending, tags.get(ending, "n"))
            out[k + 1] = Token(b.start + 1, b.end, rest, tags.get(rest, "x"))
        elif len(a.word) >= 3 and len(b.word) == 1 and a.word[-1] in LEVELS and _names_place(a, vocab) \
                and tags.get(a.word[-1] + b.word) == "nt":
            body = a.word[-1] + b.word  # 桃园市|府 → 桃园|市府, Taiwanese usage for the city government
            out[k] = Token(a.start, a.end - 1, a.word[:-1], "ns")
            out[k + 1] = Token(a.end - 1, b.end, body, "nt")
    return out


def _is_ending(word: str, vocab: Vocab) -> bool:
    return word in vocab.institution_suffixes and word not in vocab.not_institutions


def _names_place(tok: Token, vocab: Vocab) -> bool:
    return tok.tag == "ns" or tok.word in vocab.places or (len(tok.word) >= 2 and place_suffix_length()(tok.word) > 0)


def move_title_heads(tokens: list[Token], vocab: Vocab) -> list[Token]:
    """财政|局长 → 财政局|长 where the field and the title's first character make a body jieba knows
    (财政局, 农业局): 财政局长欧美镮 names the bureau as 财政部长 names the ministry (财政部|长)."""
    out: list[Token] = []
    for tok in tokens:
        prev = out[-1] if out else None
        if prev is not None and _moves_head(prev, tok, vocab):
            body = prev.word + tok.word[0]
            out[-1] = Token(prev.start, prev.end + 1, body, "nt")
            out.append(Token(tok.start + 1, tok.end, tok.word[1:], "n"))
        else:
            out.append(tok)
    return out


def _moves_head(field: Token, title: Token, vocab: Vocab) -> bool:
    if len(title.word) != 2 or title.word[1] != "长" or title.word not in vocab.titles:
        return False  # 局长, 厅长, 部长; not 董事长
    return len(field.word) >= 2 and word_tags().get(field.word + title.word[0]) == "nt"


def split_fused_titles(tokens: list[Token], vocab: Vocab) -> list[Token]:
    """Cut words that fuse an institution with a title (银行行长 → 银行|行长, 县委书记 → 县委|书记).

    jieba's dictionary has such words; left whole they hide both the institution's end and
    the title before a name. Where the two share a character (财政部长, 石油部长), the
    institution keeps it: 财政部|长.
    """
    return _split(tokens, lambda tok: _fused_title_cut(tok.word, vocab), tail_tag=lambda _: "n")


def split_glued_particles(tokens: list[Token], vocab: Vocab) -> list[Token]:
    """Cut a particle off a word jieba's HMM made up by gluing it to a name: 林梅玉及 → 林梅玉|及,
    金融局及 → 金融局|及 (then 局|及). Left whole, the name is hidden and a chain runs on through 及
    into the next name (区金融局及城乡振兴公司)."""
    return _split(tokens, lambda tok: _glued_particle_cut(tok, vocab), tail_tag=lambda w: word_tags().get(w, "x"))


def _split(tokens: list[Token], cut_of, tail_tag) -> list[Token]:
    out: list[Token] = []
    for tok in tokens:
        cut = cut_of(tok)
        if cut:
            head, tail = tok.word[:cut], tok.word[cut:]
            out.append(Token(tok.start, tok.start + cut, head, word_tags().get(head, NEW if len(head) > 1 else "n")))
            out.append(Token(tok.start + cut, tok.end, tail, tail_tag(tail)))
        else:
            out.append(tok)
    return out


def _fused_title_cut(word: str, vocab: Vocab) -> int:
    """Where an institution ends inside `word` that goes on with a title, or 0."""
    suffix = institution_suffix_length()
    for n in (2, 3):
        head, title = word[:-n], word[-n:]
        if len(head) >= 2 and title in vocab.titles and suffix(head):
            return len(head)
    if len(word) >= 4 and word[-1] == "长" and word[-2:] in vocab.titles and suffix(word[:-1]):
        return len(word) - 1
    return 0


def _glued_particle_cut(tok: Token, vocab: Vocab) -> int:
    """Where the name ends inside an HMM word that goes on with a particle, or 0."""
    word = tok.word
    if tok.tag != NEW or len(word) < 2:
        return 0
    head, last = word[:-1], word[-1]
    if (last in vocab.name_stop_chars or last in GLUED_AFTER_NAME) and institution_suffix_length()(head):
        return len(head)  # 局及, 组则 never end a name: the bureau ends before the particle
    if last in vocab.name_stop_chars or (len(word) == 4 and last in GLUED_AFTER_NAME):
        if len(word) in (3, 4) and _is_person_shaped(head, vocab):
            return len(head)
    return 0


def _is_person_shaped(head: str, vocab: Vocab) -> bool:
    # A surname and a given name; an ambiguous surname opens a phrase as often (都在, 和为).
    return is_name_like(head, vocab) and head[0] not in vocab.ambiguous_surnames
