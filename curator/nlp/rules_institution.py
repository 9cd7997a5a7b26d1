"""Institution names as chains: places and names, then one or more organization endings.

中国农业银行|长治市|分行, 国家|金融|监督管理|总局|长治|监管|分局, 润昌|农商|银行. We walk jieba
tokens leftwards from each token that ends with an institution suffix, keep tokens that can
sit inside a name, then trim the left edge until it starts with something specific (a place,
a proper name, an unknown word, a known head such as 国家). A lone generic word
(银行, 公司, 金融机构) is never an institution on its own.
"""

from curator.core.types import Kind
from curator.nlp.rules_institution_lists import listed_bodies
from curator.nlp.segment import NEW, Token, word_frequency, word_tags
from curator.nlp.suggestion import Candidate
from curator.nlp.vocab import Vocab, institution_suffix_length, place_suffix_length

# POS tags of proper names and places: such a token makes a chain specific.
SPECIFIC_TAGS = frozenset({"ns", "nt", "nz", "j", "nr", "nrt", "nrfg", NEW})
# Tags that may sit inside a chain without making it specific.
INNER_TAGS = frozenset({"n", "vn", "l", "b", "an", "ng", "nw", "eng", "v", "s"})
PARTICLES = frozenset("之以为在对向于从被把的了")
MAX_TOKENS = 9
MAX_CHARS = 32
# A chain's score adds up its evidence (see `chain_score`): 山西银行|阳泉|分行 (named head, a
# second name, a two-character ending) scores high, 助农|小分队 (unknown word, 队) low.
CHAIN_BASE = 0.6
NAMED_HEAD = 0.15  # a place, a dictionary name, a known head or short form opens the chain
UNKNOWN_HEAD = 0.05  # a word jieba's HMM made up: a brand (润昌) as often as a phrase
LONG_SUFFIX = 0.15  # 银行, 分行, 有限公司, 日报
WORD_SUFFIX = 0.1  # a whole word on a one-character ending: 证监局, 统战部
SECOND_NAME = 0.05  # place + brand: 中国农业银行|长治市
GENERIC_INSIDE = 0.2
UNSURE_START = 0.25  # a lone character glued before the chain (南|大|西街支行): the name may start earlier
MAX_CHAIN_SCORE = 0.92
SHORT_FORM_SCORE = 0.8  # a curated list; dropped where a chain contains it (建行大宁支行)
NT_SCORE = 0.45  # jieba's dictionary alone: about half right on news text
# An unknown word opening with a preposition, pronoun or copula is a phrase, not a name:
# 这是|吉利集团, 按季|对辖内|银行业.
PHRASE_LEADS = frozenset("按对在向于从被把将为给与和及跟同这那此其是有让使据经由以当")
# A preposition closing a word the HMM made up (超在, 之对) is the sentence going on past a name.
GLUED_PREPOSITIONS = frozenset("在对向于从被把将给跟")
# Words that make a group of bodies: 国家|相关|部委, 地区|各级党委, 有关|部门 are never one body.
GROUP_WORDS = frozenset({"相关", "有关", "各级", "各类", "各家", "各个", "诸多", "众多", "部分"})
# A conjunction jieba's dictionary files as a name (暨 is nt) joins two phrases; it opens no name.
JOINERS = frozenset("暨及和与并或")
PREPARATORY_MARKS = ("(筹)", "（筹）")  # of the same length
TRADE_ENDINGS = frozenset({"证券", "期货"})
TRADE_FIRM_SCORE = 0.75  # a brand and a trade; below the accept-all threshold
ADVERB_TAGS = frozenset({"d", "ad"})
# Numbered levels join categories (省市县|三级|政府), never names.
LEVEL_LEADS = frozenset("一二三四五六七八九十两多各")
LEVEL_CHARS = frozenset("省市县区乡镇村级")
LEVEL_HEADS = frozenset("省市县区旗")  # alone before a short form or a body: 县农行, 旗政府
LEVEL_NAMES = frozenset("省市县区乡镇旗")
# One-character bodies a bare level may open across a field word or two: 区|金融|局, 县|农业|农村|局.
LEVEL_BODY_ENDINGS = frozenset("局委厅办")
LEVEL_FIELD_WORDS = 3  # a bare level after a name makes it a place (观音|区)
# A party body written after an institution is part of it (…分行党委): the institution is tagged.
PARTY_BODIES = frozenset({"党委", "党组", "党总支", "党支部", "党工委"})
RARE_NOUN_FREQUENCY = 30
# A date (2024年|山西省科协) ends before a name; it does not hide the name's start.
DATE_ENDINGS = frozenset("年月日号")
# Classifiers that count institutions: 4个|国家区域医疗中心, 两家|农商银行 name a kind, not one.
COUNTERS = frozenset("个家所座批间")
# Tags of a lone character that may be the cut-off start of a name (南|大|西街支行, 物|联网);
# a glued numeral word (五里|铺村) may be one too.
GLUED_TAGS = frozenset({"a", "zg", "ns", "n", "ng", "nr", "b", "j", "nz", "g", "k"})


