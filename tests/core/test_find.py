"""Find in the open article, without Qt: code-point spans, folded as the library search folds."""

import pytest

from curator.core.find import Matches, find_spans

TRADITIONAL = "今年工商銀行鄭州分行發放貸款；農業銀行也在發放。"
SIMPLIFIED = "今年工商银行郑州分行发放贷款；农业银行也在发放。"


@pytest.mark.parametrize("text, traditional", [(TRADITIONAL, True), (SIMPLIFIED, False)], ids=["traditional", "simplified"])
@pytest.mark.parametrize("query", ["银行", "銀行"])
def test_either_script_finds_either(text, traditional, query):
    assert find_spans(text, query, traditional=traditional) == [(4, 6), (17, 19)]


def test_an_emoji_before_a_match_does_not_shift_it():
    text = "😀𠮷" + SIMPLIFIED  # two astral characters: four UTF-16 units, two code points
    spans = find_spans(text, "銀行", traditional=False)
    assert spans == [(6, 8), (19, 21)]
    assert [text[start:end] for start, end in spans] == ["银行", "银行"]


def test_width_and_case_are_folded_both_ways():
    text = "代码ＡＢＣ１２３上市，另一只abc123停牌。"
    assert find_spans(text, "ABC123", traditional=False) == [(2, 8), (14, 20)]
    assert find_spans(text, "ａｂｃ１２３", traditional=False) == [(2, 8), (14, 20)]
    assert find_spans(text, "ABC124", traditional=False) == []


def test_a_character_that_lower_cases_into_two_does_not_shift_what_follows():
    text = "İSTANBUL 与 😀 Istanbul"  # İ lower-cased is i and a combining dot
    assert find_spans(text, "istanbul", traditional=False) == [(13, 21)]
    assert find_spans(text, "stan", traditional=False) == [(1, 5), (14, 18)]


def test_a_simplified_character_is_taken_as_typed_in_a_simplified_article():
    text = "於先生说，会议于明天召开。"  # 於: a surname in simplified script
    assert find_spans(text, "於", traditional=False) == [(0, 1)]
    assert find_spans("會議於明天召開。", "于", traditional=True) == [(2, 3)]


@pytest.mark.parametrize("query", ["", "  "])
def test_an_empty_query_finds_nothing(query):
    assert find_spans(SIMPLIFIED, query, traditional=False) == []


def test_matches_step_around_and_start_from_a_position():
    matches = Matches([(0, 2), (10, 12), (20, 22)])
    assert matches.current_span() is None
    matches.step(-1)
    assert matches.current_span() == (20, 22)  # backwards from none: the last
    matches.step(+1)
    assert matches.current_span() == (0, 2)  # wraps
    matches.first_from(11)
    assert matches.current_span() == (20, 22)
    matches.first_from(30)
    assert matches.current_span() == (0, 2)  # nothing after: the first
    empty = Matches()
    empty.step(+1)
    empty.first_from(0)
    assert empty.current_span() is None
