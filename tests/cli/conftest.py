"""The command line run in-process against the test library."""

import json

import pytest

from curator.cli import main


@pytest.fixture
def run(db, tmp_path, capsys):
    """Run the command line against the test library; returns (exit code, parsed JSON or text, stderr)."""
    def invoke(*argv, user="ann"):
        code = main(["--db", db.location, "--user", user, *argv])
        out, err = capsys.readouterr()
        return code, (json.loads(out) if "--json" in argv and code == 0 else out), err
    return invoke