# A single-character ending (局, 部, 所, 军) closes a name only on a noun-like word:
# 进军 (v), 西北部 (f) and the particle 所 are not institutions.
SINGLE_SUFFIX_TAGS = frozenset({"n", "nt", "nz", "j", "ns", "ng", NEW})


def _has_suffix(tokens: list[Token], k: int, vocab: Vocab) -> bool:
    token = tokens[k]
    n = institution_suffix_length()(token.word)
    if n == 0:  # most words; but a place's 市府 (Taiwanese usage for its government) ends in no suffix
        return k > 0 and len(token.word) == 2 and _level_body(token.word, vocab) and _is_place(tokens[k - 1].word, vocab)
    if token.word in vocab.not_institutions:
        return False  # 冠军, 全部
    if token.word in vocab.places or all(c in vocab.province_abbreviations for c in token.word):
        return False  # 天台 (a county), 闽台 (two provinces) end like 电视台 but are places
    if token.word.endswith("中心") and k + 1 < len(tokens) and _opens_compound(tokens[k + 1], vocab):
        return False  # 区域中心|城市, 地区中心|城市: a role a city plays, not a body
    if token.word[-2:] in vocab.not_institutions and token.word[:-1] not in word_tags():
        return False  # 新格局 through its tail 格局; 财政|局 and 民政|局 end in 局, not in 政局
    if n >= 2:
        return True
    if len(token.word) == 1:  # 长治|监管|分局 is fine, 民间组织|所 is a particle
        if token.tag == "v":
            return False  # 农业银行|站|在: a verb (站在, 会见), not a station
        if token.word in vocab.body_suffixes and k > 0 and _is_place(tokens[k - 1].word, vocab):
            return True  # 鄂托克旗|委 (jieba: zg): a place's party committee
        return k > 0 and (tokens[k - 1].tag in SPECIFIC_TAGS and not _is_phrase(tokens[k - 1]) or _level_opens(tokens, k))
    if len(token.word) == 2 and (token.tag == NEW or word_tags().get(token.word[0]) in ("v", "p")):
        # 旗委 (an HMM word) is a body; 人社, 通办, 网办 (made-up words), 建厂, 陪办 (a verb on 厂/办) are not
        return _level_body(token.word, vocab)
    return token.tag in SINGLE_SUFFIX_TAGS


def _level_opens(tokens: list[Token], k: int) -> bool:
    """A bare level, then a field, then a one-character body: 区|金融|局, 县|农业|农村|局. The level
    names the government the bureau belongs to, as it does in 县政府; 销售|部 stays a department."""
    if tokens[k].word not in LEVEL_BODY_ENDINGS:
        return False
    j = k - 1
    while j >= 0 and k - j <= LEVEL_FIELD_WORDS and tokens[j].tag in ("n", "vn") and len(tokens[j].word) == 2:
        j -= 1
    return j < k - 1 and j >= 0 and tokens[j].word in LEVEL_HEADS


def _opens_compound(token: Token, vocab: Vocab) -> bool:
    """A noun that goes on with the word before it (中心|城市), rather than a title after a name (中心|主任)."""
    common = token.tag in ("n", "vn") or (token.tag == "ns" and token.word not in vocab.places)  # jieba: 城市/ns
    return common and len(token.word) >= 2 and token.word not in vocab.titles


def _is_phrase(token: Token) -> bool:
    """An unknown word that is really the start of a phrase: 这是, 按季, 对辖内."""
    return token.tag == NEW and token.word[0] in PHRASE_LEADS


def _is_count(token: Token) -> bool:
    """A number of places or levels: 三级, 两市, 六省 (the HMM's word) make a category, never a name.

    五里|铺村 is not one: 五里 opens a village's name.
    """
    w = token.word
    return len(w) >= 2 and w[0] in LEVEL_LEADS and w[-1] in LEVEL_CHARS and token.tag in ("b", "m", NEW)


def _suffix_len(word: str) -> int:
    return institution_suffix_length()(word)


def _is_place(word: str, vocab: Vocab) -> bool:
    # 全市, 各县, 本省 refer to a place without naming one; 乡村, 村镇, 省市 (generic
    # modifiers) end like places but are common words.
    if word in vocab.places:
        return True
    return len(word) >= 2 and word[0] not in "全各本该我此外" and word not in vocab.generic_modifiers and place_suffix_length()(word) > 0


