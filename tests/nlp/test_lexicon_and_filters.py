"""Lexicon propagation and the editor's rejections."""

import pytest

from curator.core.types import Kind
from curator.nlp.lexicon import LexiconMatcher
from tests.nlp.conftest import spans

TEXT = "晋融村镇银行支持小微企业。晋融村镇银行壶关支行的宁小燕说，晋融银行很好。"


def test_lexicon_names_found_everywhere(engine):
    result = engine.suggest(TEXT, lexicon=[("晋融村镇银行", Kind.INSTITUTION), ("宁小燕", Kind.FIGURE)])
    lexical = [s for s in result if s.source == "lexicon"]
    assert [s.text for s in lexical].count("晋融村镇银行") == 1
    assert ("宁小燕", "figure") in spans(lexical)
    # The second 晋融村镇银行 opens a longer name, its branch, which the library's name does not cut.
    assert ("晋融村镇银行壶关支行", "institution") in spans(result)


def test_library_names_never_cut_a_longer_name(engine):
    """Issue 11: 工商银行 tagged anywhere was proposed at 0.95 inside 中国工商银行长治分行."""
    text = "中国工商银行长治分行行长张伟表示，工行将加大投放。"
    lexicon = [("工商银行", Kind.INSTITUTION), ("工行", Kind.INSTITUTION), ("长治", Kind.INSTITUTION)]
    result = engine.suggest(text, lexicon=lexicon)
    institutions = {s.text: s for s in result if s.kind == Kind.INSTITUTION}
    assert "中国工商银行长治分行" in institutions
    assert "工商银行" not in institutions
    assert institutions["工行"].source == "lexicon"  # on its own, the library's name is offered


def test_library_name_raises_the_same_span():
    from curator.nlp.resolve import resolve
    from curator.nlp.suggestion import Candidate

    text = "县农行发放贷款"
    found = resolve(text, [Candidate(0, 3, Kind.INSTITUTION, 0.6, "rule"), Candidate(0, 3, Kind.INSTITUTION, 0.95, "lexicon")])
    assert [(s.text, s.score, s.source) for s in found] == [("县农行", 0.95, "lexicon")]


def test_a_vague_long_guess_does_not_cut_a_library_name():
    from curator.nlp.resolve import resolve
    from curator.nlp.suggestion import Candidate

    text = "助力工商银行发展"
    weak = Candidate(0, 6, Kind.INSTITUTION, 0.45, "jieba")  # below the well-formed score
    found = resolve(text, [weak, Candidate(2, 6, Kind.INSTITUTION, 0.95, "lexicon")])
    assert [s.text for s in found] == ["工商银行"]


def test_longest_lexicon_match_wins():
    matcher = LexiconMatcher([("中国银行", Kind.INSTITUTION), ("中国银行长治分行", Kind.INSTITUTION)])
    found = matcher.find("中国银行长治分行和中国银行")
    assert [(c.start, c.end) for c in found] == [(0, 8), (9, 13)]


def test_lexicon_matches_across_scripts(engine):
    result = engine.suggest("工商銀行鄭州分行表示", lexicon=[("工商银行郑州分行", Kind.INSTITUTION)])
    assert ("工商銀行鄭州分行", "institution", "lexicon") in {(s.text, s.kind.value, s.source) for s in result}


def test_lexicon_name_at_text_end_is_not_overrun():
    matcher = LexiconMatcher([("新天地", Kind.INSTITUTION), ("新天地公司", Kind.INSTITUTION)])
    assert [(c.start, c.end) for c in matcher.find("走出新天地")] == [(2, 5)]


def test_rejected_span_is_filtered(engine):
    text = "记者 孙贵坤 报道"
    (hit,) = [s for s in engine.suggest(text) if s.text == "孙贵坤"]
    again = engine.suggest(text, rejected_spans={(hit.start, hit.end, hit.kind)})
    assert "孙贵坤" not in {s.text for s in again}


def test_blocked_name_is_never_suggested(engine):
    text = "工行积极响应，工行长治分行也在行动。"
    result = engine.suggest(text, blocked_names={("工行", Kind.INSTITUTION)})
    assert "工行" not in {s.text for s in result}


