"""Batches of an import's work done in worker processes and taken back in order, a few ahead.

The function a pool runs lives in a module that loads no storage (no SQLAlchemy): each worker
then starts in a third of a second, and the process that stores goes on storing meanwhile.
"""

import os
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor

from curator.core.orphans import exit_with_parent, helper_context


def worker_count() -> int:
    return os.cpu_count() or 1


class InOrder:
    """`function(batch)` for each batch, in worker processes, handed back as (batch, result) in the
    batches' order, with at most `ahead` batches queued beyond the one being taken; with one
    worker, here, as the batches are taken.

    The work starts at once: the first batches are submitted from a thread, since the first one
    waits for the fork server to load `function`'s module (0.3 s) that the caller can spend opening
    the library. An error in taking the next batch (a malformed line of a file) is raised in its
    turn, after the batches before it. Use it as a context manager; leaving it stops the workers.
    """

    def __init__(self, function: Callable[[list], list], batches: Iterable[list], *, workers: int, ahead: int):
        self._function = function
        self._batches = iter(batches)
        self._ahead = max(ahead, 1)  # at least the batch to be taken next
        self._pending: deque[tuple[list | None, Future | BaseException]] = deque()
        self._taken_all = False
        self._pool = _start_pool(workers, function.__module__) if workers > 1 else None
        self._failed: BaseException | None = None  # what went wrong starting, raised by __iter__
        self._starting = threading.Thread(target=self._start, name="worker-pool-start", daemon=True)
        if self._pool is not None:
            self._starting.start()

    def _start(self) -> None:
        try:
            self._top_up()
        except BaseException as error:  # no worker process could start: the caller hears of it
            self._failed = error

    def __iter__(self) -> Iterator[tuple[list, list]]:
        if self._pool is None:
            for batch in self._batches:
                yield batch, self._function(batch)
            return
        self._starting.join()
        if self._failed is not None:
            raise self._failed
        while self._pending:
            batch, work = self._pending.popleft()
            self._top_up()  # the next batch is queued before this one is handed out
            if batch is None:
                raise work
            yield batch, work.result()

    def _top_up(self) -> None:
        while len(self._pending) < self._ahead and not self._taken_all:
            try:
                batch = next(self._batches, None)
            except Exception as error:  # raised in its turn, by __iter__
                self._pending.append((None, error))
                batch = None
            if batch is None:
                self._taken_all = True
            else:
                self._pending.append((batch, self._pool.submit(self._function, batch)))

    def close(self) -> None:
        if self._pool is not None:
            self._starting.join()
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def __enter__(self) -> "InOrder":
        return self

    def __exit__(self, *_exc) -> None:
        self.close()


def _start_pool(workers: int, module: str) -> ProcessPoolExecutor:
    # The fork server loads the workers' module once; each worker forked from it starts at once.
    context = helper_context()
    if os.name == "posix":
        context.set_forkserver_preload([module])
    return ProcessPoolExecutor(max_workers=workers, mp_context=context,
                               initializer=exit_with_parent, initargs=(os.getpid(),))
