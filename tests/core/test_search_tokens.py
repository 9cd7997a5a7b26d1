"""The search index's tokens: the distinct bigrams of runs of Han characters, letters and digits,
one-character runs, and the lone characters marked in the `ends` column."""

import pytest

from curator.core.search_text import MARK, bigrams, fold_case, is_common, runs
from curator.core.search_tokens import index_columns, index_text, lone_char_tokens, tokens


def test_runs_are_bigrams_whatever_their_script():
    """Letters and digits as bigrams too: ABC finds ABC12 and 5周岁 finds 25周岁, as the scan does."""
    assert sorted(tokens("工商银行ABC 2024年")) == sorted(["工商", "商银", "银行", "行a", "ab", "bc", "20", "02", "24", "4年"])


def test_tokens_come_lower_cased_as_query_terms_are_folded():
    """FTS5's ascii tokenizer folds no case beyond ASCII: the tokens and the terms come folded alike."""
    assert sorted(tokens("ÀB Édf")) == ["df", "àb", "éd"] and lone_char_tokens("", "É股") == lone_char_tokens("", "é股")
    assert fold_case("ÀBÇ銀行İ") == "àbç銀行İ"  # İ lower-cases to two characters: kept, in both
    assert tokens("İİ") == ["İİ"]


def test_each_token_once_and_one_character_runs_as_they_are():
    assert sorted(tokens("银行，银行。王、李 银")) == ["李", "王", "银", "银行"]
    assert tokens("𠀀𠀁、王") == ["𠀀𠀁", "王"]  # beyond the Basic Multilingual Plane too


@pytest.mark.parametrize("text", ["", "，。！", "   "])
def test_text_without_runs_has_no_tokens(text):
    assert tokens(text) == [] and index_text(text) == ""


def test_the_index_text_is_the_tokens_joined():
    text = "中国农业银行长治市分行 ABC abc 12 銀行"
    assert index_text(text) == " ".join(tokens(text))


def test_bigrams_of_a_run_in_order_once_each():
    assert bigrams("银行行长") == ["银行", "行行", "行长"] and bigrams("哈哈哈") == ["哈哈"]


def test_common_characters_are_listed_with_run_ends_marked():
    def listed(*texts):
        return [token.removeprefix(MARK) for token in lone_char_tokens(*texts).split()]

    assert listed("鑫淼", "ä股") == ["淼", "股"]  # run ends only, in order: 鑫 begins the bigram 鑫淼
    assert listed("", "A股 H股") == ["a", "h", "股"]  # ASCII letters and digits are common
    assert set(listed("", "我们的银行")) >= {"我", "们", "的", "行"}  # common ones wherever they stand
    assert all(token.startswith(MARK) for token in lone_char_tokens("银行").split())  # never a bigram's look-alike
    assert lone_char_tokens("", "") == ""
    assert is_common("的") and is_common("1") and not is_common("鑫") and not is_common("的的")


def test_an_article_too_long_for_the_index_has_no_columns(monkeypatch):
    from curator.core import search_tokens

    monkeypatch.setattr(search_tokens, "INDEX_MAX_CHARS", 10)
    assert index_columns("标题", "短文", "simplified") == {"title": "标题", "body": "短文", "ends": lone_char_tokens("标题", "短文")}
    assert index_columns("标题", "长" * 11, "simplified") is None


def test_the_columns_are_plain_strings_whatever_they_hold():
    """They are read out of numpy arrays, and go to SQLite as they are."""
    columns = index_columns("标题 A", "𠀀𠀁、王 ABC", "simplified")
    assert columns == {"title": "标题 a", "body": "ab bc 𠀀𠀁 王", "ends": " ".join(MARK + c for c in "abc王题𠀁")}
    assert all(type(value) is str for value in columns.values())
    assert type(index_text("")) is str and index_text("") == lone_char_tokens("") == ""


@pytest.mark.parametrize("text", ["中国银行", "中国𠀀银行", "ABC 𠀀 中国"])
def test_bigrams_are_the_same_with_or_without_a_character_beyond_the_basic_plane(text):
    """Bigrams pack in 32 bits when every character is in the Basic Multilingual Plane, in 64 when
    one is not: either way the same tokens, in code-point order."""
    expected = sorted({run[i : i + 2] for run in runs(fold_case(text)) for i in range(len(run) - 1)})
    for variant in (text, text + "、𠀁"):  # the second always holds one
        assert [token for token in tokens(variant) if len(token) == 2] == expected