def test_blocked_name_beats_the_lexicon(engine):
    result = engine.suggest(
        "宁小燕说", lexicon=[("宁小燕", Kind.FIGURE)], blocked_names={("宁小燕", Kind.FIGURE)}
    )
    assert result == []


@pytest.mark.parametrize("name, kind", [
    ("他表示将继续支持", Kind.FIGURE),        # a clause tagged by mistake
    ("孙贵坤 侯晓", Kind.FIGURE),              # two names in one tag
    ("王女士", Kind.FIGURE),                   # a form of address
    ("银行", Kind.INSTITUTION),                # a generic word
    ("该行", Kind.INSTITUTION),                # a pointer to a bank named elsewhere
    ("工行，建行", Kind.INSTITUTION),          # a list
])
def test_library_names_that_are_not_names_are_not_propagated(engine, name, kind):
    """Issue 11: a whole clause tagged as a figure was proposed everywhere at 0.95."""
    text = f"记者报道：{name}。后来{name}又说了一遍。"
    lexical = [s for s in engine.suggest(text, lexicon=[(name, kind)]) if s.source == "lexicon"]
    assert lexical == []
    # Positive control: a real name in the same library is propagated.
    found = engine.suggest("后来宁小燕又说了一遍。", lexicon=[(name, kind), ("宁小燕", Kind.FIGURE)])
    assert ("宁小燕", "figure") in spans([s for s in found if s.source == "lexicon"])


@pytest.mark.parametrize("name, kind", [
    ("中国农业银行(遂昌西街支行)", Kind.INSTITUTION), ("买买提·吐尔逊", Kind.FIGURE),
    ("欧阳中华", Kind.FIGURE), ("县委", Kind.INSTITUTION), ("国家金融监督管理总局长治监管分局", Kind.INSTITUTION),
])
def test_names_of_every_shape_look_like_names(name, kind):
    from curator.nlp.name_shape import name_doubt

    assert name_doubt(name, kind) is None


def test_a_span_that_glues_the_sentence_before_a_library_name_does_not_cut_it():
    from curator.nlp.resolve import resolve
    from curator.nlp.suggestion import Candidate

    text = "赵立根对工商银行表示感谢"
    glued = Candidate(0, 8, Kind.INSTITUTION, 0.9, "crf")  # the model's 赵立根对工商银行
    found = resolve(text, [glued, Candidate(4, 8, Kind.INSTITUTION, 0.95, "lexicon")])
    assert [s.text for s in found] == ["工商银行"]
    # Positive control: a place or 中国 before the name makes a longer name, which wins.
    for text in ("长治工商银行发放贷款", "中国工商银行发放贷款"):
        longer = Candidate(0, 6, Kind.INSTITUTION, 0.9, "crf")
        found = resolve(text, [longer, Candidate(2, 6, Kind.INSTITUTION, 0.95, "lexicon")])
        assert [s.text for s in found] == [text[:6]]


@pytest.mark.parametrize("text, model_span, kept", [
    ("吴列坤赞扬了这项工作。", (0, 4), "吴列坤"),  # the name and the verb after it: the rule's name stays
    ("吳列坤讚揚了這項工作。", (0, 4), "吳列坤"),  # in either script
    ("欧阳振华出席了会议。", (0, 4), "欧阳振华"),  # a compound surname: the model's four characters win
    ("张苏素娥出席了会议。", (0, 4), "张苏素娥"),  # a married name, two surnames
])
def test_a_model_s_four_character_figure_cuts_a_name_only_if_shaped_like_one(text, model_span, kept):
    """Learning made figure recall fall: a model's 吳列坤讚 (0.6) beat the rule's 吳列坤 (0.8) inside it."""
    from curator.nlp.resolve import resolve
    from curator.nlp.suggestion import Candidate

    found = resolve(text, [Candidate(*model_span, Kind.FIGURE, 0.6, "crf"), Candidate(0, 3, Kind.FIGURE, 0.8, "rule")])
    assert [s.text for s in found] == [kept]
