"""False alarms seen on bank news, fixed by general rules (hand-written sentences)."""

import pytest

from curator.core.types import Kind
from tests.nlp.conftest import spans


def institutions(engine, text):
    return {name for name, _ in spans(engine.suggest(text), Kind.INSTITUTION)}


def figures(engine, text):
    return {name for name, _ in spans(engine.suggest(text), Kind.FIGURE)}


NOT_INSTITUTIONS = [
    "各地人社部门推动社保业务跨省通办，群众可以网办，也有人陪办。",  # made-up words on 社/办
    "这家企业决定在新疆建厂。",  # a verb before 厂
    "组建助农小分队走进农户。",  # a generic team
    "努力打造乡村振兴领军银行。",  # no name before 银行
    "国有银行、商业银行和村镇银行都参与了。",  # kinds of banks
    "公立医院、乡镇卫生院、县医院的医生下乡义诊。",  # kinds of hospitals
    "建立省市县三级政府协调机制。",  # levels of government
    "加快构建新格局，推动效益最大化。",
    "全省建设4个国家区域医疗中心。",  # counted: a kind of centre
    "当地两家农商银行联合放贷。",
    "优先对支村两委成员发放贷款。",  # the two committees any village has
    "市局要求各县局加强检查。",  # which bureau, the word does not say
    "广大群众和社会大众都爱吃苹果，这让人产生联想。",  # brand names that are also common words stay out of the list
    "金融服务要让人民大众得实惠。",  # jieba's dictionary calls 人民大众 nt
    "由县乡村三级党组织书记带头抓金融工作。",  # party organisations in general (jieba: nt)
    "让村卫生室有人看病，也去诊所买药。",  # kinds of clinic, no name before them
    "城投债的违约风险上升。",  # municipal bonds, no company named
    "钢铁公司和煤炭集团加快转型。",  # common nouns before the endings: kinds of company
]


@pytest.mark.parametrize("text", NOT_INSTITUTIONS)
def test_categories_and_phrases_are_not_institutions(engine, text):
    assert institutions(engine, text) == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("人民银行太原市分行全辖银行业金融机构积极行动。", "人民银行太原市分行"),  # no generic tail
        ("那天这是奇瑞集团的新车。", "奇瑞集团"),  # no leading pronoun or copula
        ("省委、市政府高度重视。", "省委"),  # a bare head still names a governing body
        ("冠县县委统战部组织调研。", "冠县县委统战部"),
        ("记者来到西沟村卫生室。", "西沟村卫生室"),  # a named village's clinic
        ("王大夫在阳城县城关镇中心诊所坐诊。", "阳城县城关镇中心诊所"),
        ("平遥农商银行支持古城保护。", "平遥农商银行"),  # jieba tags the county 平遥 a
        ("据长治日报报道，签约顺利。", "长治日报"),  # and the city 长治 n
        ("会上，县发改局、县财政局负责人发言。", "县发改局"),  # 发改局 is not in jieba's dictionary
        ("会上，县发改局、县财政局负责人发言。", "县财政局"),  # ends in 局, not in 政局
        ("该行联合山西省融资再担保集团推出产品。", "山西省融资再担保集团"),
        ("县委常委、常务副县长孙立军主持会议。", "县委"),  # 常委 is a post
        ("与中信证券股份有限公司、华泰证券签署协议。", "华泰证券"),  # a well-known firm
        ("自治区党委常委出席会议。", "自治区党委"),
        # docs/tagging.md: a party body after an institution is part of it; the institution is tagged.
        ("山西省农村信用社联合社党委书记郭俊伟一行调研。", "山西省农村信用社联合社"),
        ("邮储银行江苏省分行党委书记出席。", "邮储银行江苏省分行"),
        ("西沟村党支部组织学习。", "西沟村党支部"),  # a village's party branch is a body of its own
        ("国家开发银行向山西建投发放贷款。", "山西建投"),  # a state investment company's short name
        ("太钢集团与宝武集团完成重组。", "太钢集团"),  # 太钢 is a rare noun to jieba
    ],
)
def test_chain_edges(engine, text, name):
    found = institutions(engine, text)
    assert name in found
    assert not any(name in other and other != name for other in found)


def test_a_group_of_provincial_departments_is_no_chain(engine):
    found = [s for s in engine.suggest("中部六省自然资源厅在长沙签约。") if s.kind == Kind.INSTITUTION]
    assert all(s.score < 0.5 and "六省" not in s.text for s in found)


def test_county_short_names_leave_everyday_words_out():
    from curator.nlp.vocab import vocab

    places = vocab().places
    assert {"长治", "平遥", "襄垣", "大同"} <= places
    assert not {"资源", "合作", "和平", "东方"} & places


