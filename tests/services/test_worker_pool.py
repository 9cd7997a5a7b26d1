"""Batches done in worker processes and taken back in order (curator.services.worker_pool)."""

import pytest

from curator.services import worker_pool
from curator.services.worker_pool import InOrder


def lengths(batch: list[str]) -> list[int]:
    return [len(item) for item in batch]


def batches_then_error():
    yield ["a", "bb"]
    raise ValueError("line 3: not JSON")


def test_one_worker_works_here_in_order_and_an_error_comes_in_its_turn():
    taken = []
    with pytest.raises(ValueError, match="line 3"), InOrder(lengths, batches_then_error(), workers=1, ahead=2) as work:
        for batch, result in work:
            taken.append((batch, result))
    assert taken == [(["a", "bb"], [1, 2])]


def test_workers_that_cannot_start_are_an_error_not_an_empty_result(monkeypatch):
    """The first batches go from a thread; what goes wrong there must reach the caller."""

    class Broken:
        def submit(self, *_args):
            raise RuntimeError("no process could start")

        def shutdown(self, **_options):
            pass

    monkeypatch.setattr(worker_pool, "_start_pool", lambda workers, module: Broken())
    with pytest.raises(RuntimeError, match="no process"), InOrder(lengths, [["a"]], workers=2, ahead=2) as work:
        list(work)


def test_no_read_ahead_asked_for_still_takes_every_batch():
    """`ahead` below one (a chunk smaller than a batch) must not leave the work empty."""
    with InOrder(lengths, [["a", "bb"], ["ccc"]], workers=2, ahead=0) as work:
        assert list(work) == [(["a", "bb"], [1, 2]), (["ccc"], [3])]