def is_specific(token: Token, vocab: Vocab) -> bool:
    """Whether a token names something in particular (and so may start an institution)."""
    w = token.word
    if w in JOINERS or (w in vocab.not_names and token.tag not in ("ns", "nt", "nz", "j")):
        return False
    if w in vocab.generic_modifiers or _is_phrase(token) or _is_count(token) or w in vocab.institution_suffixes:
        return False  # 乡镇, 这是, 六省, and a bare 卫生院 or 银行 do not open a name
    if token.tag == NEW and (w[0] in vocab.ambiguous_surnames or w[0] in "年月日号" or any(c in PARTICLES for c in w)):
        return False  # 由原, 民之所, 日电 (of a dateline): the HMM glued a particle or date to a word
    if token.tag == "nr" and not (2 <= len(w) <= 3 and w[0] in vocab.surnames) and not _is_place(w, vocab):
        return False  # jieba's dictionary tags phrases such as 严格执行 nr (but 鄂托克旗 is a place)
    return (
        token.tag in SPECIFIC_TAGS
        or _rare_noun(token)
        or w in vocab.institution_heads
        or w in vocab.institution_short_forms
        or _is_place(w, vocab)
        or _level_body(w, vocab)
    )


def _names_a_level(tokens: list[Token], j: int) -> bool:
    """A noun right before a bare level is a place's name: 观音|区|农会, 新兴|乡|农会."""
    return j + 1 < len(tokens) and tokens[j + 1].word in LEVEL_NAMES and tokens[j].tag in ("n", "nz", NEW) and len(tokens[j].word) >= 2


def _rare_noun(token: Token) -> bool:
    """A two-character noun jieba's dictionary hardly saw (太钢, freq 20; 钢铁 has 2,610): often a
    company's short name that jieba files as a common noun, so 太钢|集团 is a name, 钢铁|公司 is not.
    Not a word with an ending of its own: 市局 says which bureau no better than before.

    On test.bio untrained F1 is unchanged, in 3-fold cross-validation trained F1 moved by less
    than the folds' noise; it is here for the short names of news about Chinese industry.
    """
    w = token.word
    return token.tag == "n" and len(w) == 2 and not _suffix_len(w) and word_frequency(w) < RARE_NOUN_FREQUENCY


def _level_body(word: str, vocab: Vocab) -> bool:
    """市委, 县政府, 省人大 written as one word: the governing body of that level, named by context.

    市局 and 省厅 stay out: which bureau or department is meant, the word does not say.
    """
    body = word[1:]
    heads = word[:1] in vocab.institution_heads or word[:1] in LEVEL_HEADS
    return heads and (body in vocab.body_suffixes and (len(body) > 1 or body == "委") or body == "府")


def _may_continue(token: Token, vocab: Vocab, before: Token, after: Token | None) -> bool:
    """Whether `token` may sit inside a chain, between `after` (left) and `before` (right)."""
    if token.word in vocab.institution_short_forms:
        return True  # 建行 (tagged v) in 建行|大宁|支行
    if token.word in vocab.titles:
        # 市委|书记|宋乐伟|会见|中国银行: a title ends the sentence's subject, not a name; after a
        # country it is part of one (菲律宾|总统|廉政|委员会).
        return after is not None and (after.tag == "ns" or _is_place(after.word, vocab))
    if _is_phrase(token) or _is_count(token) or (token.word[0] in LEVEL_LEADS and token.tag in ("b", "m")):
        return False
    if token.tag == NEW and token.word[-1] in GLUED_PREPOSITIONS:
        return False  # 李家|超在|银行|公会: the HMM glued the sentence's preposition to a name
    if token.tag == "l" and word_tags().get(token.word[:2]) in ADVERB_TAGS:
        return False  # 农信联社|紧紧围绕|县委: an idiom opening with an adverb is the sentence going on
    if _level_body(before.word, vocab) and _level_body(token.word, vocab):
        return False  # 县委|县政府: two bodies written together, each its own name
    if token.tag == "v" and not _suffix_len(token.word):
        # 消费者|申诉|中心 and 同业|联合|商会 are names, 战胜|南非队 and 严格|执行|商业银行 are not: a verb
        # must sit between a noun (or an abbreviation) and an institution ending.
        if not (_suffix_len(before.word) and after is not None and after.tag in ("n", "nz", "ns", "vn", "j", NEW)):
            return False
    if token.word in vocab.institution_heads or token.word in vocab.institution_short_forms:
        return True
    if token.tag == "m":
        return token.word.startswith("第")  # 第二人民医院, not 3家银行
    if token.tag == "v" and len(token.word) != 2:
        return False
    return token.tag in SPECIFIC_TAGS or token.tag in INNER_TAGS