def test_generic_modifier_inside_a_chain_lowers_the_score(engine):
    # (工商银行 itself is a well-known name, offered on its own; 中原银行 is not)
    (hit,) = [s for s in engine.suggest("郑州市县域中原银行营业网点增加。") if s.kind == Kind.INSTITUTION]
    assert hit.score < 0.8


NOT_FIGURES = [
    "党的二十大胜利召开。",  # a numeral word jieba tags nrt
    "我们来到桑阿镇田马园参观。",  # places
    "晋蒙、晋豫皖交界地区加强合作。",  # province abbreviations
    "为群众解民忧，用好支小再贷款。",  # phrases on rare surnames
    "区泰白蓝银保公建满冠农家乐。",  # two-character guesses and a dictionary nr word
    "市民王女士告诉记者，李先生和张老师也在场。",  # a surname and a form of address
    "编织农户信息“一张网”，精准画像。",  # a common noun after a word on the title list (农户), on surname 信
]


@pytest.mark.parametrize("text", NOT_FIGURES)
def test_weak_guesses_are_not_figures(engine, text):
    assert figures(engine, text) == set()


def test_a_given_name_that_is_also_a_date_follows_a_title(engine):
    assert figures(engine, "泽州支行行长牛国庆表示，将加大信贷支持。") == {"牛国庆"}  # 牛|国庆 (t)
    assert figures(engine, "行长今年表示，将加大信贷支持。") == set()


def test_scores_reflect_evidence(engine):
    text = "记者 孙明亮 报道：中国建设银行晋城市分行行长赵文华说，助农服务站和晋城农商银行都参与。"
    by_name = {s.text: s.score for s in engine.suggest(text)}
    assert by_name["孙明亮"] >= 0.85  # byline
    assert by_name["赵文华"] >= 0.8  # title and speech verb
    assert by_name["中国建设银行晋城市分行"] >= 0.85  # brand + place + branch ending
    assert by_name["晋城农商银行"] >= 0.8


def test_a_name_found_with_evidence_is_found_again(engine):
    text = "行长赵文华介绍了情况。\n会后，赵文华来到网点。"
    hits = [s for s in engine.suggest(text) if s.text == "赵文华"]
    assert len(hits) == 2 and all(s.score >= 0.8 for s in hits)


def test_well_known_organisations_on_word_boundaries(engine):
    found = institutions(engine, "联合国和欧盟的代表访问了北大荒。")
    assert {"联合国", "欧盟"} <= found
    assert not any("北大" in name for name in found)  # 北大荒 is a place, not 北大


def test_generic_word_inside_a_full_name_keeps_its_score(engine):
    text = "山西武乡农村商业银行股份有限公司和壶关县晋融村镇银行签约。"
    scores = {s.text: s.score for s in engine.suggest(text) if s.kind == Kind.INSTITUTION}
    assert scores["山西武乡农村商业银行股份有限公司"] >= 0.85
    assert scores["壶关县晋融村镇银行"] >= 0.85


def test_ambiguous_company_names_are_not_known_organisations(engine):
    assert institutions(engine, "村民销售小米2500公斤。") == set()  # millet


@pytest.mark.parametrize(("text", "cut"), [
    ("南大西街支行认真落实分行经营发展思路。", "西街支行"),  # 南|大|西街: the name starts earlier
    ("立在公司的物联网监管中心。", "联网监管中心"),  # 物|联网: a word cut in two
    ("冠县清泉街道五里铺村党支部书记董奎举说。", "铺村党支部"),  # 五里|铺村: a numeral word glued before
])
def test_a_chain_after_a_lone_glued_character_is_offered_as_unsure(engine, text, cut):
    (found,) = [s for s in engine.suggest(text) if s.text == cut]
    assert found.score < 0.7


def test_dictionary_organisations_help_until_a_model_is_trained(engine):
    from curator.nlp.rules_known import find_known
    from curator.nlp.segment import segment

    text = "力帆和麦德龙在上海开设新店。"
    assert institutions(engine, text) == {"力帆", "麦德龙"}  # from CC-CEDICT; the engine is untrained
    assert find_known(text, segment(text)) == []  # a trained engine's features leave them out
    assert institutions(engine, "新华社北京11月20日电（记者 李明）") == {"新华社"}  # 日电 is no NEC here


def test_a_known_short_name_is_one_word_not_two_characters_jieba_left_apart(engine):
    assert "南大" not in institutions(engine, "南大西街支行认真落实分行经营发展思路。")  # 南|大|西街支行
    assert "南大" in institutions(engine, "他毕业于北大，后到南大任教。")


def test_the_peoples_daily_convention_keeps_party_bodies_whole():
    """`curator evaluate` scores People's Daily in its own convention (福州市国税局党组 whole)."""
    from curator.nlp.engine import Convention, SuggestionEngine

    text = "山西省农村信用社联合社党委书记郭俊伟一行调研。"
    assert "山西省农村信用社联合社党委" in institutions(SuggestionEngine(convention=Convention.PEOPLES_DAILY), text)
