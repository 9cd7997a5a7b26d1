"""People's names from context: bylines and credits, titles, speech verbs, jieba name tags.

A name is a surname (compound first) plus one or two given-name characters, ending on a
jieba word boundary. Context decides how sure we are: a byline or a title right before the
name is strong evidence, a jieba `nr` tag alone is weak. Anonymized forms (李某, 王某某) and
words jieba wrongly marks as names (普惠, 小微) are never figures.
"""

import re
from functools import cache

from curator.core.types import Kind
from curator.nlp.name_shape import COMMON_SURNAMES, has_common_surname, has_given_name, is_name_like
from curator.nlp.place_words import PLACE_ENDINGS, names_a_place
from curator.nlp.rules_figure_shapes import find_minority_names, married_name_end
from curator.nlp.segment import NEW, Token, word_frequency
from curator.nlp.suggestion import Candidate
from curator.nlp.vocab import Vocab

# Scores follow how often each kind of evidence was right on held-out news (dev.bio): a
# byline or a title before the name almost always, jieba's guess alone far less often.
BYLINE_SCORE = 0.9
TITLE_SCORE = 0.85
VERB_SCORE = 0.8
SHORT_CONTEXT_PENALTY = 0.1  # a two-character name after a title or before a verb: 胡老, 高盛
NEW_NAME_SCORE = 0.6  # jieba's HMM made up a three-character word of given-name characters
TAG_SCORE = 0.5
WEAK_TAG_SCORE = 0.4  # the same without typical given-name characters: 解民忧, 支小再
FOREIGN_SCORE = 0.35  # jieba's nrt: as often a place (斯里兰卡) or a thing (尼古丁)
SHORT_SCORE = 0.3
LISTED_MIN_SCORE = 0.75  # a name at least this sure vouches for names listed beside it with 、
LISTED_SCORE = 0.7
MAX_LISTED = 4  # characters of a listed name: a compound surname and two given-name characters
# About nine people in ten carry one of the 150 most frequent surnames: a name guessed from
# jieba alone (no title, no byline) must start with one (not 农家乐, 支小再, 解民忧); a
# two-character guess, with one of the 60 commonest (not 区泰, 银保, 白蓝).
VERY_COMMON_SURNAMES = 60
NUMERALS = frozenset("一二三四五六七八九十百千万零两〇")
# A word jieba tags nr that ends in a level is a county or city (岳阳|华容县|提出), not a person.
LEVEL_ENDINGS = frozenset("省市县")
NAME_TAGS = frozenset({"nr", "nrfg", NEW})
# After a title, a whole word with these tags may still be a name (行长|黄海, ns; 行长|高志, n).
WORD_NAME_TAGS = frozenset({"ns", "n", "nz", "a"})
# Two-character given names jieba files as other words: 殷|兴山 (ns), 李|拥军 (v), 牛|国庆 (t).
GIVEN_WORD_TAGS = frozenset({"n", "ng", "a", "nz", "t", "ns", "v"})
# A rarer third character jieba left on its own after two: 林晓|晞 (zg), 林章|吉 (nr), and one
# its dictionary lacks altogether (x): 赖义|锽, 欧美|镮; parents pick rare characters on purpose.
RARE_GIVEN_TAGS = frozenset({"zg", "nr", "ng", "a", "n", "x"})
# Word classes a name never has: 经过 (p), 申请 (v), 他们 (r).
# A noun this frequent in jieba's dictionary is the word itself, even after a title (农户|信息):
# the place and noun names it lets through (黄海 399, 方圆 285) are far below it.
COMMON_WORD_FREQUENCY = 1000
NOT_NAME_TAGS = frozenset({"v", "vn", "vd", "p", "c", "d", "r", "u", "ad", "m", "q", "f", "t", "y", "e", "o"})
_HAN = re.compile(r"[\u3400-\u9fff]+")
_SEP = " \u3000\t:：/／"
_FIRST_SEP = _SEP + "|｜"  # 一审 | 尚健飞 许腾飞: a table-like credit line; not between names (作者:王惠兵 | 来源)
_DOT = re.compile(r"[·•・‧]")
MAX_FOREIGN = 7
DOT_SCORE = 0.6
_CREDIT = re.compile(r"([\u3400-\u9fff]{2,4})\s*[/／]\s*(?:文|图|摄影|摄|视频|通讯员|记者)")
_NAMES = r"([\u3400-\u9fff]{2,4}(?:[ 　、][\u3400-\u9fff]{2,4})*)"
# A credit in brackets closing a paragraph, …作出新的贡献。(魏利华) or （王佳 李四）, or right after
# a dateline: 5月29日电 (李海珠).
_BRACKET_CREDIT = re.compile(r"(?:[。！？”」]\s*[（(]" + _NAMES + r"[）)][ \t　]*$|日电\s*[（(]" + _NAMES + r"[）)])", re.M)
# Photographers credited at the end of a line: 赖家冬、蒋涛 摄影报道.
_PHOTO_CREDIT = re.compile(r"(?:^|[。\s])" + _NAMES + r"[ 　]+(?:摄影报道|摄影|摄)[ \t　]*$", re.M)


