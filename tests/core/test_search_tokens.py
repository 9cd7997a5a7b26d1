"""The search index's tokens: overlapping bigrams of runs of Han characters, letters and digits, gaps between."""

import pytest

from curator.core.search_tokens import GAP, index_text, is_common, lone_char_tokens, tokens


def test_runs_are_bigrams_whatever_their_script():
    """Letters and digits as bigrams too: ABC finds ABC12 and 5周岁 finds 25周岁, as the scan does."""
    assert tokens("工商银行ABC 2024年") == ["工商", "商银", "银行", "行A", "AB", "BC", GAP, "20", "02", "24", "4年"]


def test_a_gap_stands_where_something_separates_two_runs():
    assert tokens("银行，行长") == ["银行", GAP, "行长"]
    assert tokens("，银行。") == ["银行"]  # nothing before the first run, nothing after the last
    assert tokens("AB-12 x") == ["AB", GAP, "12", GAP, "x"]


def test_lone_characters_and_characters_beyond_the_basic_plane():
    assert tokens("银") == ["银"]
    assert tokens("𠀀𠀁、王") == ["𠀀𠀁", GAP, "王"]


@pytest.mark.parametrize("text", ["", "，。！", "   "])
def test_text_without_runs_has_no_tokens(text):
    assert tokens(text) == [] and index_text(text) == ""


def test_the_index_text_is_the_tokens_joined():
    text = "中国农业银行长治市分行 ABC abc 12 銀行"
    assert index_text(text) == " ".join(tokens(text))


def test_common_characters_are_listed_with_run_ends():
    assert lone_char_tokens("鑫淼", "ä股") == "淼 股"  # run ends only (in order): 鑫 begins the bigram 鑫淼
    assert lone_char_tokens("", "A股 H股") == "A H 股"  # ASCII letters and digits are common
    assert set(lone_char_tokens("", "我们的银行")) >= {"我", "们", "的", "行"}  # common ones wherever they stand
    assert lone_char_tokens("", "") == ""
    assert is_common("的") and is_common("1") and not is_common("鑫") and not is_common("的的")
