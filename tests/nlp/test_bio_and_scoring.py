"""BIO reading and the scoring arithmetic."""

import pytest

from curator.core.types import Kind
from curator.nlp.bio import read_bio
from curator.nlp.evaluate import score_spans

BIO = """张 B-PER
三 I-PER
在 O
北 B-LOC
京 I-LOC
  O
人 B-ORG
民 I-ORG
日 I-ORG
报 I-ORG

李 B-PER
说 O
"""


def test_read_bio(tmp_path):
    path = tmp_path / "x.bio"
    path.write_text(BIO, encoding="utf-8")
    sentences = list(read_bio(path))
    assert sentences == [
        ("张三在北京 人民日报", [(0, 2, Kind.FIGURE), (6, 10, Kind.INSTITUTION)]),
        ("李说", [(0, 1, Kind.FIGURE)]),
    ]


def test_scoring_math():
    gold = [{(0, 2, Kind.FIGURE), (3, 5, Kind.INSTITUTION)}, {(0, 3, Kind.FIGURE)}]
    pred = [{(0, 2, Kind.FIGURE), (3, 6, Kind.INSTITUTION)}, {(0, 3, Kind.FIGURE), (4, 6, Kind.FIGURE)}]
    result = score_spans(gold, pred)
    fig, inst = result["figure"], result["institution"]
    assert (fig["gold"], fig["predicted"]) == (2, 3)
    assert fig["precision"] == pytest.approx(2 / 3)
    assert fig["recall"] == pytest.approx(1.0)
    assert fig["f1"] == pytest.approx(0.8)
    assert inst == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "gold": 1, "predicted": 1}


def test_scoring_kind_matters():
    result = score_spans([{(0, 2, Kind.FIGURE)}], [{(0, 2, Kind.INSTITUTION)}])
    assert result["figure"]["recall"] == 0.0
    assert result["institution"]["precision"] == 0.0