def _is_category(tokens: list[Token], j: int, k: int, vocab: Vocab) -> bool:
    """A kind of institution rather than one: 国有银行, 村镇银行, 县医院, 县综合医院.

    Before the ending there is only generic modifiers and bare 省/市/县; those heads still
    name one body before a governing ending (省委, 市政府).
    """
    last = tokens[k]
    n = _suffix_len(last.word)
    head = last.word[:-n] if n else last.word
    words = [t.word for t in tokens[j:k]] + ([head] if head else [])
    if any(w in GROUP_WORDS or w.startswith("各") for w in words):
        return True
    # 村|两委 counts levels; 四川, 十堰 and 九江 only open with a numeral.
    generic = [w in vocab.generic_modifiers or (w[0] in LEVEL_LEADS and not _is_place(w, vocab)
                                                and word_tags().get(w) not in SPECIFIC_TAGS) for w in words]
    if not all(g or (len(w) == 1 and w in vocab.institution_heads) for w, g in zip(words, generic)):
        return False
    if any(generic):
        return True
    return not any(last.word.endswith(b) for b in vocab.body_suffixes)


def _counted(tokens: list[Token], j: int) -> bool:
    """Whether a count stands right before tokens[j]: 4个|…, 4 所|…, 多家|…, 六省|… ."""
    before = [t for t in tokens[max(0, j - 3) : j] if not t.word.isspace()]
    if before and _is_count(before[-1]):
        return True  # 六省|自然资源厅: the departments of six provinces
    if not before or before[-1].word[-1] not in COUNTERS:
        return False
    last = before[-1]
    if last.tag == "m" and len(last.word) > 1:
        return True  # jieba keeps 多家, 两个 whole
    return last.tag == "q" or (len(last.word) == 1 and len(before) > 1 and before[-2].tag == "m")


def _unsure_start(tokens: list[Token], j: int) -> bool:
    """A lone content character or a numeral word glued before the chain: jieba may have cut the name's start off."""
    if j == 0:
        return False
    before = tokens[j - 1]
    han = all("\u4e00" <= c <= "\u9fff" for c in before.word)
    if before.tag == "m" and han and before.word[-1] not in DATE_ENDINGS:
        return True  # 五里|铺村党支部: a place name that opens with a numeral word (counts are dropped before)
    return len(before.word) == 1 and han and before.tag in GLUED_TAGS


def chain_score(tokens: list[Token], j: int, k: int, vocab: Vocab) -> float:
    """How sure a chain tokens[j..k] is an institution, from the evidence it carries."""
    first, last = tokens[j], tokens[k]
    score = CHAIN_BASE + (UNKNOWN_HEAD if first.tag == NEW and first.word not in vocab.institution_short_forms else NAMED_HEAD)
    n = _suffix_len(last.word)
    if n >= 2:
        score += LONG_SUFFIX
    elif len(last.word) > 1 and last.tag != NEW:
        score += WORD_SUFFIX
    if sum(is_specific(t, vocab) for t in tokens[j : k + 1]) >= 2:
        score += SECOND_NAME
    if any(
        tokens[m].word in vocab.generic_modifiers and is_specific(tokens[m - 1], vocab) and is_specific(tokens[m + 1], vocab)
        for m in range(j + 1, k)
    ):
        score -= GENERIC_INSIDE  # 郑州市|县域|工商银行: a group of branches, not one
    if _unsure_start(tokens, j):
        score -= UNSURE_START
    return min(score, MAX_CHAIN_SCORE)


def _brand_start(tokens: list[Token], j: int, k: int, vocab: Vocab) -> int:
    """Where a chain starts if a bank or organisation known by name sits inside it.

    What comes before such a name is the sentence, not the name: 宋乐伟|会见|中国银行|江苏省|分行,
    and so is another such name in a list written without commas: 国开行|农发行|中国进出口银行.
    Places and levels before it still belong to it (县|农行, 印度|外交部).
    """
    start = _one_brand_start(tokens, j, k, vocab)
    while start != j:
        j, start = start, _one_brand_start(tokens, start, k, vocab)
    return j


def _one_brand_start(tokens: list[Token], j: int, k: int, vocab: Vocab) -> int:
    for m in range(j + 1, k + 1):
        word = tokens[m].word
        if word in vocab.known_institutions or word in vocab.institution_short_forms:
            before = tokens[j:m]
            if all(t.word in vocab.institution_heads or _is_place(t.word, vocab) or t.tag == "ns" for t in before):
                return j  # 县|农行, 印度|外交部, 中国|全国政协: a place or a level is part of the name
            return m
    return j


