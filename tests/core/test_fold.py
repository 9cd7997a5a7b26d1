"""Width folding: full-width and half-width letters and digits in their usual forms, in whole runs."""

import pytest

from curator.core.fold import fold_width, width_forms


@pytest.mark.parametrize(("text", "folded"), [
    ("代码ＡＢＣ１２３上市", "代码ABC123上市"),
    ("ＡＢＣ", "ABC"),
    ("Ａ股，ｂ股；１", "A股，b股；1"),
    ("ｶﾀｶﾅ", "カタカナ"),
    ("ＡbＣ", "AbC"),
])
def test_runs_of_width_forms_fold_wherever_they_stand(text, folded):
    assert fold_width(text) == folded


def test_punctuation_and_other_compatibility_forms_are_left_alone():
    text = "：；？！（）①ﬁ⼈ ＠＃"
    assert fold_width(text) == text


def test_every_width_form_folds_to_one_character():
    forms = "".join(width_forms())
    assert len(forms) > 100 and fold_width(forms) == "".join(width_forms().values())
