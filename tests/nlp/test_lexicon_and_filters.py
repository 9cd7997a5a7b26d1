"""Lexicon propagation and the editor's rejections."""

from curator.core.types import Kind
from curator.nlp.lexicon import LexiconMatcher
from tests.nlp.conftest import spans

TEXT = "晋融村镇银行支持小微企业。晋融村镇银行壶关支行的宁小燕说，晋融银行很好。"


def test_lexicon_names_found_everywhere(engine):
    result = engine.suggest(TEXT, lexicon=[("晋融村镇银行", Kind.INSTITUTION), ("宁小燕", Kind.FIGURE)])
    lexical = [s for s in result if s.source == "lexicon"]
    assert [s.text for s in lexical].count("晋融村镇银行") == 2
    assert ("宁小燕", "figure") in spans(lexical)


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
