"""Repairs to jieba's cut: particles glued onto names, a bureau's last character in its head's title."""

import pytest

from curator.nlp.retokenize import move_title_heads, split_glued_particles
from curator.nlp.segment import NEW, Token
from curator.nlp.vocab import vocab


def words(tokens):
    return [t.word for t in tokens]


@pytest.mark.parametrize(("word", "pieces"), [
    ("林梅玉及", ["林梅玉", "及"]),
    ("高文乐边", ["高文乐", "边"]),  # a wider set after three characters: four are rarely one name
    ("李浩在", ["李浩", "在"]),
    ("李文正", ["李文正"]),  # 正 ends given names: only a four-character word loses it
    ("都在", ["都在"]),  # not a name before the particle
    ("局及", ["局", "及"]),  # an institution's ending before a particle
])
def test_glued_particles_are_cut_from_new_words(word, pieces):
    tokens = split_glued_particles([Token(2, 2 + len(word), word, NEW)], vocab())
    assert words(tokens) == pieces
    assert tokens[0].start == 2 and tokens[-1].end == 2 + len(word)


def test_dictionary_words_are_left_whole():
    assert words(split_glued_particles([Token(0, 4, "林梅玉及", "nr")], vocab())) == ["林梅玉及"]


def test_a_bureau_takes_back_the_first_character_of_its_heads_title():
    tokens = move_title_heads([Token(0, 2, "农业", "n"), Token(2, 4, "局长", "n")], vocab())
    assert [(t.word, t.start, t.end) for t in tokens] == [("农业局", 0, 3), ("长", 3, 4)]
    kept = move_title_heads([Token(0, 2, "公司", "n"), Token(2, 5, "董事长", "n")], vocab())
    assert words(kept) == ["公司", "董事长"]
