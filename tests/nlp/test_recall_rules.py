"""Rules that find names the surname and suffix rules missed (hand-written sentences, no training)."""

import pytest

from curator.core.script import to_simplified
from tests.nlp.conftest import spans


def figures(engine, text):
    return [s.text for s in engine.suggest(text) if s.kind.value == "figure"]


def institutions(engine, text):
    return [s.text for s in engine.suggest(text) if s.kind.value == "institution"]


def test_a_titled_two_character_name_recurs_where_a_phrase_goes_on(engine):
    text = "县农行行长方超出席签约仪式。\n方超对合作成果表示满意。"
    assert figures(engine, text) == ["方超", "方超"]


def test_a_two_character_name_does_not_recur_inside_other_words(engine):
    text = "农业银行福建省分行行长黄海出席。\n今天黄海海域风浪很大，大方超市照常营业。"
    assert figures(engine, text) == ["黄海"]  # the titled mention only (positive control)


@pytest.mark.parametrize(("text", "name"), [
    ("合作社总监林梅玉及客户经理出席活动。", "林梅玉"),  # jieba: 林梅玉及
    ("农场负责人高文乐边清点粮食边算账。", "高文乐"),  # jieba: 高文乐边
])
def test_names_are_cut_from_particles_jieba_glued_on(engine, text, name):
    assert name in figures(engine, text)


@pytest.mark.parametrize(("text", "name"), [
    ("区金融局、区发改委负责人参加会议。", "区金融局"),
    ("区金融工作局、县农业农村局负责人参加。", "区金融工作局"),
])
def test_a_bare_level_opens_a_one_character_body(engine, text, name):
    assert name in institutions(engine, text)


def test_variant_characters_are_read_as_their_simplified_form(engine):
    assert to_simplified("陜西衞生") == "陕西卫生"
    assert ("工商銀行陜西分行", "institution") in spans(engine.suggest("工商銀行陜西分行將持續關注地方發展。"))


@pytest.mark.parametrize(("text", "name"), [
    ("来源:长治发布 2024-05-01", "长治发布"),  # no institution ending: the credit alone says it
    ("汉江网讯 记者 兰小文报道", "汉江网"),
])
def test_outlets_credited_as_the_source(engine, text, name):
    assert name in institutions(engine, text)


def test_a_source_line_without_an_outlet_names_none(engine):
    assert institutions(engine, "来源：网络") == []
    assert institutions(engine, "来源：长治日报") == ["长治日报"]  # positive control


@pytest.mark.parametrize(("text", "name"), [
    ("牧民扎西顿珠用贷款买了牦牛。", "扎西顿珠"),
    ("养殖户才让南加算了一笔账。", "才让南加"),
    ("苏木长巴特尔朝鲁驱车赶到现场。", "巴特尔朝鲁"),
])
def test_tibetan_and_mongolian_names_from_their_parts(engine, text, name):
    assert (name, "figure") in spans(engine.suggest(text))


def test_a_single_name_part_is_not_a_name(engine):
    assert figures(engine, "扎西说今年收成不错。") == []
    assert figures(engine, "扎西顿珠说今年收成不错。") == ["扎西顿珠"]  # positive control


@pytest.mark.parametrize(("text", "name"), [
    ("市议员张苏素娥出席揭幕仪式。", "张苏素娥"),
    ("活动召集人陈林美玲表示，疫情以来生意难做。", "陈林美玲"),
])
def test_married_names_with_two_surnames_after_a_title(engine, text, name):
    assert figures(engine, text) == [name]


def test_a_rare_character_jieba_does_not_know_ends_a_titled_name(engine):
    assert figures(engine, "行长黄山镮表示，今年贷款增长。") == ["黄山镮"]


def test_editors_credited_in_a_table_line(engine):
    assert set(figures(engine, "一审 | 马小飞 何平安\n二审 | 张清")) >= {"马小飞", "何平安"}


def test_a_bar_between_credits_does_not_make_the_next_label_a_name(engine):
    assert figures(engine, "作者:李文兵 | 来源:人民网") == ["李文兵"]