def is_foreign_name(token: Token, vocab: Vocab) -> bool:
    """A transliterated name (克林顿): jieba calls it a name and it is made of sound characters."""
    w = token.word
    if any(c in NUMERALS for c in w):
        return False  # jieba's dictionary tags 二十大 nrt
    if token.tag == "nrt":  # jieba's tag for transliterated personal names (库克, 萨默斯)
        return len(w) >= 3 and w not in vocab.not_names and bool(_HAN.fullmatch(w))
    return (
        token.tag in ("nr", NEW)
        and len(w) >= 3
        and w not in vocab.not_names
        and all(c in vocab.transliteration_chars for c in w)
    )


@cache
def _alternation(words: frozenset[str]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))


class _Index:
    """Token boundaries of one text, for O(1) boundary tests."""

    def __init__(self, text: str, tokens: list[Token], speech_verbs: frozenset[str]):
        self.text = text
        self.starts = {t.start: t for t in tokens}
        self.by_end = {t.end: t for t in tokens}
        self.ends = {t.end for t in tokens}
        self.ends.add(0)
        self.speech_verbs = speech_verbs


def _name_at(idx: _Index, pos: int, vocab: Vocab) -> int | None:
    """End of a name starting at `pos` (given strong context), or None."""
    text = idx.text
    n = 2 if text[pos : pos + 2] in vocab.compound_surnames else 1
    if n == 1 and text[pos : pos + 1] not in vocab.surnames:
        return None
    tok = idx.starts.get(pos)
    if tok is not None and tok.end - pos > n:
        # A whole word after the title: a name-tagged one (孙洪卫), or a word jieba files as a
        # place or noun that is shaped like a name and ends the phrase (行长|黄海|↵, 行长|高志|新|一行);
        # never 信息 or 经过.
        if not is_name_like(tok.word, vocab) or tok.tag in NOT_NAME_TAGS:
            return None
        if tok.tag == NEW and len(tok.word) == 2 and text[pos] in vocab.ambiguous_surnames:
            return None  # 负责人|来丽|调研: the HMM's word on 来, 向, 和 is the sentence going on
        third = _third_character(idx, tok, vocab)
        if tok.tag in NAME_TAGS or third is not None:
            return third or tok.end
        common = word_frequency(tok.word) >= COMMON_WORD_FREQUENCY  # 信息, 金融, 海洋: words, not names
        return tok.end if tok.tag in WORD_NAME_TAGS and not common and _ends_phrase(idx, tok.end) else None
    if text[pos] in vocab.ambiguous_surnames:
        return None  # 和|夫人, 都|不在: only a whole name-tagged word (above) will do
    for end in (pos + n + 2, pos + n + 1):  # longest given name ending on a word boundary
        if end in idx.ends and is_name_like(text[pos:end], vocab) and _given_tokens_ok(idx, pos + n, end):
            return end
    return None


def _ends_phrase(idx: _Index, end: int) -> bool:
    """Whether the text after `end` starts something new: punctuation, a line end, a numeral word
    (一行), a verb, or nothing."""
    if end >= len(idx.text) or not _HAN.match(idx.text[end]):
        return True
    nxt = idx.starts.get(end)
    return nxt is not None and (nxt.tag in ("v", "m", "p", "c", "d") or nxt.word in idx.speech_verbs)


