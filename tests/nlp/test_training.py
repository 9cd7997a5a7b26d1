"""The CRF learns from accepted mentions (small slices of dev.bio keep this fast)."""

from itertools import islice

import pytest

from curator.nlp.bio import read_bio
from curator.nlp.engine import Convention, SuggestionEngine
from curator.nlp.evaluate import score_spans
from tests.nlp.conftest import BENCH

def _f1(engine, sentences):
    predicted = [{(s.start, s.end, s.kind) for s in engine.suggest(text)} for text, _ in sentences]
    result = score_spans([set(spans) for _, spans in sentences], predicted)
    return result["figure"]["f1"] + result["institution"]["f1"]


@pytest.fixture(scope="module")
def slices():
    sentences = list(islice(read_bio(BENCH / "dev.bio"), 900))
    return sentences[:600], sentences[600:]


@pytest.fixture(scope="module")
def trained(tmp_path_factory, slices):
    path = tmp_path_factory.mktemp("model") / "model.crfsuite"
    engine = SuggestionEngine(model_path=path, convention=Convention.PEOPLES_DAILY)  # People's Daily data
    report = engine.train(slices[0])
    return engine, path, report


def test_training_improves_held_back_scores(trained, slices):
    trained_engine, _, report = trained
    assert trained_engine.is_trained and not report.cancelled
    assert report.sentences == 600 and report.iterations > 0
    untrained = SuggestionEngine(convention=Convention.PEOPLES_DAILY)
    assert _f1(trained_engine, slices[1]) > _f1(untrained, slices[1]) + 0.05


def test_model_file_is_loaded_by_a_new_engine(trained, slices):
    engine, path, _ = trained
    assert path.is_file()
    again = SuggestionEngine(model_path=path, convention=Convention.PEOPLES_DAILY)
    assert again.is_trained
    text = slices[1][0][0]
    assert again.suggest(text) == engine.suggest(text)


def test_untrained_engine_without_model_file(tmp_path):
    assert not SuggestionEngine(model_path=tmp_path / "missing.crfsuite").is_trained


@pytest.mark.parametrize("after", [120, 305])  # during feature extraction / inside crfsuite's iterations
def test_training_can_be_cancelled(tmp_path, slices, after):
    path = tmp_path / "model.crfsuite"
    calls = []

    def cancel():
        calls.append(1)
        return len(calls) > after

    engine = SuggestionEngine(model_path=path)
    report = engine.train(slices[0][:300], cancel=cancel)
    assert report.cancelled
    assert not path.exists() and not engine.is_trained
    assert list(tmp_path.iterdir()) == []  # no temporary model left behind


def test_training_on_multiline_articles(tmp_path):
    text = "记者 孙贵坤 报道\n润昌农商银行行长孙洪卫说，贷款增长。"
    start = text.index("润昌农商银行")
    examples = [(text, [(3, 6, "figure"), (start, start + 6, "institution")])] * 5
    engine = SuggestionEngine(model_path=tmp_path / "m.crfsuite")
    engine.train(examples)
    assert engine.is_trained
    assert "润昌农商银行" in {s.text for s in engine.suggest(text)}


def test_training_on_nothing_keeps_the_engine_untrained(tmp_path):
    engine = SuggestionEngine(model_path=tmp_path / "m.crfsuite")
    report = engine.train([])
    assert report.sentences == 0 and not engine.is_trained
