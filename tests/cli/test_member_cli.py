"""`curator members`, `grant` and `revoke`, and `--expected-version` (issue 15: who is who, no lost updates)."""

from curator.cli import main

TEXT = "中国农业银行长治市分行行长孙洪卫表示，将继续支持小微企业。"


def test_grant_list_and_revoke_members(run):
    code, rows, _ = run("members", "--json")
    assert (code, rows) == (0, [])
    code, result, _ = run("grant", "rex", "reviewer", "--json", user="boss")
    assert code == 0
    assert [(m["user"], m["role"], m["granted_by"]) for m in result["members"]] == [
        ("boss", "admin", "boss"), ("rex", "reviewer", "boss")]
    code, _, err = run("grant", "ann", "editor", user="rex")
    assert code == 1 and "only an admin may grant or revoke roles (your role is reviewer)" in err
    code, rows, _ = run("revoke", "rex", "--json", user="boss")
    assert code == 0 and [m["user"] for m in rows["members"]] == ["boss"]
    code, text, _ = run("members", user="boss")
    assert code == 0 and text.startswith("boss") and "admin" in text


def test_in_a_team_library_an_editor_cannot_approve_even_with_role_reviewer(run, add_article):
    aid = add_article(TEXT)
    run("grant", "ann", "editor", user="boss")
    run("tag", str(aid), "--start", "13", "--end", "16", "--kind", "figure", user="ann")
    run("status", str(aid), "done", user="ann")
    code, _, err = run("status", str(aid), "approved", "--role", "reviewer", user="ann")
    assert code == 1 and "your role is editor" in err
    code, _, err = run("status", str(aid), "approved", user="eve")
    assert code == 1 and "eve is not a member of this library" in err
    code, _, _ = run("status", str(aid), "approved", user="boss")
    assert code == 0


def test_a_stale_expected_version_is_refused_and_says_who(run, add_article):
    aid = add_article(TEXT, status="in_progress")
    seen = run("show", str(aid), "--json")[1]["version"]
    code, _, _ = run("tag", str(aid), "--start", "0", "--end", "11", "--kind", "institution", user="孙贵坤")
    assert code == 0
    code, _, err = run("tag", str(aid), "--start", "13", "--end", "16", "--kind", "figure",
                       "--expected-version", str(seen))
    assert code == 1
    assert "孙贵坤 changed this article a moment ago: 1 tag added; your change was not saved" in err
    code, _, err = run("edit", str(aid), "--title", "新", "--expected-version", str(seen))
    assert code == 1 and "孙贵坤 changed this article" in err
    code, mention, _ = run("tag", str(aid), "--start", "13", "--end", "16", "--kind", "figure",
                           "--expected-version", str(seen + 1), "--json")
    assert code == 0 and mention["text"] == "孙洪卫"


def test_undo_says_when_another_user_changed_the_same_tag(run, add_article):
    aid = add_article(TEXT)
    mention = run("tag", str(aid), "--start", "13", "--end", "16", "--kind", "figure", "--json", user="ann")[1]
    run("review", str(mention["id"]), "--reject", user="rex")
    code, _, err = run("undo", user="ann")
    assert code == 1 and f"cannot undo your change to article {aid}: rex has changed" in err
    code, undone, _ = run("undo", "--json", user="rex")
    assert code == 0 and undone["versions"] == {str(aid): run("show", str(aid), "--json")[1]["version"]}


def test_the_command_line_acts_as_the_connections_user_on_postgresql(postgres_databases, capsys):
    url = postgres_databases.empty()
    try:
        assert main(["--db", url, "members", "--json"]) == 0  # the first to open the new library
        assert '"role": "admin"' in capsys.readouterr().out
        assert main(["--db", url, "grant", "ann", "editor"]) == 0  # ... is its admin: postgres here
        assert main(["--db", url, "--user", "ann", "grant", "bob", "editor"]) == 1
    finally:
        postgres_databases.drop(url)


def test_members_line_up_after_chinese_names(run, db):
    run("grant", "李编辑", "editor", user="boss")
    code, out, _ = run("members")
    lines = out.splitlines()
    roles_at = [len(line[: line.index(role)].encode("gbk")) for line, role in zip(lines, ("admin", "editor"))]
    assert code == 0 and lines[1].startswith("李编辑") and roles_at[0] == roles_at[1]  # GBK: 2 bytes, 2 columns


def test_on_a_server_a_login_cannot_act_under_another_members_name(member_login, capsys):
    """`--db postgresql://王编辑@… --user li` acted as li, in li's role: an editor could approve as an admin."""
    from curator.services import members
    from tests import team_load

    owner, as_wang = member_login
    (aid,) = team_load.make_articles(owner, 1)
    members.grant(owner, member="王编辑", role="editor", user="li")  # li, the first to grant, is admin
    capsys.readouterr()
    assert main(["--db", as_wang, "--user", "li", "status", str(aid), "done"]) == 1
    err = capsys.readouterr().err
    assert err == ("curator: error: you are connected to this library's server as 王编辑, and act as 王编辑, "
                   "not as li\n")
    assert main(["--db", as_wang, "show", str(aid), "--json"]) == 0
    assert '"status": "new"' in capsys.readouterr().out  # nothing was done as li
    assert main(["--db", as_wang, "--user", "王编辑", "status", str(aid), "done"]) == 0  # one's own name is fine
    assert main(["--db", as_wang, "status", str(aid), "approved"]) == 1  # ... in one's own role
    assert "your role is editor" in capsys.readouterr().err
    owner_url = owner.engine.url.render_as_string(hide_password=False)
    assert main(["--db", owner_url, "--user", "li", "status", str(aid), "approved"]) == 0  # the owner may
