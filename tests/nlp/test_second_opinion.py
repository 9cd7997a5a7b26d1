"""LAC's second opinion: only a model trained with it asks LAC, and it records that it was."""

from itertools import islice

import pytest

from curator.nlp import crf, second_opinion
from curator.nlp.bio import read_bio
from curator.nlp.engine import Convention, SuggestionEngine
from tests.nlp.conftest import BENCH

SENTENCE = "新华社记者王小明报道，中国人民银行行长易纲昨天在北京会见了客人。"


@pytest.fixture(scope="module")
def sentences():
    return list(islice(read_bio(BENCH / "dev.bio"), 40))


@pytest.fixture(scope="module")
def models(tmp_path_factory, sentences):
    """A model trained with the second opinion and one trained without, on the same few sentences."""
    folder = tmp_path_factory.mktemp("models")
    made = {}
    for mode in (False, True):
        path = folder / f"{'lac' if mode else 'plain'}.crfsuite"
        report = SuggestionEngine(model_path=path, convention=Convention.PEOPLES_DAILY).train(
            sentences, second_opinion=mode)
        assert report.second_opinion is mode and not report.cancelled
        made[mode] = path
    return made


def _seen_features(monkeypatch) -> list[list[list[str]]]:
    """Records the feature rows the CRF tags."""
    seen = []
    original = crf._features

    def spy(*args, **kwargs):
        rows = original(*args, **kwargs)
        seen.append(rows)
        return rows

    monkeypatch.setattr(crf, "_features", spy)
    return seen


def test_lac_finds_a_person_and_an_organisation():
    words = second_opinion.lac_analyser().words(SENTENCE)
    found = {(SENTENCE[w.start : w.end], w.tag) for w in words}
    assert {("王小明", "PER"), ("易纲", "PER"), ("中国人民银行", "ORG"), ("北京", "LOC")} <= found
    assert [w.start for w in words[1:]] == [w.end for w in words[:-1]] and words[-1].end == len(SENTENCE)


def test_words_cover_characters_beyond_the_basic_plane_and_lone_surrogates():
    text = "𠮷野家的王小明\ud800说"
    words = second_opinion.lac_analyser().words(text)
    assert words[0].start == 0 and words[-1].end == len(text)
    assert [w.start for w in words[1:]] == [w.end for w in words[:-1]]


def test_the_features_mark_lac_names_with_their_place_and_length():
    out = [[] for _ in SENTENCE]
    second_opinion.add_second_opinion(out, SENTENCE)
    bank = SENTENCE.index("中国人民银行")
    assert out[bank] == ["lt=BORG", "lw=BORG6"] and out[bank + 5] == ["lt=EORG", "lw=EORG6"]
    assert out[SENTENCE.index("记者")] == ["lt=Bn"]  # not a name: no length
    assert out[SENTENCE.index("，")] == ["lt=Sw"]


def test_the_model_records_the_mode_it_was_trained_in(models):
    assert SuggestionEngine(model_path=models[True]).second_opinion
    assert not SuggestionEngine(model_path=models[False]).second_opinion
    assert crf.features_path(models[True]).is_file()


def test_a_model_from_before_the_record_is_taken_as_trained_without(models, tmp_path):
    old = tmp_path / "old.crfsuite"
    old.write_bytes(models[False].read_bytes())
    engine = SuggestionEngine(model_path=old)
    assert engine.is_trained and not engine.second_opinion


def test_a_model_trained_with_the_second_opinion_gets_lac_features(models, monkeypatch):
    seen = _seen_features(monkeypatch)
    SuggestionEngine(model_path=models[True], convention=Convention.PEOPLES_DAILY).suggest(SENTENCE)
    features = {f for rows in seen for row in rows for f in row}
    assert "lt=BPER" in features and "lw=BORG6" in features


def test_a_model_trained_without_never_calls_lac(models, monkeypatch):
    def refuse(*_args, **_kwargs):
        raise AssertionError("LAC was called")

    monkeypatch.setattr(second_opinion.LacAnalyser, "words", refuse)
    seen = _seen_features(monkeypatch)
    assert SuggestionEngine(convention=Convention.PEOPLES_DAILY).suggest(SENTENCE)  # the untrained engine
    assert SuggestionEngine(model_path=models[False], convention=Convention.PEOPLES_DAILY).suggest(SENTENCE)
    assert seen and not any(f.startswith(("lt=", "lw=")) for rows in seen for row in rows for f in row)
    # Positive control: the refusing runner is the one a second-opinion model would call.
    with pytest.raises(AssertionError, match="LAC was called"):
        SuggestionEngine(model_path=models[True], convention=Convention.PEOPLES_DAILY).suggest(SENTENCE)


def test_retraining_without_the_second_opinion_stops_asking_lac(sentences, tmp_path):
    path = tmp_path / "model.crfsuite"
    engine = SuggestionEngine(model_path=path, convention=Convention.PEOPLES_DAILY)
    engine.train(sentences[:20], second_opinion=True)
    assert engine.second_opinion
    engine.train(sentences[:20])
    assert not engine.second_opinion and not SuggestionEngine(model_path=path).second_opinion
