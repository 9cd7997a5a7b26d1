"""Hand-written rules on hand-written sentences (no training)."""

import pytest

from curator.core.types import Kind
from tests.nlp.conftest import spans

INSTITUTIONS = [
    ("中国农业银行长治市分行向企业发放贷款。", "中国农业银行长治市分行"),
    ("在国家金融监督管理总局长治监管分局的指导下开展宣传。", "国家金融监督管理总局长治监管分局"),
    ("山西国际能源裕光煤电有限责任公司成立于2010年。", "山西国际能源裕光煤电有限责任公司"),
    ("润昌农商银行行长孙洪卫说，", "润昌农商银行"),
    ("近日，省邮政业消费者申诉中心发布通报。", "省邮政业消费者申诉中心"),
    ("工行积极响应。", "工行"),
    ("建行大宁支行积极响应。", "建行大宁支行"),
    ("山西银行阳泉分行开业以来，", "山西银行阳泉分行"),
    ("联合山西省工商联举办银企对接会。", "山西省工商联"),  # people's organisations
    ("山西省总工会副主席表示，", "山西省总工会"),
    ("由市科协、市文联、区残联共同主办。", "市文联"),  # one per level, like 市政府
    ("在市委、市政府的坚强领导下，", "市委"),  # level and body in one jieba word
    ("在市委、市政府的坚强领导下，", "市政府"),
]


@pytest.mark.parametrize(("text", "name"), INSTITUTIONS)
def test_institution_chains(engine, text, name):
    assert (name, "institution") in spans(engine.suggest(text))


FIGURES = [
    ("记者 孙贵坤 侯晓 报道", {"孙贵坤", "侯晓"}),
    ("本报记者 李若男", {"李若男"}),
    ("（记者 王佳丽）今天上午，", {"王佳丽"}),
    ("刘仕乾/文 蔡家琪/图", {"刘仕乾", "蔡家琪"}),
    ("责编：乔思亚", {"乔思亚"}),
    ("润昌农商银行行长 孙洪卫说，", {"孙洪卫"}),
    ("村支书董奎举介绍，", {"董奎举"}),
    ("总经理于卫红表示，", {"于卫红"}),
    ("通讯员 张明华", {"张明华"}),
    ("欧阳振华说，今年贷款增长很快。", {"欧阳振华"}),
]


@pytest.mark.parametrize(("text", "names"), FIGURES)
def test_figures_from_context(engine, text, names):
    assert names <= {name for name, _ in spans(engine.suggest(text), Kind.FIGURE)}


def test_anonymized_person_is_not_a_figure(engine):
    found = spans(engine.suggest("客户经理为李某详细解答，王某某也来咨询。"), Kind.FIGURE)
    assert not any("某" in name for name, _ in found)


def test_jieba_false_names_are_not_figures(engine):
    text = "普惠金融助力小微企业智能化发展，普惠贷款稳步增长。"
    assert spans(engine.suggest(text), Kind.FIGURE) == set()


def test_generic_words_are_not_institutions(engine):
    found = spans(engine.suggest("全市银行业金融机构纷纷响应，公司和银行都参与。"), Kind.INSTITUTION)
    assert found == set()


def test_title_straddling_a_word_is_not_a_title(engine):
    # 行长 appears across 银行|长治: 治分 is no name.
    found = spans(engine.suggest("中国工商银行长治分行发放贷款。"), Kind.FIGURE)
    assert found == set()


def test_suggestions_are_sorted_and_disjoint(engine):
    result = engine.suggest("记者 孙贵坤 报道：中国农业银行长治市分行行长张伟表示，工行和建行也在行动。")
    assert [s.start for s in result] == sorted(s.start for s in result)
    assert all(a.end <= b.start for a, b in zip(result, result[1:]))
    assert all(s.source in {"lexicon", "rule", "crf", "jieba"} for s in result)


@pytest.mark.parametrize(("text", "names"), [
    ("为打赢脱贫攻坚战作出新的贡献。(魏利华)", ["魏利华"]),  # a bracketed credit closing a paragraph
    ("全年贷款增长一成。\n记者手记到此结束。（王佳 李明）\n下一篇", ["王佳", "李明"]),
    ("文/王小明 图/李大海 编辑/赵小燕", ["王小明", "李大海", "赵小燕"]),  # role, slash, name
])
def test_credits_are_sure_figures(engine, text, names):
    found = {s.text: s for s in engine.suggest(text) if s.kind == Kind.FIGURE}
    assert all(found[name].score >= 0.8 and found[name].source == "rule" for name in names)


def test_brackets_without_a_name_are_no_credit(engine):
    assert not [s for s in engine.suggest("全文完。（待续）") if s.kind == Kind.FIGURE]


def test_a_date_before_a_name_leaves_the_name_sure(engine):
    (found,) = [x for x in engine.suggest("2024年山西省科协年会在太原举行。") if x.text == "山西省科协"]
    assert found.score >= 0.8


@pytest.mark.parametrize("text", ["“今年卖了个好价钱。”村民王大爷笑着说。", "张师傅告诉记者，", "李阿姨说，菜价稳定。"])
def test_a_surname_with_a_form_of_address_is_no_figure(engine, text):
    assert spans(engine.suggest(text), Kind.FIGURE) == set()


