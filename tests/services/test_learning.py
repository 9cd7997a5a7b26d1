"""Learning must help, never hurt (issue 11): a library that holds half of the finance set with its
gold tags suggests at least as precisely, and finds more, in the other half than an empty one."""

import json
from pathlib import Path

import pytest

from curator.nlp.evaluate import score_spans
from curator.nlp.gold import GoldArticle, read_gold_dir
from curator.services.import_tagged import import_tagged
from curator.services.suggestions import SuggestionService
from curator.storage.db import open_database
from tests.conftest import article_adder

FINANCE = Path(__file__).resolve().parents[1] / "data" / "finance"


@pytest.fixture(scope="module")
def halves() -> tuple[list[GoldArticle], list[GoldArticle]]:
    articles = list(read_gold_dir(FINANCE))
    assert len(articles) >= 30, "the finance development set is missing"
    return articles[::2], articles[1::2]


def suggested_scores(db, held_out: list[GoldArticle]) -> dict:
    """Scores of the library's suggestions on `held_out`, added to it untagged."""
    service = SuggestionService(db)
    if service.needs_training():
        service.train()  # what the window does in the background once enough is tagged
    add = article_adder(db)
    ids = [add(a.text, title=a.meta.get("title", a.name)) for a in held_out]
    found = [{(s.start, s.end, s.kind) for s in service.suggest(i)} for i in ids]
    return score_spans(({(s, e, k) for s, e, k in a.spans} for a in held_out), found)


def test_tagging_half_the_set_helps_the_other_half(db, tmp_path, halves):
    tagged, held_out = halves
    empty = open_database(tmp_path / "empty.db")
    before = suggested_scores(empty, held_out)
    empty.close()

    team_tags = tmp_path / "team.jsonl"
    team_tags.write_text("".join(
        json.dumps({"text": a.text, "label": [[s, e, str(k)] for s, e, k in a.spans]}, ensure_ascii=False) + "\n"
        for a in tagged), encoding="utf-8")
    report = import_tagged(db, team_tags, user="ann")
    assert report.mentions == sum(len(a.spans) for a in tagged)
    after = suggested_scores(db, held_out)

    for kind in ("institution", "figure"):
        assert after[kind]["precision"] >= before[kind]["precision"], (kind, before[kind], after[kind])
        assert after[kind]["recall"] > before[kind]["recall"], (kind, before[kind], after[kind])
