"""The command line: scriptable access to the same services the GUI uses.

`--db` and `--user` go before the subcommand; with no subcommand the window opens.
"""

import argparse
import os
import sys
from collections.abc import Sequence

from curator import __version__
from curator.cli import (agreement_commands, export_commands, library_commands, member_commands, registry_commands,
                         review_commands, stats_commands, suggest_commands)
from curator.cli.output import UserError, fail

# Each module adds its subcommands; a subcommand's handler takes the parsed arguments and returns the exit code.
COMMAND_MODULES = [library_commands, review_commands, registry_commands, export_commands, stats_commands,
                   suggest_commands, member_commands, agreement_commands]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="curator",
        description="Tag institutions (机构) and figures (人物) in Chinese news articles.",
    )
    parser.add_argument("--version", action="version", version=f"curator {__version__}")
    parser.add_argument("--db", metavar="DB", help="library file or SQLAlchemy URL (default: the user data directory)")
    parser.add_argument("--user", metavar="U", help="record actions under this name (default: from settings)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from curator.app import run_gui  # the window pulls in Qt: only load it when asked for

        return run_gui(db_location=args.db, user=args.user)
    try:
        code = args.handler(args) or 0
        sys.stdout.flush()  # a closed pipe shows here, not in the interpreter's last flush
        return code
    except BrokenPipeError:
        return _reader_gone()
    except UserError as error:
        return fail(str(error))
    except KeyboardInterrupt:
        return fail("interrupted", code=130)
    except Exception as error:  # never show a traceback to a user
        return fail(f"{type(error).__name__}: {error}".splitlines()[0])


def _reader_gone() -> int:
    """`curator history 1 | head`: the reader left, which is no error. Python's advice: point
    stdout at devnull so that the interpreter's final flush does not fail again."""
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 0


if __name__ == "__main__":
    sys.exit(main())
