"""Every subcommand's --json output is one valid JSON document; a closed pipe is no error (issue 14, item 6)."""

import json
import subprocess
import sys

import pytest

from curator.cli import build_parser, main

BIO = "张 B-PER\n三 I-PER\n在 O\n北 B-ORG\n京 I-ORG\n大 I-ORG\n学 I-ORG\n\n李 B-PER\n四 I-PER\n说 O\n"
TEXT = "中国农业银行长治市分行行长孙洪卫表示，将继续支持小微企业。农行员工也来了。本报记者 李若男 报道。"
SHORT = TEXT.index("农行员工")


def subcommands() -> set[str]:
    (sub,) = [a for a in build_parser()._actions if a.__class__.__name__ == "_SubParsersAction"]
    return set(sub.choices)


def script(tmp_path) -> list[tuple]:
    """Every subcommand once, in an order in which each has what it needs (ids are the first ones),
    as (name, arguments) run by ann, or (name, arguments, user)."""
    article, tagged, bio = tmp_path / "a.txt", tmp_path / "tagged.jsonl", tmp_path / "s.bio"
    article.write_text(TEXT, encoding="utf-8")
    tagged.write_text(json.dumps({"text": "孙洪卫说。", "label": [[0, 3, "PER"]]}, ensure_ascii=False) + "\n", encoding="utf-8")
    bio.write_text(BIO, encoding="utf-8")
    return [
        ("import", [str(article)]),
        ("articles", []),
        ("show", ["1"]),
        ("edit", ["1", "--source", "新华社"]),
        ("suggest", ["1"]),
        ("tag", ["1", "--start", "0", "--end", "11", "--kind", "institution"]),
        ("mentions", ["1"]),
        # The registry: entity 1 is the branch, 2 is 农行; renamed 中国农业银行, 农行 is proposed as its alias.
        ("tag", ["1", "--start", str(SHORT), "--end", str(SHORT + 2), "--kind", "institution"]),
        ("entities", []),
        ("entity", ["1"]),
        ("rename", ["1", "中国农业银行"]),
        ("aliases", []),
        ("alias", ["confirm", "1"]),
        ("split", ["1", "--mentions", "2", "--name", "农行"]),
        ("merge", ["1", "2"]),
        ("set-parent", ["1", "none"]),
        ("review", ["1", "--approve"]),
        ("accept", ["1", "--min-score", "0.8"]),
        ("approve-remaining", ["1"]),
        ("status", ["1", "done"]),
        ("queue", []),
        ("history", ["1"]),
        ("undo", ["--article", "1"]),
        ("redo", ["--article", "1"]),
        ("untag", ["2"]),
        ("import-tagged", [str(tagged)]),
        # Tagging blind: article 2 given to ann and bob, who tag it and finish; the reviewer settles.
        ("assign", ["2", "--to", "ann", "--to", "bob", "--to", "cat"]),
        ("unassign", ["2", "--from", "cat"]),
        ("tag", ["2", "--start", "0", "--end", "3", "--kind", "figure"]),
        ("status", ["2", "done"]),
        ("status", ["2", "done"], "bob"),
        ("agreement", []),
        ("settle", ["2", "--prefer", "ann"]),
        ("train", []),
        ("evaluate", ["--test", str(bio), "--train", str(bio)]),
        ("export", ["--what", "mentions", "--out", str(tmp_path / "out.csv")]),
        ("stats", ["--since", "2020-01-01"]),
        ("copy", ["--from", str(tmp_path / "library.db"), "--to", str(tmp_path / "copy.db")]),
        ("delete", ["2"]),
        ("grant", ["bob", "reviewer"]),
        ("members", []),
        ("revoke", ["bob"]),
    ]


def test_every_subcommand_prints_one_json_document(tmp_path, capsys):
    steps = script(tmp_path)
    assert {name for name, *_ in steps} == subcommands(), "a new subcommand needs a step here"
    db = str(tmp_path / "library.db")
    for name, argv, *user in steps:
        code = main(["--db", db, "--user", *(user or ["ann"]), name, *argv, "--json"])
        out, err = capsys.readouterr()
        assert code == 0, (name, err)
        json.loads(out)  # the whole of stdout, nothing before or after


def test_paths_and_times_are_written_as_text(capsys):
    from datetime import datetime
    from pathlib import Path

    from curator.cli.output import emit

    emit({"model_path": Path("/tmp/m.crfsuite"), "at": datetime(2026, 12, 6, 8, 30)}, True, str)
    assert json.loads(capsys.readouterr().out) == {"model_path": "/tmp/m.crfsuite", "at": "2026-12-06T08:30:00"}


def test_a_value_json_cannot_hold_fails_without_half_a_document(capsys):
    from curator.cli.output import emit

    with pytest.raises(TypeError):
        emit({"ok": 1, "bad": object()}, True, str)
    assert capsys.readouterr().out == ""


def test_a_reader_that_stops_early_is_no_error(db, add_article):
    add_article("银行" * 200_000)  # far more than a pipe holds
    code = f"import sys; from curator.cli import main; sys.exit(main(['--db', {db.location!r}, 'show', '1', '--json']))"
    reader = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert reader.stdout.read(10)  # like `| head -c 10`
    reader.stdout.close()
    assert reader.wait(timeout=60) == 0
    assert reader.stderr.read().decode() == ""
