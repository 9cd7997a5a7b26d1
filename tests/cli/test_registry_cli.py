"""The registry on the command line: the JSON of entities and entity, and changes undone by `undo`."""

from tests.shared_data import shared

ENTITY_KEYS = {"id", "kind", "name", "aliases", "parent", "articles", "mentions", "first_seen", "last_seen"}
DETAIL_KEYS = ENTITY_KEYS | {"children", "affiliations", "by_month", "cooccurring"}
MENTION_KEYS = {"id", "article_id", "surface", "start", "end", "context"}


def tag_first(run, article_id: int, name: str) -> None:
    _, article, _ = run("show", str(article_id), "--json")
    start = article["text"].index(name)
    assert run("tag", str(article_id), "--start", str(start), "--end", str(start + len(name)),
               "--kind", "institution", "--json")[0] == 0


def article_saying(run, name: str) -> int:
    _, articles, _ = run("articles", "--json")
    return next(a["id"] for a in articles if name in run("show", str(a["id"]), "--json")[1]["text"])


def test_both_scripts_of_a_bank_in_the_seeds_are_one_entity_with_both_names(run):
    run("import", str(shared("seeds")), "--json")
    tag_first(run, article_saying(run, "工商銀行"), "工商銀行")
    tag_first(run, article_saying(run, "工商银行"), "工商银行")
    code, rows, _ = run("entities", "--search", "工商银行", "--json")
    assert code == 0 and len(rows) == 1 and ENTITY_KEYS <= set(rows[0])
    assert ({rows[0]["name"], *rows[0]["aliases"]}, rows[0]["articles"]) == ({"工商银行", "工商銀行"}, 2)
    code, detail, _ = run("entity", str(rows[0]["id"]), "--json")
    assert code == 0 and DETAIL_KEYS <= set(detail) and len(detail["mentions"]) == 2
    assert all(MENTION_KEYS <= set(m) and m["surface"] in m["context"] for m in detail["mentions"])


def test_a_merge_is_undone_by_undo(run, add_article):
    article = add_article("工商银行和工行今天都开门了。")
    tag_first(run, article, "工商银行")
    tag_first(run, article, "工行")
    _, rows, _ = run("entities", "--json")
    bank, short = (next(r["id"] for r in rows if r["name"] == name) for name in ("工商银行", "工行"))
    code, change, _ = run("merge", str(bank), str(short), "--json")
    assert code == 0 and change["entities"] == sorted([bank, short]) and len(change["updated"]) == 1
    assert [(r["name"], r["aliases"]) for r in run("entities", "--json")[1]] == [("工商银行", ["工行"])]
    assert run("undo", "--json")[0] == 0
    assert sorted(r["name"] for r in run("entities", "--json")[1]) == ["工商银行", "工行"]


def test_refusals_are_one_line(run, add_article):
    article = add_article("工商银行今天开门了。")
    tag_first(run, article, "工商银行")
    code, _, err = run("merge", "1", "1")
    assert code == 1 and err.count("\n") == 1 and "itself" in err
    code, _, err = run("entity", "99")
    assert code == 1 and "no entity with id 99" in err