def _third_character(idx: _Index, tok: Token, vocab: Vocab) -> int | None:
    """The end of a three-character name jieba cut after two (局长卢子|跃|表示, 总经理李国|才|主持).

    Only after strong context: the lone character must be a usual given-name character, and
    what follows must start a word of its own (a verb, a title, punctuation), not go on with it.
    """
    if len(tok.word) != 2 or tok.word[:2] in vocab.compound_surnames:
        return None
    nxt = idx.starts.get(tok.end)
    if nxt is not None and len(nxt.word) == 2 and nxt.word[1] == "等" and nxt.word[0] in vocab.given_name_chars:
        # 副行长李吉|平等|出席: 等 closes the list, 平 ends the name (李吉 would be written 李吉等)
        return nxt.start + 1 if is_name_like(tok.word + nxt.word[0], vocab) else None
    if nxt is None or len(nxt.word) != 1 or nxt.word in idx.speech_verbs or nxt.word in vocab.name_stop_chars:
        return None
    if nxt.word not in vocab.given_name_chars and nxt.tag not in RARE_GIVEN_TAGS:
        return None  # 林晓|晞 (zg), 林章|吉 (nr): a rarer character jieba left alone
    after = idx.starts.get(nxt.end)
    if after is not None and len(after.word) == 1 and after.word not in "，。、；：:,（(和与及":
        return None  # 李明|在|会上: a one-character word after the name is the sentence going on (和 lists the next)
    return nxt.end if is_name_like(tok.word + nxt.word, vocab) else None


def _given_tokens_ok(idx: _Index, start: int, end: int) -> bool:
    """The given name is single characters or words tagged as names, never 表示 or 他们."""
    pos = start
    while pos < end:
        tok = idx.starts.get(pos)
        if tok is None:
            return pos > start  # the surname's token ran into the given name: 李若|男
        if tok.end > end or tok.word in idx.speech_verbs:
            return False
        if tok.end - tok.start > 1 and tok.tag not in NAME_TAGS and tok.tag not in GIVEN_WORD_TAGS:
            return False  # t: 牛|国庆 (a date); ns: 殷|兴山, 陈|景泰 (places); v: 李|拥军
        pos = tok.end
    return True


def _bylines(idx: _Index, vocab: Vocab) -> list[Candidate]:
    out: list[Candidate] = []
    text = idx.text
    for m in _alternation(vocab.byline_markers).finditer(text):
        slash = text.startswith(("/", "／"), m.end())
        if m.start() not in idx.ends or (len(m.group()) == 1 and not slash):
            continue  # inside a word, or a bare 文/图 (they count as 文/王小明 or 刘仕乾/文)
        pos, seps = m.end(), _FIRST_SEP
        while True:
            while pos < len(text) and text[pos] in seps:
                pos += 1
            seps = _SEP
            end = None
            run = _HAN.match(text, pos)
            # Names separated by spaces: each run between spaces is one name, the last one at the
            # line's end (一审 | 尚健飞 许腾飞↵).
            if run and (run.end() == len(text) or text[run.end()] in " \u3000、,，）)") and is_name_like(run.group(), vocab):
                end = run.end()
            if end is None:
                end = _name_at(idx, pos, vocab)
            if end is None:
                break
            if end - pos == 2 and end < len(text) and _HAN.match(text[end]) and not _HAN.match(text, end + 1):
                end += 1  # 李若|男 at the end of a byline: jieba cut the given name apart
            out.append(Candidate(pos, end, Kind.FIGURE, BYLINE_SCORE, "rule"))
            pos = end
            if pos < len(text) and text[pos] in "、,，":
                pos += 1
            elif pos >= len(text) or text[pos] not in " \u3000":
                break
    for m in _CREDIT.finditer(text):
        name = m.group(1)
        # The name is the tail of the Han run right before the slash.
        for k in (3, 2, 4):
            if len(name) >= k and is_name_like(name[-k:], vocab):
                out.append(Candidate(m.end(1) - k, m.end(1), Kind.FIGURE, BYLINE_SCORE, "rule"))
                break
    for m in (*_BRACKET_CREDIT.finditer(text), *_PHOTO_CREDIT.finditer(text)):
        group = next(g for g in range(1, (m.re.groups or 0) + 1) if m.group(g))
        for name in re.finditer(r"[\u3400-\u9fff]+", m.group(group)):
            if is_name_like(name.group(), vocab):
                start = m.start(group) + name.start()
                out.append(Candidate(start, start + len(name.group()), Kind.FIGURE, BYLINE_SCORE, "rule"))
    return out


def _dotted(text: str, vocab: Vocab) -> list[Candidate]:
    """Foreign names written with a middle dot (玛格丽特·里德): sound characters on both sides."""
    out: list[Candidate] = []
    trans = vocab.transliteration_chars
    for m in _DOT.finditer(text):
        start = m.start()
        while start > 0 and m.start() - start < MAX_FOREIGN and text[start - 1] in trans:
            start -= 1
        end = m.end()
        while end < len(text) and end - m.end() < MAX_FOREIGN and text[end] in trans:
            end += 1
        if m.start() - start >= 1 and end - m.end() >= 1 and end - start >= 4:
            out.append(Candidate(start, end, Kind.FIGURE, DOT_SCORE, "rule"))
    return out


