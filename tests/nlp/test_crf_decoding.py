"""Turning the model's labels into spans (no model needed)."""

from curator.nlp.crf import split_at_joins


def pieces(text, conjunctions=()):
    return [text[a:b] for a, b in split_at_joins(text, 0, len(text), set(conjunctions))]


def test_a_span_is_cut_at_a_conjunction_token():
    text = "美国《时代》周刊和有线新闻电视公司"
    assert pieces(text, {text.index("和")}) == ["美国《时代》周刊", "有线新闻电视公司"]


def test_a_span_is_cut_at_list_punctuation_and_asides():
    assert pieces("国家杜马（议会下院") == ["国家杜马", "议会下院"]
    assert pieces("伯尔尼，代表团") == ["伯尔尼", "代表团"]


def test_unpaired_quotes_are_trimmed_paired_ones_kept():
    assert pieces("“旅行者集团") == ["旅行者集团"]
    assert pieces("天津日报》") == ["天津日报"]
    assert pieces("《人民日报》社") == ["《人民日报》社"]


def test_a_conjunction_inside_a_word_is_not_a_cut():
    assert pieces("和平饭店") == ["和平饭店"]  # 和 is no conjunction token here


def test_an_institution_starts_where_its_first_word_starts():
    from curator.nlp.crf import institution_start

    text = "由李嘉诚基金会资助"
    starts = [0, 1, 4, 7]  # 由|李嘉诚|基金会|资助
    assert text[institution_start(text, starts, 3):7] == "李嘉诚基金会"  # the model began at 诚
    assert institution_start(text, starts, 4) == 4  # already on a boundary
    assert institution_start("１２３公司", [0, 3], 2) == 2  # only Chinese characters are taken in


def test_a_transliterated_name_before_a_middle_dot_belongs_to_the_institution():
    from curator.nlp.crf import institution_start

    text = "在约翰·霍普金斯大学任教"
    starts = [0, 1, 3, 4, 8, 10]  # 在|约翰|·|霍普金斯|大学|任教
    assert text[institution_start(text, starts, 4):10] == "约翰·霍普金斯大学"
