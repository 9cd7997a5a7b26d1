"""Printing results: JSON alone on stdout with --json, readable lines otherwise."""

import json
import sys
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from datetime import date
from pathlib import PurePath
from typing import TYPE_CHECKING, Any

from curator.core.errors import CuratorError
from curator.core.progress import Progress, no_progress
from curator.core.settings import load_settings

if TYPE_CHECKING:
    from curator.services.library import Database

# Errors a user can act on, each shown as one line: the core's, and the command line's own.
UserError = (CuratorError, ValueError, PermissionError, FileNotFoundError)


def fail(message: str, *, code: int = 1) -> int:
    print(f"curator: error: {message}", file=sys.stderr)
    return code


def warn(message: str) -> None:
    """A one-line warning on stderr: the command still did its work."""
    print(f"curator: warning: {message}", file=sys.stderr)


def emit(data: Any, as_json: bool, human: Callable[[Any], str]) -> None:
    """Print `data` as JSON (nothing else on stdout) or through `human`.

    The JSON is made whole before a byte is written: a value it cannot hold fails the command,
    never half its output. Paths and times are written as text.
    """
    if as_json:
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=_as_text) + "\n")
    else:
        text = human(data)
        if text:
            print(text)


def columns(text: str) -> int:
    """Columns a terminal gives `text`: Chinese characters take two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def cell(value, width: int) -> str:
    """A value in a column of `width` terminal columns: numbers right-aligned, text left-aligned."""
    gap = " " * (width - columns(str(value)))
    return gap + str(value) if isinstance(value, int) else str(value) + gap


def _as_text(value: Any) -> str:
    if isinstance(value, (PurePath, date)):
        return value.isoformat() if isinstance(value, date) else str(value)
    raise TypeError(f"{type(value).__name__} is not JSON")


def change_dict(change) -> dict:
    """What a change did, as `--json` prints it."""
    return {"action": change.action, "batch": change.batch, "article_ids": sorted(change.article_ids),
            "added": change.added, "removed": change.removed, "updated": change.updated,
            "deleted_articles": change.deleted_articles, "restored_articles": change.restored_articles,
            "entities": sorted(change.entities), "edited_articles": sorted(change.details),
            "versions": change.versions(), "layer": change.layer}


def add_json_flag(parser) -> None:
    parser.add_argument("--json", action="store_true", help="print only JSON on stdout")


def add_version_flag(parser) -> None:
    parser.add_argument("--expected-version", type=int, metavar="V",
                        help="refuse the change if the article is no longer at version V (`show` prints it)")


def database(args) -> "Database":
    """The library of `--db`. On PostgreSQL it settles who acts (`args.user`): the connection's
    user unless `--user` names a login; the first user of a new library there becomes its admin."""
    from curator.services import members  # the storage layer loads when a command runs
    from curator.services.library import open_database

    db = open_database(args.db)
    if db.created:
        warn(f"created a new library at {db.location}")
    db.lock_listener = _lock_notice()
    args.user = members.acting_user(db, login=args.user, default=lambda: load_settings().user_name)
    return db


def _lock_notice() -> Callable[[float | None], None]:
    """Say once per wait that another program is writing, rather than look hung."""
    told = False

    def listen(waited: float | None) -> None:
        nonlocal told
        if waited is not None and not told:
            print("curator: waiting for the library (another program is writing to it)…", file=sys.stderr, flush=True)
        told = waited is not None

    return listen


def user_name(args) -> str:
    """Who actions are recorded under: --user, else (`database` settles it on PostgreSQL) the
    settings' user name."""
    return args.user or load_settings().user_name


@contextmanager
def progress_line(args, label: str) -> Iterator[Progress]:
    """The progress of one stage on stderr, a line rewritten in place and ended with the stage;
    nothing with --json or when stderr is not a terminal (a script reads the result alone)."""
    if args.json or not sys.stderr.isatty():
        yield no_progress
        return
    shown = False

    def report(done: int, total: int) -> None:
        nonlocal shown
        shown = True
        print(f"\r{label} {done}/{total}" if total else f"\r{label} {done}", end="", file=sys.stderr, flush=True)

    try:
        yield report
    finally:
        if shown:
            print(file=sys.stderr)


@contextmanager
def step_lines(args) -> Iterator[Callable[[str, int, int], None]]:
    """The progress of work done in steps, each shown as `progress_line` shows one: called with
    the step's label, done and total; a new label ends the line of the one before."""
    with ExitStack() as lines:
        shown: dict = {"label": None, "report": no_progress}

        def report(label: str, done: int, total: int) -> None:
            if label != shown["label"]:
                lines.close()
                shown.update(label=label, report=lines.enter_context(progress_line(args, label)))
            shown["report"](done, total)

        yield report


def index_waiting(args, db: "Database") -> None:
    """Index what waits for the search index (an import indexes its own articles; an upgrade of the
    index or an undo leaves others waiting), showing its progress."""
    from curator.services import library

    with progress_line(args, "indexing for search") as progress:
        library.index_all(db, progress=progress)
