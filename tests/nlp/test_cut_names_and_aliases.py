"""Names jieba cut or glued wrongly, short names an article defines, and words that only look
like names (issue 11). Hand-written sentences, no training."""

import pytest

from curator.core.types import Kind
from curator.nlp.crf import institution_start
from curator.nlp.retokenize import retokenize
from curator.nlp.rules_alias import find_aliases
from curator.nlp.rules_institution import find_institutions
from curator.nlp.segment import NEW, Token, segment
from curator.nlp.vocab import vocab


def found(engine, text, kind):
    return [s.text for s in engine.suggest(text) if s.kind == kind]


@pytest.mark.parametrize(("text", "name"), [
    ("那时全镇只有乡农会提供贷款。", "乡农会"),  # jieba: 乡农|会
    ("建设银行湖南分行为小微企业发放贷款。", "建设银行湖南分行"),  # jieba: 分|行为
    ("他在城关区农会信用部工作。", "城关区农会信用部"),  # jieba: 信用|部
    ("桃園市府也進行建設。", "桃園市府"),  # jieba: 桃园市|府, the city government in Taiwanese usage
    ("台中县府服务农民。", "台中县府"),
])
def test_an_ending_jieba_cut_in_two_closes_the_name(engine, text, name):
    assert name in found(engine, text, Kind.INSTITUTION)


def test_a_bare_city_government_stays_a_name_of_its_own(engine):
    """市府 alone is named by context, as 县委 is; with a place before it, the place is part of it."""
    assert found(engine, "近来市府推动多项建设。", Kind.INSTITUTION) == ["市府"]
    assert found(engine, "市府办公室发布通知。", Kind.INSTITUTION) == ["市府办公室"]


def test_a_cut_ending_is_mended_only_after_a_level_or_a_place():
    words = [t.word for t in retokenize(segment("那时全镇只有乡农会提供贷款"), vocab())]
    assert "农会" in words and "乡农" not in words
    words = [t.word for t in retokenize(segment("他是一个乡农"), vocab())]
    assert words[-1] == "乡农"  # no ending follows: the word stays whole


@pytest.mark.parametrize(("text", "name", "longer"), [
    ("城关区农会农友组队参赛。", "城关区农会", "城关区农会农友组队"),  # 组队 is a verb, not a team
    ("多年来,建设银行站在服务实体经济前列。", "建设银行", "建设银行站"),  # 站 (v): 站在
])
def test_a_verb_that_ends_like_a_body_does_not_lengthen_the_name(engine, text, name, longer):
    names = found(engine, text, Kind.INSTITUTION)
    assert name in names and longer not in names


def test_a_level_committee_the_hmm_made_up_is_a_body(engine):
    assert "旗委" in found(engine, "咱们旗委、旗政府都很重视。", Kind.INSTITUTION)


def test_two_known_banks_written_without_a_comma_are_two_names(engine):
    names = found(engine, "市政府与国开行农发行中国银行签约。", Kind.INSTITUTION)
    assert "农发行" in names and "中国银行" in names
    assert "中国银行江苏省分行" in found(engine, "宋乐伟会见中国银行江苏省分行行长。", Kind.INSTITUTION)


def test_a_verb_may_join_an_abbreviation_to_an_ending(engine):
    assert "深圳美食同业联合商会" in found(engine, "深圳美食同业联合商会举办活动。", Kind.INSTITUTION)


def test_an_aquarium_is_an_institution(engine):
    assert "上海海洋水族馆" in found(engine, "上海海洋水族馆开馆。", Kind.INSTITUTION)


def test_a_word_ending_in_a_preposition_ends_the_chain():
    # 张家|超在|银行|协会: the HMM's 超在 holds the sentence's 在.
    words = [("张家", "nrfg"), ("超在", NEW), ("银行", "n"), ("协会", "n")]
    tokens, pos = [], 0
    for word, tag in words:
        tokens.append(Token(pos, pos + len(word), word, tag))
        pos += len(word)
    text = "".join(w for w, _ in words)
    spans = {text[c.start : c.end] for c in find_institutions(tokens, vocab())}
    assert "张家超在银行协会" not in spans and "张家超在银行" not in spans
    tokens[1] = Token(2, 4, "超在", "n")  # positive control: a plain noun continues the chain
    assert any(text[c.start : c.end].startswith("张家") for c in find_institutions(tokens, vocab()))


def test_an_outlet_before_a_middle_dot_is_a_name_of_its_own():
    text = "大众日报·海报新闻"
    starts = [0, 2, 4, 5, 7]  # 大众|日报|·|海报|新闻
    assert institution_start(text, starts, 5) == 5
    text = "葛兰素·威康公司"
    assert institution_start(text, [0, 3, 4, 6], 4) == 0  # positive control: a transliterated name


def test_a_title_of_a_region_s_head_introduces_a_name(engine):
    assert "李家明" in found(engine, "行政长官李家明今天出席活动。", Kind.FIGURE)


def test_a_third_character_before_a_conjunction_is_still_the_name(engine):
    assert "王子跃" in found(engine, "副市长王子跃和市委常委出席。", Kind.FIGURE)


@pytest.mark.parametrize("text", ["调研组负责人来丽调研。", "在岳阳华容县提出新举措。"])
def test_a_verb_or_a_county_is_no_person(engine, text):
    assert found(engine, text, Kind.FIGURE) == []


def test_a_person_after_the_same_title_is_still_found(engine):
    assert found(engine, "调研组负责人李丽调研。", Kind.FIGURE) == ["李丽"]


def test_a_defined_short_name_is_an_institution_wherever_it_recurs(engine):
    text = "华泰机械制造有限公司（以下简称“华泰机械”）成立于2001年。\n如今华泰机械已有员工300人。"
    assert found(engine, text, Kind.INSTITUTION).count("华泰机械") == 2


def test_a_short_name_defined_for_a_person_is_not_an_institution():
    assert find_aliases("王建国（以下简称“老王”）说，老王很忙。") == []
