"""Token repairs and character features that feed the CRF."""

import pytest

from curator.nlp.features import char_features
from curator.nlp.retokenize import split_fused_titles
from curator.nlp.segment import Token, segment
from curator.nlp.vocab import vocab


def words(tokens):
    return [t.word for t in tokens]


@pytest.mark.parametrize(("word", "pieces"), [
    ("银行行长", ["银行", "行长"]),
    ("县委书记", ["县委", "书记"]),     # 县委 is not all suffix, but ends in one
    ("财政部长", ["财政部", "长"]),     # the institution keeps the shared 部
    ("石油部长", ["石油部", "长"]),
    ("副部长", ["副部长"]),             # a title alone
    ("秘书长", ["秘书长"]),
    ("董事长", ["董事长"]),
])
def test_fused_institution_and_title_words_are_cut(word, pieces):
    tokens = split_fused_titles([Token(3, 3 + len(word), word, "n")], vocab())
    assert words(tokens) == pieces
    assert tokens[0].start == 3 and tokens[-1].end == 3 + len(word)
    assert all(a.end == b.start for a, b in zip(tokens, tokens[1:]))


def test_the_cut_institution_keeps_its_dictionary_tag():
    (head, _) = split_fused_titles([Token(0, 4, "外交部长", "n")], vocab())
    assert (head.word, head.tag) == ("外交部", "nt")


def test_characters_carry_the_proper_noun_positions_jieba_allows():
    text = "工商银行"
    features = char_features(text, segment(text), [], [], vocab())
    assert "cs=Ent" in features[3]  # 行 can end an organisation's name
    assert not any(f.startswith("cs=") for f in char_features("，", segment("，"), [], [], vocab())[0])
