"""Institution names as chains: places and names, then one or more organization endings.

中国农业银行|长治市|分行, 国家|金融|监督管理|总局|长治|监管|分局, 润昌|农商|银行. We walk jieba
tokens leftwards from each token that ends with an institution suffix, keep tokens that can
sit inside a name, then trim the left edge until it starts with something specific (a place,
a proper name, an unknown word, a known head such as 国家). A lone generic word
(银行, 公司, 金融机构) is never an institution on its own.
"""

from curator.core.types import Kind
from curator.nlp.segment import NEW, Token
from curator.nlp.suggestion import Candidate
from curator.nlp.vocab import Vocab, institution_suffix_length, place_suffix_length

# POS tags of proper names and places: such a token makes a chain specific.
SPECIFIC_TAGS = frozenset({"ns", "nt", "nz", "j", "nr", "nrt", "nrfg", NEW})
# Tags that may sit inside a chain without making it specific.
INNER_TAGS = frozenset({"n", "vn", "l", "b", "an", "ng", "nw", "eng", "v", "s"})
PARTICLES = frozenset("之以为在对向于从被把的了")
MAX_TOKENS = 9
MAX_CHARS = 32
CHAIN_SCORE = 0.75
SHORT_FORM_SCORE = 0.7  # below a chain, so 建行大宁支行 beats 建行
NT_SCORE = 0.55


# A single-character ending (局, 部, 所, 军) closes a name only on a noun-like word:
# 进军 (v), 西北部 (f) and the particle 所 are not institutions.
SINGLE_SUFFIX_TAGS = frozenset({"n", "nt", "nz", "j", "ns", "ng", NEW})


def _has_suffix(tokens: list[Token], k: int, vocab: Vocab) -> bool:
    token = tokens[k]
    if token.word in vocab.not_institutions or token.word[-2:] in vocab.not_institutions:
        return False  # 冠军, 全部; also 新格局 through its tail 格局
    n = institution_suffix_length()(token.word)
    if n >= 2 or n == 0:
        return n >= 2
    if len(token.word) == 1:  # 长治|监管|分局 is fine, 民间组织|所 is a particle
        return k > 0 and tokens[k - 1].tag in SPECIFIC_TAGS
    return token.tag in SINGLE_SUFFIX_TAGS


def _suffix_len(word: str) -> int:
    return institution_suffix_length()(word)


def _is_place(word: str, vocab: Vocab) -> bool:
    # 全市, 各县, 本省 refer to a place without naming one.
    return len(word) >= 2 and word[0] not in "全各本该我此外" and place_suffix_length()(word) > 0


def is_specific(token: Token, vocab: Vocab) -> bool:
    """Whether a token names something in particular (and so may start an institution)."""
    w = token.word
    if w in vocab.not_names and token.tag not in ("ns", "nt", "nz", "j"):
        return False
    if token.tag == NEW and (w[0] in vocab.ambiguous_surnames or w[0] in "年月日号" or any(c in PARTICLES for c in w)):
        return False  # 由原, 民之所, 日电 (of a dateline): the HMM glued a particle or date to a word
    if token.tag == "nr" and not (2 <= len(w) <= 3 and w[0] in vocab.surnames):
        return False  # jieba's dictionary tags phrases such as 严格执行 nr
    return (
        token.tag in SPECIFIC_TAGS
        or w in vocab.institution_heads
        or w in vocab.institution_short_forms
        or _is_place(w, vocab)
    )


def _may_continue(token: Token, vocab: Vocab, before: Token, after: Token | None) -> bool:
    """Whether `token` may sit inside a chain, between `after` (left) and `before` (right)."""
    if token.word in vocab.institution_short_forms:
        return True  # 建行 (tagged v) in 建行|大宁|支行
    if token.tag == "v" and not _suffix_len(token.word):
        # 消费者|申诉|中心 is a name, 战胜|南非队 and 严格|执行|商业银行 are not: a verb must sit
        # between a noun and an institution ending.
        if not (_suffix_len(before.word) and after is not None and after.tag in ("n", "nz", "ns", "vn")):
            return False
    if token.word in vocab.institution_heads or token.word in vocab.institution_short_forms:
        return True
    if token.tag == "m":
        return token.word.startswith("第")  # 第二人民医院, not 3家银行
    if token.tag == "v" and len(token.word) != 2:
        return False
    return token.tag in SPECIFIC_TAGS or token.tag in INNER_TAGS


def find_institutions(tokens: list[Token], vocab: Vocab) -> list[Candidate]:
    """Institution candidates (possibly overlapping; the engine keeps the longest)."""
    found: list[Candidate] = []
    for k, tok in enumerate(tokens):
        w = tok.word
        if w in vocab.institution_short_forms:
            found.append(Candidate(tok.start, tok.end, Kind.INSTITUTION, SHORT_FORM_SCORE, "rule"))
        if not _has_suffix(tokens, k, vocab) or not w[0].isalpha():
            if tok.tag == "nt" and len(w) >= 2:
                found.append(Candidate(tok.start, tok.end, Kind.INSTITUTION, NT_SCORE, "jieba"))
            continue
        j = k
        while (
            j > 0
            and k - j + 1 < MAX_TOKENS
            and tok.end - tokens[j - 1].start <= MAX_CHARS
            and _may_continue(tokens[j - 1], vocab, tokens[j], tokens[j - 2] if j >= 2 else None)
        ):
            j -= 1
        while j < k and not is_specific(tokens[j], vocab):
            j += 1  # a name starts with something specific, not 金融/监管/支持
        if j == k and not (is_specific(tok, vocab) and w not in vocab.institution_suffixes):
            if tok.tag == "nt" and len(w) >= 2:
                found.append(Candidate(tok.start, tok.end, Kind.INSTITUTION, NT_SCORE, "jieba"))
            continue
        found.append(Candidate(tokens[j].start, tok.end, Kind.INSTITUTION, CHAIN_SCORE, "rule"))
    return found


def lenient_chains(tokens: list[Token], vocab: Vocab) -> list[tuple[int, int]]:
    """Every run of name-like tokens that ends in an institution suffix, untrimmed.

    A CRF feature: it tells each character that an ending lies ahead, several words away,
    beyond the reach of the character window. The model learns where names really start.
    """
    spans: list[tuple[int, int]] = []
    for k, tok in enumerate(tokens):
        if not _suffix_len(tok.word) or tok.word in vocab.not_institutions:
            continue
        j = k
        while j > 0 and k - j + 1 < MAX_TOKENS and _may_continue(tokens[j - 1], vocab, tokens[j], tokens[j - 2] if j >= 2 else None):
            j -= 1
        spans.append((tokens[j].start, tok.end))
    return spans


def split_fused_titles(tokens: list[Token], vocab: Vocab) -> list[Token]:
    """Cut words that fuse an institution ending with a title (银行行长 → 银行|行长).

    jieba's dictionary has such words; left whole they hide both the institution's end and
    the title before a name.
    """
    out: list[Token] = []
    for tok in tokens:
        w = tok.word
        for n in (2, 3):
            head, title = w[:-n], w[-n:]
            if len(head) >= 2 and title in vocab.titles and _suffix_len(head) == len(head):
                out.append(Token(tok.start, tok.start + len(head), head, "n"))
                out.append(Token(tok.start + len(head), tok.end, title, "n"))
                break
        else:
            out.append(tok)
    return out
