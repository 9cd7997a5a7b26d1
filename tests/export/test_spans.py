from types import SimpleNamespace as NS

import pytest

from curator.export.spans import conll_lines, jsonl_line, read_conll, read_jsonl

TEXT = "U+0020 中国 银行\n# O\u3000孙洪卫\t说"


def article():
    mentions = [NS(start=7, end=9, kind="institution"), NS(start=7 + 3, end=12, kind="institution"),
                NS(start=17, end=20, kind="figure")]
    return NS(id=3, title="标题\n第二行", text=TEXT, source="报", url=None), mentions


def test_conll_round_trip_keeps_text_spans_and_whitespace():
    a, mentions = article()
    lines = list(conll_lines(a, mentions))
    assert lines[0] == "# id = 3\n" and lines[1] == "# title = 标题 第二行\n"
    assert "U+0020 O\n" in lines and "U+000A O\n" in lines and "U+3000 O\n" in lines and "U+0009 O\n" in lines
    assert lines[-1] == "\n"
    (back,) = read_conll(lines)
    assert back.text == TEXT
    assert back.spans == [(m.start, m.end, m.kind) for m in mentions]
    assert back.title == "标题 第二行"


def test_conll_adjacent_spans_stay_apart():
    a = NS(id=1, title="t", text="工行农行", source=None, url=None)
    mentions = [NS(start=0, end=2, kind="institution"), NS(start=2, end=4, kind="institution")]
    (back,) = read_conll(conll_lines(a, mentions))
    assert back.spans == [(0, 2, "institution"), (2, 4, "institution")]


def test_conll_several_articles_and_windows_line_ends():
    a, mentions = article()
    b = NS(id=4, title="b", text="工行", source=None, url=None)
    lines = [line.replace("\n", "\r\n") for line in
             list(conll_lines(a, mentions)) + list(conll_lines(b, [NS(start=0, end=2, kind="institution")]))]
    first, second = read_conll(lines)
    assert first.text == TEXT and second.text == "工行" and second.spans == [(0, 2, "institution")]


def test_jsonl_round_trip():
    a, mentions = article()
    (back,) = read_jsonl([jsonl_line(a, mentions, "2024-05-01")])
    assert (back.text, back.title, back.source, back.published) == (TEXT, a.title, "报", "2024-05-01")
    assert back.spans == [(m.start, m.end, m.kind) for m in mentions]


def test_bad_input_names_the_line():
    with pytest.raises(ValueError, match="line 2"):
        list(read_jsonl(['{"text": "a", "label": []}', "not json"]))
    with pytest.raises(ValueError, match="unknown label"):
        list(read_jsonl(['{"text": "ab", "label": [[0, 1, "LOC"]]}']))
    with pytest.raises(ValueError, match="placeholder"):
        list(read_conll(["ab O\n"]))
