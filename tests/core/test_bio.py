import pytest

from curator.core.bio import read_records, record_lines, spans_from_tags


def test_bio_and_bioes_spans():
    assert spans_from_tags(["B-PER", "I-PER", "O", "S-ORG", "B-LOC", "M-LOC", "E-LOC", "O"]) == [
        (0, 2, "PER"), (3, 4, "ORG"), (4, 7, "LOC")]


def test_stray_inside_tag_opens_a_span_and_label_change_splits():
    assert spans_from_tags(["I-ORG", "I-ORG", "I-PER"]) == [(0, 2, "ORG"), (2, 3, "PER")]


def test_unknown_tag_is_an_error_naming_the_line():
    with pytest.raises(ValueError, match="line 3"):
        spans_from_tags(["O", "X-ORG"], line=2)


def test_round_trip_keeps_whitespace_astral_characters_and_meta():
    text = "𠮷野家 在\n东京　开店"
    spans = [(0, 3, "ORG"), (6, 8, "LOC")]
    lines = list(record_lines(text, spans, {"id": 7, "title": "标题  两个空格"}))
    assert "U+000A O\n" in lines and "U+3000 O\n" in lines
    (record,) = read_records(lines)
    assert (record.text, record.spans) == (text, spans)
    assert record.meta == {"id": "7", "title": "标题 两个空格"}


def test_plain_bio_file_with_a_bare_space_line():
    lines = ["中 B-ORG\n", "行 I-ORG\n", "  O\n", "甲 B-PER\n", "\n", "乙 O\n"]
    first, second = read_records(lines)
    assert (first.text, first.spans) == ("中行 甲", [(0, 2, "ORG"), (3, 4, "PER")])
    assert second.text == "乙"
