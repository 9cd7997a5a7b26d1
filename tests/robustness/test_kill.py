"""A killed import leaves no helper process behind (issue 14, item 4), tested with a real kill -9."""

import os
import signal
import subprocess
import sys
import time

import psutil
import pytest

pytestmark = pytest.mark.skipif(os.name != "posix", reason="kill -9 and the fork server are POSIX")

GRACE_SECONDS = 5 + 2  # the five seconds, and two for a loaded CI machine


def helpers_of(pid: int, *, at_least: int, timeout: float = 30) -> list[psutil.Process]:
    """The process's descendants once its worker pool is up (fork server, tracker, workers)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = psutil.Process(pid).children(recursive=True)
        if len(found) >= at_least:
            return found
        time.sleep(0.1)
    pytest.fail(f"the import started only {len(found)} helper processes")


def still_running(processes: list[psutil.Process]) -> list[psutil.Process]:
    alive = []
    for process in processes:
        try:
            if process.status() != psutil.STATUS_ZOMBIE:
                alive.append(process)
        except psutil.NoSuchProcess:
            pass
    return alive


def test_workers_end_when_the_import_is_killed(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    for number in range(6000):
        (folder / f"a{number}.txt").write_text(f"第{number}篇：中国农业银行长治市分行发放贷款，支持小微企业。" * 20, encoding="utf-8")
    code = f"import sys; from curator.cli import main; sys.exit(main(['--db', {str(tmp_path / 'lib.db')!r}, 'import', {str(folder)!r}]))"
    importer = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    helpers = helpers_of(importer.pid, at_least=3)  # fork server, resource tracker, a worker
    try:
        os.kill(importer.pid, signal.SIGKILL)
        importer.wait(timeout=10)
        deadline = time.monotonic() + GRACE_SECONDS
        while still_running(helpers) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert still_running(helpers) == []
    finally:
        for process in still_running(helpers):  # leave no orphan behind when the test fails
            process.kill()
