from curator.nlp.snapping import snap_span, trim_span, word_boundaries

TEXT = "中国农业银行长治市分行行长孙洪卫表示，将继续支持小微企业。"


def fixed_words(*words):
    """A segmenter that always returns the given words for the whole window."""
    return lambda window: list(words) if "".join(words) == window else [window]


def test_trim_drops_spaces_and_punctuation():
    text = " “孙洪卫”， "
    assert trim_span(text, 0, len(text)) == (2, 5)
    assert trim_span("，。", 0, 2) == (2, 2)


def test_partial_word_is_widened_to_whole_words():
    words = fixed_words("中国", "农业", "银行")
    assert snap_span("中国农业银行", 1, 5, segment=words) == (0, 6)


def test_snapping_off_keeps_the_exact_selection():
    words = fixed_words("中国", "农业", "银行")
    assert snap_span("中国农业银行", 1, 5, snap=False, segment=words) == (1, 5)


def test_selection_of_only_punctuation_gives_nothing():
    assert snap_span(TEXT, TEXT.index("，"), TEXT.index("，") + 1) is None


def test_jieba_snaps_a_partly_selected_name():
    text = "他毕业于北京大学，现任清华大学教授。"
    start = text.index("北京大学")
    # The editor dragged from the middle of 北京大学 into the comma.
    assert snap_span(text, start + 1, start + 5) == (start, start + 4)


def test_boundaries_stay_inside_the_paragraph():
    text = "第一段。\n中国农业银行\n第三段"
    bounds = word_boundaries(text, 6, 8)
    assert bounds[0] == 5 and bounds[-1] == 11


def test_reversed_selection_is_normalised():
    assert snap_span("中国农业银行", 6, 0, snap=False) == (0, 6)
