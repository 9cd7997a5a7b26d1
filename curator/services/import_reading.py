"""Reading the files of an import in worker processes, ahead of the process that stores them.

This module loads no storage (no SQLAlchemy): the command line starts the workers first and opens
the library while they read. Importing SQLAlchemy and making a new library's tables take about a
second on two cores, which the workers used to spend waiting.
"""

import multiprocessing
import os
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path

from curator.core.errors import Msg
from curator.core.orphans import exit_with_parent
from curator.ingest import SUPPORTED_SUFFIXES
from curator.services.import_worker import Failure, Parsed, parse_file, parse_files

WORKER_BATCH = 16  # files a worker reads per task
# Below this many files a process pool costs more to start than it saves.
POOL_THRESHOLD = 64
# Files read ahead of the one being stored: enough for the workers to keep busy while the library
# opens and while a chunk is written; few enough that memory stays flat however many files there are.
READ_AHEAD = 512


def collect_files(paths: Iterable[str | Path]) -> tuple[list[Path], list[Failure]]:
    """Expand folders recursively (supported formats only); named files are kept whatever their suffix.

    What a folder holds but cannot be imported is listed with the reason, never skipped in
    silence: a broken link, a link that loops back, a pipe or device named like an article.
    """
    files: list[Path] = []
    skipped: list[Failure] = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            found, problems = _walk(path)
            files.extend(sorted(found))
            skipped.extend(problems)
        elif path.exists():
            files.append(path)
        else:
            skipped.append(Failure(str(path), Msg.NO_SUCH_PATH))
    return files, skipped


def _walk(folder: Path) -> tuple[list[Path], list[Failure]]:
    """Supported files under `folder`, following linked folders once each; and what was skipped."""
    found: list[Path] = []
    skipped: list[Failure] = []
    seen = {folder.resolve()}
    stack = [folder]
    while stack:
        current = stack.pop()
        try:
            with os.scandir(current) as listing:
                entries = sorted(listing, key=lambda e: e.name)  # a DirEntry knows its type: no stat per file
        except OSError as error:
            skipped.append(Failure(str(current), Msg.FOLDER_UNREADABLE, {"reason": str(error.strerror or error)}))
            continue
        for entry in entries:
            path = current / entry.name
            if entry.is_dir():
                target = path.resolve()
                if target in seen:
                    skipped.append(Failure(str(path), Msg.LINK_LOOP))
                else:
                    seen.add(target)
                    stack.append(path)
            elif path.suffix.lower() not in SUPPORTED_SUFFIXES:
                continue
            elif entry.is_file():
                found.append(path)
            elif entry.is_symlink() and not path.exists():
                skipped.append(Failure(str(path), Msg.BROKEN_LINK))
            else:
                skipped.append(Failure(str(path), Msg.NOT_A_REGULAR_FILE))
    return found, skipped


class Reading:
    """The files under `paths`, read in order: by worker processes that start at once, or here
    when there are few. Use it as a context manager; leaving it stops the workers."""

    def __init__(self, paths: Iterable[str | Path], *, workers: int | None = None):
        self.files, self.failed = collect_files(paths)
        self._names = [str(f) for f in self.files]
        workers = workers if workers is not None else (os.cpu_count() or 1)
        self._pool = _start_pool(workers) if workers > 1 and len(self._names) >= POOL_THRESHOLD else None
        self._batches = (self._names[start : start + WORKER_BATCH] for start in range(0, len(self._names), WORKER_BATCH))
        self._pending: deque[Future] = deque()
        # The first tasks go from a thread: the first one waits for the fork server to load the
        # readers (0.3 s), which this process spends opening the library meanwhile.
        self._starting = threading.Thread(target=self._top_up, name="import-reading", daemon=True)
        self._starting.start()

    def __iter__(self) -> Iterator[Parsed]:
        self._starting.join()
        if self._pool is None:
            yield from map(parse_file, self._names)
            return
        while self._pending:
            batch = self._pending.popleft()
            self._top_up()  # the next batch is queued before this one is handed out and stored
            yield from batch.result()

    def _top_up(self) -> None:
        """Keep READ_AHEAD files queued: the workers read on while this process stores."""
        if self._pool is None:
            return
        while len(self._pending) * WORKER_BATCH < READ_AHEAD and (batch := next(self._batches, None)):
            self._pending.append(self._pool.submit(parse_files, batch))

    def close(self) -> None:
        self._starting.join()
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def __enter__(self) -> "Reading":
        return self

    def __exit__(self, *_exc) -> None:
        self.close()


def _start_pool(workers: int) -> ProcessPoolExecutor:
    # forkserver: the GUI has threads, and forking a threaded process is unsafe. The server loads
    # the worker's module once; each worker forked from it starts at once.
    context = multiprocessing.get_context("forkserver" if os.name == "posix" else "spawn")
    if os.name == "posix":
        context.set_forkserver_preload([parse_files.__module__])
    return ProcessPoolExecutor(max_workers=workers, mp_context=context,
                               initializer=exit_with_parent, initargs=(os.getpid(),))
