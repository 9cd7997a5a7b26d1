"""Training the suggestion model in a process of its own, for the window.

python-crfsuite's optimizer keeps the interpreter lock through each of its iterations: training on a
thread of the window, on 300 tagged articles, stopped the window for 0.6-0.9 s at a time, every
second or so, for the whole minute training took, and the suggestions of the next article waited
behind it. A process of its own shares only the CPU with the window; the window takes up the new
model once it is written (`SuggestionEngine.reload_model`).

A cancel asks the process to stop at its next sentence or optimizer iteration, which leaves the
previous model as it was; a process that does not stop within the grace period (an iteration on a
big library takes seconds) is ended, and the file it was writing is removed.
"""

import os
import time
from pathlib import Path

from curator.core.errors import CuratorError, Msg
from curator.core.orphans import exit_with_parent, helper_context
from curator.core.progress import Cancel, never_cancel
from curator.nlp.crf import TRAINING_SUFFIX, TrainReport, training_prefix

POLL_SECONDS = 0.1
GRACE_SECONDS = 2.0


def train_in_process(model_path: Path, examples: list, *, second_opinion: bool = False, cancel: Cancel = never_cancel,
                     grace_seconds: float = GRACE_SECONDS) -> TrainReport:
    """Train the model at `model_path` on `(text, spans)` examples in a child process and wait for it;
    an error in the child is raised here."""
    context = helper_context()
    stop = context.Event()
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(target=_train, name="curator-training", daemon=True,
                              args=(os.getpid(), str(model_path), examples, second_opinion, stop, sender))
    process.start()
    sender.close()  # the child holds the only sending end: its end, however it comes, wakes the poll
    started = time.monotonic()
    deadline = None
    try:
        while not receiver.poll(POLL_SECONDS):
            if deadline is None and cancel():
                stop.set()
                deadline = time.monotonic() + grace_seconds
            if deadline is not None and time.monotonic() > deadline:
                process.terminate()
                process.join()
                _remove_leftover(Path(model_path), process.pid)
                return TrainReport(0, 0, 0, time.monotonic() - started, 0, cancelled=True)
        try:
            report, error = receiver.recv()
        except EOFError:  # the child died without a word (killed, out of memory)
            process.join()
            raise CuratorError(Msg.TRAINING_DIED, code=process.exitcode) from None
    finally:
        receiver.close()
    process.join()
    if error is not None:
        raise error
    return report


def _train(parent_pid: int, model_path: str, examples: list, second_opinion: bool, stop, sender) -> None:
    exit_with_parent(parent_pid)
    from curator.nlp.engine import SuggestionEngine

    try:
        engine = SuggestionEngine(model_path=Path(model_path))
        sender.send((engine.train(examples, cancel=stop.is_set, second_opinion=second_opinion), None))
    except Exception as error:  # handed to the window, which says what went wrong
        try:
            sender.send((None, error))
        except Exception:  # an error that cannot be pickled goes as its words
            sender.send((None, RuntimeError(f"{type(error).__name__}: {error}")))
    finally:
        sender.close()


def _remove_leftover(model_path: Path, pid: int) -> None:
    for leftover in model_path.parent.glob(f"{training_prefix(pid)}*{TRAINING_SUFFIX}"):
        leftover.unlink(missing_ok=True)
