"""Offsets are code points into the text as given, whatever its script or plane."""

import pytest

from curator.core.script import to_simplified
from curator.nlp.segment import segment

TRADITIONAL = "今年是全面打贏脫貧攻堅戰(zhàn)的決勝之年。工商銀行鄭州分行行長張偉說，將繼續(xù)加大投入。"


def test_to_simplified_keeps_length_and_position():
    converted = to_simplified(TRADITIONAL)
    assert len(converted) == len(TRADITIONAL)
    assert converted.index("工商银行郑州分行") == TRADITIONAL.index("工商銀行鄭州分行")


def test_traditional_suggestions_point_into_the_original(engine):
    result = engine.suggest(TRADITIONAL)
    assert result, "the branch and the speaker should be found"
    for s in result:
        assert TRADITIONAL[s.start : s.end] == s.text
    assert "工商銀行鄭州分行" in {s.text for s in result}
    assert "張偉" in {s.text for s in result}


@pytest.mark.parametrize("prefix", ["𠮷", "😀", "𠮷😀 ", "\U0001F3E6\n"])
def test_astral_characters_before_a_name(engine, prefix):
    text = prefix + "中国农业银行长治市分行行长孙洪卫说"
    result = engine.suggest(text)
    for s in result:
        assert text[s.start : s.end] == s.text
    names = {s.text: s.start for s in result}
    assert names["孙洪卫"] == text.index("孙洪卫")
    assert names["中国农业银行长治市分行"] == len(prefix)


def test_tokens_tile_the_text():
    text = "𠮷野家 2024年 ABC银行\t长治分行😀"
    tokens = segment(text)
    assert "".join(t.word for t in tokens) == text
    assert all(text[t.start : t.end] == t.word for t in tokens)


def test_names_never_span_a_line_break(engine):
    text = "中国邮政储蓄银行长治市分行\n\n邮储银行长治市分行积极落实"
    for s in engine.suggest(text):
        assert "\n" not in s.text