def _after_titles(idx: _Index, vocab: Vocab) -> list[Candidate]:
    out: list[Candidate] = []
    for m in _alternation(vocab.titles).finditer(idx.text):
        pos = m.end()
        if pos not in idx.ends:
            continue  # 银行|长治: the "title" 行长 straddles a word boundary
        end = married_name_end(idx.text, pos, idx.ends, vocab) or _name_at(idx, pos, vocab)
        if end is not None:
            score = TITLE_SCORE - (SHORT_CONTEXT_PENALTY if end - pos == 2 else 0)
            out.append(Candidate(pos, end, Kind.FIGURE, score, "rule"))
    return out


def _before_cues(tokens: list[Token], vocab: Vocab) -> list[Candidate]:
    """A name right before a speech verb (孙洪卫表示) or a title (习近平总书记, 张三行长)."""
    out: list[Candidate] = []
    for k in range(1, len(tokens)):
        if tokens[k].word not in vocab.speech_verbs and tokens[k].word not in vocab.titles:
            continue
        prev = tokens[k - 1]
        # A surname token before the given name wins over the given name alone: 长孙|洪卫|说 is
        # 长孙洪卫 (and 行长|孙洪卫 after `_off_title`), not 洪卫.
        if k >= 2 and _surname_and_given(tokens[k - 2], prev, tokens[k], vocab):
            out.append(Candidate(tokens[k - 2].start, prev.end, Kind.FIGURE, VERB_SCORE, "rule"))
        elif is_name_like(prev.word, vocab) and prev.tag in NAME_TAGS and prev.word[-1] not in LEVEL_ENDINGS:
            score = VERB_SCORE - (SHORT_CONTEXT_PENALTY if len(prev.word) == 2 else 0)
            out.append(Candidate(prev.start, prev.end, Kind.FIGURE, score, "rule"))
    return out


def _surname_and_given(first: Token, prev: Token, cue: Token, vocab: Vocab) -> bool:
    """Whether `first` is a surname and `prev` its given name, right before `cue`."""
    name = first.word + prev.word
    if len(first.word) > 2 or not (first.word in vocab.surnames or first.word in vocab.compound_surnames):
        return False
    # A compound surname (欧阳|振华), or a surname jieba tagged as one before a title
    # (陈|景泰|区长), is evidence enough for a given name filed as another word.
    compound = first.word in vocab.compound_surnames
    titled = cue.word in vocab.titles and first.tag == "nr" and len(first.word) == 1
    tags = NAME_TAGS | {"nz", "n", "ns"} if compound else NAME_TAGS | GIVEN_WORD_TAGS if titled else NAME_TAGS
    return prev.tag in tags and is_name_like(name, vocab) and name[0] not in vocab.ambiguous_surnames


def _name_in_phrase(tok: Token, vocab: Vocab) -> str | None:
    """The name at the head of a dictionary phrase such as 邓小平理论 or 马克思主义."""
    if len(tok.word) < 4 or tok.tag in ("ns", "nt"):
        return None
    for ending in vocab.name_phrase_endings:
        if tok.word.endswith(ending):
            prefix = tok.word[: -len(ending)]
            if (len(prefix) >= 3 and is_name_like(prefix, vocab)) or (len(prefix) >= 3 and all(c in vocab.transliteration_chars for c in prefix)):
                return prefix
    return None


def _is_region(name: str, vocab: Vocab) -> bool:
    """晋蒙, 晋豫皖: province abbreviations strung together, a region and not a person."""
    return all(c in vocab.province_abbreviations for c in name)


