"""Helper processes that end when the process they serve is gone.

A pool's workers are children of multiprocessing's fork server, not of the process that uses
them, so they do not notice when that process is killed (kill -9 of an import left its workers
waiting for ten minutes and more). Each worker watches the process it serves instead.
"""

import multiprocessing
import os
import threading
import time

POLL_SECONDS = 1.0


def helper_context():
    """How helper processes start: from a fork server (the window has threads, and forking a threaded
    process is unsafe), or spawned where there is no fork."""
    return multiprocessing.get_context("forkserver" if os.name == "posix" else "spawn")


def exit_with_parent(parent_pid: int) -> None:
    """A pool initializer: end this worker within about a second after `parent_pid` is gone."""
    threading.Thread(target=_watch, args=(parent_pid,), name="exit-with-parent", daemon=True).start()


def _watch(parent_pid: int) -> None:
    while _alive(parent_pid):
        time.sleep(POLL_SECONDS)
    os._exit(1)  # no cleanup to do: the work belonged to the process that died


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)  # signal 0: only asks whether the process exists
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # exists, under another user
    return True