@pytest.mark.parametrize("text, name", [
    ("行长高志新一行来紫阳调研。", "高志新"),            # jieba: 高志 (n) | 新 (a)
    ("福建省分行行长黄海\n2020年", "黄海"),               # a name jieba files as a place
    ("行长殷兴山，就加强交流合作。", "殷兴山"),           # 殷 | 兴山 (ns)
    ("科长李拥军和同事到场。", "李拥军"),                 # 李 | 拥军 (v)
    ("常务副县长林晓晞一行到访。", "林晓晞"),             # 林晓 | 晞: a rarer third character
    ("上午，陈景泰区长接待客户。", "陈景泰"),             # a name before its title
    ("习近平总书记指出，要做好金融工作。", "习近平"),
    ("河南新闻5月29日电 (李海珠)小满过后，", "李海珠"),  # a credit after the dateline
    ("签约仪式。\n赖家冬、蒋涛 摄影报道\n", "赖家冬"),     # photographers at a line's end
    ("桃园区长洪清渊、副区长邱创正出席。", "洪清渊"),     # 洪: a common surname the census list lacked
    ("(乌力吉那仁 钱婧/通讯员)2024年", "钱婧"),          # a credit before /通讯员
])

def test_figures_missed_on_finance_news(engine, text, name):
    assert (name, "figure") in spans(engine.suggest(text), Kind.FIGURE)


@pytest.mark.parametrize("text", ["行长信息化建设", "局长经过研究。", "局长王表示同意。"])
def test_words_after_titles_are_not_names(engine, text):
    assert [s.text for s in engine.suggest(text) if s.kind == Kind.FIGURE] == []


@pytest.mark.parametrize("text, name", [
    ("四川银行正式开业。", "四川银行"),                     # 四川 opens with a numeral, it is no count
    ("十堰日报记者报道。", "十堰日报"),
    ("市中行和市人行参加会议。", "市中行"),                 # a level before a short form
    ("县联社和省联社积极响应。", "县联社"),
    ("通城农商行向企业发放贷款。", "通城农商行"),           # jieba cut 通城|农|商行
    ("太平區農會總幹事表示。", "太平區農會"),               # a farmers' association (Traditional)
    ("市委书记宋乐伟会见中国银行江苏省分行行长许腾飞。", "中国银行江苏省分行"),  # the sentence is not the name
    ("鄂托克旗委、旗政府高度重视。", "旗政府"),
    ("印度外交部发表声明。", "印度外交部"),                # a place before a known body is its name
    ("菲律宾总统廉政委员会成立。", "菲律宾总统廉政委员会"),  # after a country, a title is part of a name
])
def test_institutions_missed_on_finance_news(engine, text, name):
    assert (name, "institution") in spans(engine.suggest(text), Kind.INSTITUTION)


@pytest.mark.parametrize("text", [
    "汉中建设区域中心城市的使命任务。",   # 中心|城市: a role a city plays
    "支持闽台融合发展。",                 # two provinces, not a 台 (station)
    "天台县风景优美。",                   # a county that ends like 电视台
])
def test_places_and_roles_are_not_institutions(engine, text):
    assert [s.text for s in engine.suggest(text) if s.kind == Kind.INSTITUTION] == []


def test_a_centre_with_a_title_after_it_is_still_an_institution(engine):
    found = spans(engine.suggest("天台县金融工作中心副主任王强说。"), Kind.INSTITUTION)
    assert ("天台县金融工作中心", "institution") in found


@pytest.mark.parametrize("text", ["县领导王建国、李明、张伟出席会议。", "出席的有：王建国、李明、张伟。"])
def test_everyone_in_a_list_of_those_present(engine, text):
    assert {"王建国", "李明", "张伟"} <= {s.text for s in engine.suggest(text) if s.kind == Kind.FIGURE}


def test_names_listed_beside_a_sure_name(engine):
    found = {s.text for s in engine.suggest("董事长张文斌、陈九霖等出席。") if s.kind == Kind.FIGURE}
    assert {"张文斌", "陈九霖"} <= found
    assert not {s.text for s in engine.suggest("董事长张文斌、农业、工业") if s.kind == Kind.FIGURE} - {"张文斌"}


@pytest.mark.parametrize("text, name", [
    ("彰化商銀表示，將擴大放款。", "彰化商銀"),      # 商銀: a Taiwanese commercial bank; 彰化 is v to jieba
    ("彰化縣農會舉辦活動。", "彰化縣農會"),
    ("郵儲銀行長治分行積極落實。", "郵儲銀行長治分行"),
])
def test_traditional_script_forms(engine, text, name):
    assert (name, "institution") in spans(engine.suggest(text), Kind.INSTITUTION)


def test_a_name_off_word_boundaries_vouches_for_no_list():
    """A candidate ending inside a word was taken to end at the text's start and walked its list."""
    from curator.nlp.rules_figure import _Index, _listed
    from curator.nlp.segment import segment
    from curator.nlp.suggestion import Candidate
    from curator.nlp.vocab import vocab

    def listed(text: str, found: list[Candidate]) -> list[tuple[int, int]]:
        return [(c.start, c.end) for c in _listed(_Index(text, segment(text), vocab().speech_verbs), found, vocab())]

    assert [t.word for t in segment("、王建国说起张三丰的事")[:2]] == ["、", "王建国"]
    inside = Candidate(7, 8, Kind.FIGURE, 0.9, "rule")  # 三 of 张三丰: no word ends there
    assert listed("、王建国说起张三丰的事", [inside]) == []
    # positive control: a name on word boundaries vouches for its list
    assert listed("张三丰、王建国说", [Candidate(0, 3, Kind.FIGURE, 0.9, "rule")]) == [(4, 7)]


def test_a_listed_name_is_the_whole_item_between_its_marks():
    """黄信文等 was cut 黄信|文等, and the list gave 黄信; the item runs from 、 to 等."""
    from curator.nlp.engine import SuggestionEngine

    found = SuggestionEngine().suggest("县委书记游志浩、洪煜堂、黄信文等参加协调会")
    assert [(s.text, s.kind) for s in found if s.kind == Kind.FIGURE] == [
        ("游志浩", Kind.FIGURE), ("洪煜堂", Kind.FIGURE), ("黄信文", Kind.FIGURE)]
