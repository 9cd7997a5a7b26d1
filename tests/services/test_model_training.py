"""Training the suggestion model in a process of its own, as the window does."""

import os

import pytest

from curator.core.errors import CuratorError, Msg
from curator.core.types import Kind
from curator.services import model_training, tagging
from curator.services.suggestions import SuggestionService

TEXT = "今天裕光煤电召开会议，讨论供热安排。"


@pytest.fixture
def service(db, add_article):
    tagging.tag_mention(db, article_id=add_article(TEXT), start=2, end=6, kind=Kind.INSTITUTION, user="ann")
    return SuggestionService(db)


def leftovers(service) -> list[str]:
    return sorted(p.name for p in service.model_path.parent.glob("curator-training-*"))


def test_a_model_trained_apart_is_taken_up_when_asked(service):
    """The window's engine is left alone while another process trains, then reloads the model."""
    engine = service.engine
    report = service.train(apart=True)
    assert not report.cancelled and report.mentions == 1 and service.model_path.is_file()
    assert not engine.is_trained and not service.needs_training()
    service.reload_model()
    assert engine.is_trained
    assert leftovers(service) == []


def test_a_cancelled_training_apart_keeps_the_model_before_it(service, db, add_article):
    service.train(apart=True)
    model = service.model_path.read_bytes()
    tagging.tag_mention(db, article_id=add_article("本报记者 李若男 报道"), start=5, end=8, kind=Kind.FIGURE, user="ann")
    report = service.train(apart=True, cancel=lambda: True)
    assert report.cancelled and service.model_path.read_bytes() == model
    assert leftovers(service) == []


def test_a_training_that_does_not_stop_in_time_is_ended(service):
    report = model_training.train_in_process(service.model_path, [(TEXT, [(2, 6, Kind.INSTITUTION)])],
                                             cancel=lambda: True, grace_seconds=0)
    assert report.cancelled and not service.model_path.exists() and leftovers(service) == []


def test_the_file_an_ended_training_was_writing_is_removed_and_no_other(tmp_path):
    model = tmp_path / "library.model.crfsuite"
    ended, other = tmp_path / "curator-training-123-ab.crfsuite", tmp_path / "curator-training-4567-cd.crfsuite"
    ended.write_bytes(b"half")
    other.write_bytes(b"another window's")
    model_training._remove_leftover(model, 123)
    assert not ended.exists() and other.exists()


def test_an_error_in_the_training_process_is_raised_here(tmp_path):
    with pytest.raises(FileNotFoundError):
        model_training.train_in_process(tmp_path / "gone" / "m.crfsuite", [(TEXT, [(2, 6, Kind.INSTITUTION)])])


class _EndsTheProcess:
    """Unpickled in the training process, it ends it there and then, as a kill would."""

    def __reduce__(self):
        return os._exit, (3,)


def test_a_training_process_that_dies_is_reported_in_one_line(tmp_path):
    with pytest.raises(CuratorError) as raised:
        model_training.train_in_process(tmp_path / "m.crfsuite", [_EndsTheProcess()])
    assert raised.value.code is Msg.TRAINING_DIED and str(raised.value) == (
        "the training process ended unexpectedly (exit code 3)")