def _tagged(tokens: list[Token], vocab: Vocab) -> list[Candidate]:
    """jieba's guesses alone: three-character names only, scored by how name-like they are."""
    out: list[Candidate] = []
    for tok in tokens:
        w = tok.word
        if w[0] in vocab.ambiguous_surnames:
            continue  # 和平, 都明白: without context these are not names
        if tok.tag == NEW and len(w) == 2 and vocab.surname_rank.get(w[0], COMMON_SURNAMES) < VERY_COMMON_SURNAMES:
            # Two-character words jieba calls names are mostly not (阳光, 银企, 公建): only
            # the HMM's new words on the commonest surnames (张洁, 汪明) are offered, faintly.
            if has_given_name(w, vocab) and is_name_like(w, vocab) and w[-1] not in PLACE_ENDINGS:
                out.append(Candidate(tok.start, tok.end, Kind.FIGURE, SHORT_SCORE, "jieba"))
        elif tok.tag in NAME_TAGS and len(w) > 2 and is_name_like(w, vocab):
            if w[-1] in PLACE_ENDINGS or _is_region(w, vocab) or any(c in NUMERALS for c in w):
                continue
            if not has_common_surname(w, vocab):
                continue
            given = has_given_name(w, vocab)
            # jieba's dictionary tags many common words nr (卫星, 农家乐); its HMM's new
            # words are more often real names.
            if tok.tag == NEW:
                out.append(Candidate(tok.start, tok.end, Kind.FIGURE, NEW_NAME_SCORE if given else WEAK_TAG_SCORE, "jieba"))
            elif given:
                out.append(Candidate(tok.start, tok.end, Kind.FIGURE, TAG_SCORE, "jieba"))
        elif (prefix := _name_in_phrase(tok, vocab)) is not None:
            out.append(Candidate(tok.start, tok.start + len(prefix), Kind.FIGURE, TAG_SCORE, "jieba"))
        elif is_foreign_name(tok, vocab) and w[-1] not in PLACE_ENDINGS:
            out.append(Candidate(tok.start, tok.end, Kind.FIGURE, FOREIGN_SCORE, "jieba"))
    return out


def _off_title(text: str, c: Candidate, vocab: Vocab) -> Candidate | None:
    """Give back a first character that ends a title: 行|长孙洪卫 is 行长 + 孙洪卫, not 长孙."""
    for n in (2, 3):
        if c.start - n + 1 >= 0 and text[c.start - n + 1 : c.start + 1] in vocab.titles:
            rest = text[c.start + 1 : c.end]
            return Candidate(c.start + 1, c.end, c.kind, c.score, c.source) if is_name_like(rest, vocab) else None
    return c


def _listed(idx: _Index, found: list[Candidate], vocab: Vocab) -> list[Candidate]:
    """Names listed with 、 beside a name found on strong evidence: 请来汪潮涌、陈九霖等, 县领导王建国、李明."""
    out: list[Candidate] = []
    for c in found:
        if c.score < LISTED_MIN_SCORE or c.start not in idx.ends or c.end not in idx.ends:
            continue  # a name that does not sit on word boundaries has no neighbours to walk to
        for step, pos in ((1, c.end), (-1, c.start)):
            while (span := _listed_name(idx, pos, step, vocab)) is not None:  # as long as the list goes on
                out.append(Candidate(*span, Kind.FIGURE, LISTED_SCORE, "rule"))
                pos = span[1] if step == 1 else span[0]
    return out


def _listed_name(idx: _Index, pos: int, step: int, vocab: Vocab) -> tuple[int, int] | None:
    """The name across the 、 at `pos` (after it with step 1, before it with -1): the whole item
    where 、, 等 or punctuation close it on both sides (洪煜堂、黄信文等, however jieba cut them:
    黄信|文等), else the one word there that jieba calls a name."""
    text = idx.text
    if step == 1 and text.startswith("、", pos):
        start = end = pos + 1
        while end < len(text) and end - start < MAX_LISTED and _HAN.match(text[end]) and text[end] != "等" and text[end] != "、":
            end += 1
        closed = end == len(text) or not _HAN.match(text[end]) or text[end] in "等、"
        word = idx.starts.get(start)
    elif step == -1 and pos > 0 and text[pos - 1] == "、":
        start = end = pos - 1
        while start > 0 and end - start < MAX_LISTED and _HAN.match(text[start - 1]):
            start -= 1
        closed = start == 0 or not _HAN.match(text[start - 1])
        word = idx.by_end.get(end)
    else:
        return None
    if closed and is_name_like(text[start:end], vocab):
        return start, end
    if word is not None and word.tag in NAME_TAGS and is_name_like(word.word, vocab):
        after = idx.starts.get(word.end)
        return None if after is not None and names_a_place(after, vocab) else (word.start, word.end)
    return None


def find_figures(text: str, tokens: list[Token], vocab: Vocab) -> list[Candidate]:
    """Figure candidates in Simplified `text` (possibly overlapping)."""
    idx = _Index(text, tokens, vocab.speech_verbs)
    found = _bylines(idx, vocab) + _dotted(text, vocab) + _after_titles(idx, vocab) + _before_cues(tokens, vocab) + _tagged(tokens, vocab)
    found += find_minority_names(text, idx.starts, idx.ends, vocab)
    found += _listed(idx, found, vocab)
    return [a for c in found if (a := _off_title(text, c, vocab)) is not None]
