import pytest

from curator.core.offsets import OffsetMap, codepoint_to_utf16, utf16_to_codepoint

TEXT = "𠮷野家😀和中国农业银行"


def utf16_index(text: str, cp: int) -> int:
    return len(text[:cp].encode("utf-16-le")) // 2


def test_round_trip_every_position_with_astral_characters():
    table = OffsetMap(TEXT)
    for cp in range(len(TEXT) + 1):
        u = table.codepoint_to_utf16(cp)
        assert u == utf16_index(TEXT, cp)
        assert table.utf16_to_codepoint(u) == cp


def test_name_after_astral_characters_maps_to_the_same_characters():
    start = TEXT.index("中国")
    end = len(TEXT)
    table = OffsetMap(TEXT)
    qt_text = TEXT.encode("utf-16-le")
    u_start, u_end = table.codepoint_to_utf16(start), table.codepoint_to_utf16(end)
    assert qt_text[u_start * 2 : u_end * 2].decode("utf-16-le") == "中国农业银行"
    assert TEXT[table.utf16_to_codepoint(u_start) : table.utf16_to_codepoint(u_end)] == "中国农业银行"


def test_middle_of_a_surrogate_pair_rounds_down():
    assert utf16_to_codepoint("a𠮷b", 2) == 1  # between the halves of 𠮷
    assert utf16_to_codepoint("a𠮷b", 3) == 2


def test_plain_text_is_identity():
    table = OffsetMap("中国农业银行 abc")
    assert table.utf16_length == 10
    assert [table.codepoint_to_utf16(i) for i in range(11)] == list(range(11))


def test_consecutive_astral_characters():
    text = "😀😀x"
    assert [codepoint_to_utf16(text, i) for i in range(4)] == [0, 2, 4, 5]
    assert [utf16_to_codepoint(text, u) for u in (0, 2, 4, 5)] == [0, 1, 2, 3]


@pytest.mark.parametrize("position", [-1, 99])
def test_out_of_range_is_refused(position):
    with pytest.raises(ValueError):
        OffsetMap(TEXT).codepoint_to_utf16(position)
    with pytest.raises(ValueError):
        OffsetMap(TEXT).utf16_to_codepoint(position)
