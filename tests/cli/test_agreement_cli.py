"""`curator assign`, `agreement` and `settle`, and blind tagging with `tag`, `untag`, `mentions`
and `status … done` (issue 15: agreement between annotators)."""

TEXT = "中国工商银行长治分行行长王小明表示，工商银行将支持小微企业。记者李华报道。"


def tag(run, aid, start, end, kind, user):
    code, mention, err = run("tag", str(aid), "--start", str(start), "--end", str(end), "--kind", kind, "--json",
                             user=user)
    assert code == 0, err
    return mention


def test_two_editors_tag_blind_and_a_reviewer_settles(run, add_article):
    aid = add_article(TEXT)
    code, change, _ = run("assign", str(aid), "--to", "ann", "--to", "bob", "--role", "reviewer", "--json", user="rex")
    assert code == 0 and change["article_ids"] == [aid]
    tag(run, aid, 0, 10, "institution", "ann")
    wrong = tag(run, aid, 12, 14, "figure", "ann")
    code, removed, _ = run("untag", str(wrong["id"]), "--article", str(aid), "--json", user="ann")
    assert code == 0 and removed["removed"]["text"] == "王小"
    tag(run, aid, 12, 15, "figure", "ann")
    tag(run, aid, 0, 6, "institution", "bob")
    tag(run, aid, 12, 15, "figure", "bob")
    tag(run, aid, 32, 34, "figure", "bob")
    assert [m["text"] for m in run("mentions", str(aid), "--json", user="ann")[1]] == ["中国工商银行长治分行", "王小明"]
    assert run("mentions", str(aid), "--json", user="rex")[1] == []  # the article's own tags: none yet

    code, text, _ = run("status", str(aid), "done", user="ann")
    assert code == 0 and "your blind tags are done; the article is new" in text
    code, _, err = run("settle", str(aid), "--prefer", "ann", user="rex")
    assert code == 1 and "bob have not finished tagging article" in err
    run("status", str(aid), "done", user="bob")

    code, text, _ = run("agreement", user="rex")
    assert code == 0
    assert "ann × bob" in text and "1 tag(s) agreed, 2 disagreement(s) to settle" in text
    assert "中国工商银行长治分行 (institution, 0-10)" in text and "(no tag)" in text
    code, report, _ = run("agreement", "--json", user="rex")
    figure = next(row for row in report["pairs"] if row["kind"] == "figure")
    assert (figure["annotators"], figure["tags"], figure["agreed"]) == (["ann", "bob"], [1, 2], 1)
    assert [d["number"] for d in report["to_settle"][0]["disagreements"]] == [1, 2]

    code, _, err = run("settle", str(aid), "--choose", "1=ann", user="rex")
    assert code == 1 and "disagreement 2 of article" in err and "has no choice" in err
    code, _, err = run("settle", str(aid), "--choose", "one=ann", user="rex")
    assert code == 1 and "is not N=USER" in err
    code, _, err = run("settle", str(aid), "--prefer", "ann", "--role", "editor", user="ann")
    assert code == 1 and "only a reviewer may settle" in err
    code, settled, _ = run("settle", str(aid), "--prefer", "bob", "--choose", "1=ann", "--json", user="rex")
    assert code == 0 and len(settled["added"]) == 3
    tags = run("mentions", str(aid), "--json", user="rex")[1]
    assert [(m["text"], m["annotator"]) for m in tags] == [("中国工商银行长治分行", "ann"), ("王小明", "ann"), ("李华", "bob")]
    assert run("agreement", "--json", user="rex")[1]["to_settle"] == []


def test_assigning_an_article_done_is_refused_in_one_line(run, add_article):
    aid = add_article(TEXT, status="done")
    code, out, err = run("assign", str(aid), "--to", "ann", "--to", "bob", user="rex")
    assert (code, out) == (1, "")
    assert err.strip().splitlines() == [f"curator: error: article {aid} is done and waits for review; "
                                         "reopen it before giving it to editors to tag blind"]
    assert run("assign", str(add_article(TEXT + "。")), "--to", "ann", "--to", "bob", user="rex")[0] == 0


def test_agreement_since_a_day_after_the_assignments_is_empty(run, add_article):
    aid = add_article(TEXT)
    run("assign", str(aid), "--to", "ann", "--to", "bob", user="rex")
    code, report, _ = run("agreement", "--since", "2999-01-01", "--json")
    assert code == 0 and (report["articles"], report["pairs"]) == (0, [])
    code, _, err = run("agreement", "--since", "yesterday")
    assert code == 1 and "--since 'yesterday' is not a date" in err


def test_assigning_to_one_editor_is_refused(run, add_article):
    aid = add_article(TEXT)
    code, _, err = run("assign", str(aid), "--to", "ann", user="rex")
    assert code == 1 and "needs two editors or more" in err