def _jieba_nt(tok: Token, vocab: Vocab) -> Candidate | None:
    w = tok.word
    if tok.tag != "nt" or len(w) < 2 or w in vocab.not_institutions or w.endswith("化"):
        return None  # jieba's dictionary calls 最大化 and 新格局 nt
    if w in vocab.institution_suffixes or any(w.startswith(m) for m in vocab.generic_modifiers):
        return None  # 卫生院, 商业银行, 国有银行, 公立医院: kinds of institution
    return Candidate(tok.start, tok.end, Kind.INSTITUTION, NT_SCORE, "jieba")


def find_institutions(tokens: list[Token], vocab: Vocab, *, party_bodies_apart: bool = True) -> list[Candidate]:
    """Institution candidates (possibly overlapping; the engine keeps the longest).

    `party_bodies_apart`: a party body after an institution (…分行|党委) is left out of it, as
    docs/tagging.md has it; the People's Daily annotation keeps it (福州市国税局党组).
    """
    found: list[Candidate] = []
    short: list[Candidate] = []
    for k, tok in enumerate(tokens):
        w = tok.word
        if w in vocab.institution_short_forms or (w[0] in LEVEL_HEADS and w[1:] in vocab.institution_short_forms):
            # A level before the short form names one body: 县农行, 市中行, 省联社 (县联社 as one word).
            start = tokens[k - 1].start if k > 0 and tokens[k - 1].word in LEVEL_HEADS else tok.start
            short.append(Candidate(start, tok.end, Kind.INSTITUTION, SHORT_FORM_SCORE, "rule"))
        if not _has_suffix(tokens, k, vocab) or not w[0].isalpha():
            if (c := _jieba_nt(tok, vocab)) is not None:
                found.append(c)
            continue
        j = k
        while (
            j > 0
            and k - j + 1 < MAX_TOKENS
            and tok.end - tokens[j - 1].start <= MAX_CHARS
            and _may_continue(tokens[j - 1], vocab, tokens[j], tokens[j - 2] if j >= 2 else None)
        ):
            j -= 1
        while j < k and not is_specific(tokens[j], vocab) and not _names_a_level(tokens, j):
            j += 1  # a name starts with something specific, not 金融/监管/支持
        j = _brand_start(tokens, j, k, vocab)
        if party_bodies_apart and w in PARTY_BODIES and j < k and _has_suffix(tokens, k - 1, vocab):
            k, tok = k - 1, tokens[k - 1]  # …分行|党委: in newsroom articles the bank is the tag
            w = tok.word
        if (j == k and not (is_specific(tok, vocab) and w not in vocab.institution_suffixes)) or _is_category(tokens, j, k, vocab) or _counted(tokens, j):
            if (c := _jieba_nt(tok, vocab)) is not None:
                found.append(c)
            continue
        found.append(Candidate(tokens[j].start, tok.end, Kind.INSTITUTION, chain_score(tokens, j, k, vocab), "rule"))
    # A short form inside a chain is part of the longer name (建行 in 建行大宁支行).
    found += [s for s in short if not any(c.source == "rule" and c.start <= s.start and s.end <= c.end and c.end - c.start > s.end - s.start for c in found)]
    return found + listed_bodies(tokens, found, vocab)


def trade_firms(tokens: list[Token], vocab: Vocab) -> list[Candidate]:
    """华西证券, 倍特期货: a securities or futures firm by its brand and trade, unless a noun goes on
    (中国|证券|市场 is a market). Offered after the model, not among the rules it learns from: as an
    institution ending, 证券 moved the trained model's features and cost figures 0.8 points of F1."""
    return [
        Candidate(brand.start, trade.end, Kind.INSTITUTION, TRADE_FIRM_SCORE, "rule")
        for brand, trade, after in zip(tokens, tokens[1:], [*tokens[2:], None])
        if trade.word in TRADE_ENDINGS and len(brand.word) >= 2 and is_specific(brand, vocab)
        and not (after is not None and _opens_compound(after, vocab))
    ]


def with_preparatory_mark(text: str, c: Candidate) -> Candidate:
    """鄂尔多斯中心支行(筹): a body being set up carries the mark in its name (docs/tagging.md)."""
    if c.kind == Kind.INSTITUTION and text.startswith(PREPARATORY_MARKS, c.end):
        return Candidate(c.start, c.end + len(PREPARATORY_MARKS[0]), c.kind, c.score, c.source)
    return c


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
