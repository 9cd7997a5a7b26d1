import json

import pytest

from curator.cli import main
from curator.core.settings import Settings

TEXT = "中国农业银行长治市分行行长孙洪卫表示，将继续支持小微企业。"
MENTION_KEYS = {"id", "start", "end", "text", "kind", "entity", "status", "origin", "annotator", "reviewer"}


def test_tag_mentions_untag_json_shapes(run, add_article):
    aid = add_article(TEXT)
    code, mention, _ = run("tag", str(aid), "--start", "13", "--end", "16", "--kind", "figure", "--json")
    assert code == 0 and MENTION_KEYS <= set(mention)
    assert (mention["text"], mention["kind"], mention["entity"], mention["status"], mention["origin"],
            mention["annotator"], mention["reviewer"]) == ("孙洪卫", "figure", "孙洪卫", "pending", "manual", "ann", None)
    code, rows, _ = run("mentions", str(aid), "--json")
    assert code == 0 and [r["id"] for r in rows] == [mention["id"]] and MENTION_KEYS <= set(rows[0])
    code, removed, _ = run("untag", str(mention["id"]), "--json")
    assert code == 0 and removed["removed"]["id"] == mention["id"]
    assert run("mentions", str(aid), "--json")[1] == []


def test_a_reviewers_tag_keeps_a_done_article_in_the_queue(run, add_article):
    aid = add_article(TEXT)
    run("tag", str(aid), "--start", "0", "--end", "11", "--kind", "institution")
    run("status", str(aid), "done")
    code, _, _ = run("tag", str(aid), "--start", "13", "--end", "16", "--kind", "figure", "--role", "reviewer", user="rex")
    assert code == 0 and [a["id"] for a in run("queue", "--json")[1]] == [aid]
    run("tag", str(aid), "--start", "13", "--end", "16", "--kind", "institution", "--role", "editor")
    assert run("queue", "--json")[1] == []


def test_review_status_history_and_undo(run, add_article):
    aid = add_article(TEXT)
    mid = run("tag", str(aid), "--start", "0", "--end", "11", "--kind", "institution", "--json")[1]["id"]
    code, reviewed, _ = run("review", str(mid), "--reject", "--comment", "只写分行", "--json", user="rex")
    assert code == 0 and (reviewed["status"], reviewed["reviewer"], reviewed["comment"]) == ("rejected", "rex", "只写分行")
    code, status, _ = run("status", str(aid), "done", "--json")
    assert code == 0 and status["status"] == "done"
    assert [a["id"] for a in run("queue", "--json")[1]] == [aid]
    code, status, _ = run("status", str(aid), "changes_requested", "--note", "see tag", "--json", user="rex")
    assert (status["status"], status["reviewer"], status["review_note"]) == ("changes_requested", "rex", "see tag")
    code, events, _ = run("history", str(aid), "--json")
    assert code == 0 and [e["action"] for e in events] == [
        "status_changed", "status_changed", "reviewed", "status_changed", "tagged"]
    assert {"at", "user", "action", "mention_id", "details", "undone"} <= set(events[0])
    code, undone, _ = run("undo", "--article", str(aid), "--json", user="rex")
    assert code == 0 and undone["action"] == "undo"
    assert run("status", str(aid), "in_progress", "--json")[1]["status"] == "in_progress"  # done → in_progress
    assert run("history", str(aid), "--json")[1][1]["undone"] is True


def test_approve_remaining_and_role_flag(run, add_article):
    aid = add_article(TEXT)
    run("tag", str(aid), "--start", "0", "--end", "11", "--kind", "institution")
    mid = run("tag", str(aid), "--start", "13", "--end", "16", "--kind", "figure", "--json")[1]["id"]
    code, _, err = run("review", str(mid), "--approve", "--role", "editor")
    assert code == 1 and err.startswith("curator: error: only a reviewer")
    code, result, _ = run("approve-remaining", str(aid), "--json", "--role", "reviewer", user="rex")
    assert code == 0 and len(result["approved"]) == 2


@pytest.mark.parametrize("argv,message", [
    (["status", "1", "approved"], "cannot move an article from new to approved"),
    (["mentions", "99", "--json"], "no article with id 99"),
    (["review", "42", "--approve"], "no mention with id 42"),
    (["tag", "1", "--start", "5", "--end", "500", "--kind", "figure"], "outside article"),
    (["undo"], "nothing to undo"),
])
def test_errors_are_one_line_with_exit_code_1(run, add_article, argv, message):
    add_article(TEXT)
    code, out, err = run(*argv)
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and err.startswith("curator: error: ") and message in err
    assert "Traceback" not in err


def test_user_defaults_to_settings_on_a_file_and_to_the_connection_on_a_server(db, capsys, add_article, monkeypatch):
    monkeypatch.setattr("curator.cli.output.load_settings", lambda: Settings(user="设置用户"))
    aid = add_article(TEXT)
    assert main(["--db", db.location, "tag", str(aid), "--start", "0", "--end", "2",
                 "--kind", "institution", "--json"]) == 0
    expected = "设置用户" if db.engine.dialect.name == "sqlite" else db.engine.url.username
    assert json.loads(capsys.readouterr().out)["annotator"] == expected


def test_tagging_a_clause_warns_but_tags(run, add_article):
    aid = add_article(TEXT)
    code, mention, err = run("tag", str(aid), "--start", "13", "--end", "22", "--kind", "figure", "--json")
    assert code == 0 and mention["text"] == "孙洪卫表示，将继续"
    assert "looks like a clause, not a name" in err
    code, _, err = run("tag", str(aid), "--start", "0", "--end", "11", "--kind", "institution", "--json")
    assert code == 0 and err == ""  # positive control: a name is tagged without a word