def test_bodies_listed_after_one_with_its_place(engine):
    found = institutions(engine, "县财政局、水利局、林业局等部门负责人参加。")
    assert {"县财政局", "水利局", "林业局"} <= set(found)


def test_a_bank_heads_no_list_of_bureaus(engine):
    assert institutions(engine, "工商银行、水利局负责人参加。") == ["工商银行"]


def test_a_bureau_fused_with_its_heads_title(engine):
    text = "农业局长钱立峰出席仪式。"
    assert institutions(engine, text) == ["农业局"]
    assert figures(engine, text) == ["钱立峰"]


# Found on a held-out set of finance news (tests/data/finance_holdout): each a kind of error, written anew.
def test_a_name_before_a_word_ending_in_deng_keeps_its_last_character(engine):
    """李吉|平等: 等 closes the list; a two-character 李吉 would be written 李吉等."""
    assert figures(engine, "国开行行长蒋超良、副行长李吉平等出席会议。") == ["蒋超良", "李吉平"]


@pytest.mark.parametrize("text", ["上海银行杨行支行与杨行镇签订共建协议。", "杨行镇党委书记张三、杨行镇镇长李四出席。"])
def test_a_word_named_by_the_place_or_branch_after_it_is_no_person(engine, text):
    assert "杨行" not in figures(engine, text)


def test_a_word_the_article_writes_as_a_place_is_no_person_anywhere_in_it(engine):
    text = "杨行镇与上海银行签订协议。\n镇长表示，感谢上海银行对杨行发展的关心。"
    assert "杨行" not in figures(engine, text)
    assert "张三" in figures(engine, "张三市长表示。\n感谢张三对工作的支持。")  # a title after a name names no place


@pytest.mark.parametrize("mark", ["(筹)", "（筹）"])
def test_a_branch_being_set_up_keeps_its_mark(engine, mark):
    assert institutions(engine, f"农行鄂尔多斯中心支行{mark}负责人出席。") == [f"农行鄂尔多斯中心支行{mark}"]


@pytest.mark.parametrize("text", ["积极争取国家相关部委的支持。", "地区各级党委和政府高度重视。", "有关部门负责人参加。"])
def test_a_group_of_bodies_is_no_institution(engine, text):
    assert institutions(engine, text) == []


def test_a_conjunction_opens_no_institution(engine):
    """暨 (jieba's dictionary calls it nt) joins two phrases: 筹建暨农村信用社清收."""
    assert institutions(engine, "召开平江农村商业银行筹建暨农村信用社不良贷款清收工作会议") == ["平江农村商业银行"]


def test_a_list_closed_by_the_kind_of_its_items_names_institutions(engine):
    text = "台风前后，各保险公司积极应对，中华保险、太平保险、大地保险等公司积极采取措施。"
    assert institutions(engine, text) == ["中华保险", "太平保险", "大地保险"]


@pytest.mark.parametrize(("text", "expected"), [
    ("调研组走访了工商银行、农业银行等金融机构。", ["工商银行", "农业银行"]),  # the sentence before the first item stays out
    ("我们与张三、李四等单位负责人座谈。", []),  # items shaped like people are left to the figure rules
])
def test_a_classed_list_takes_no_more_than_its_items(engine, text, expected):
    assert institutions(engine, text) == expected


def test_two_bodies_written_together_are_two_and_no_clause_joins_a_name(engine):
    """县委县政府 is the county's committee and government; 紧紧围绕 (an adverb's idiom) ends the union's name."""
    text = "近年来，修文农信联社紧紧围绕县委县政府中心工作。"
    assert institutions(engine, text) == ["修文农信联社", "县委", "县政府"]


def test_a_department_before_its_heads_title_is_no_person(engine):
    assert figures(engine, "市委宣传部部长王五出席。") == ["王五"]


def test_securities_and_futures_firms_by_brand_and_trade(engine):
    assert institutions(engine, "华西证券、国金证券、华西期货、倍特期货等参加。") == ["华西证券", "国金证券", "华西期货", "倍特期货"]
    assert institutions(engine, "中国证券市场发展迅速，香港期货交易活跃。") == []  # a market, not a firm
