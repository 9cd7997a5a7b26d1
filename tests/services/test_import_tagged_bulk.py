"""A tagged import writes in sets (issue 16, bulk speed): a few statements per chunk of articles,
however many names and mentions the chunk holds, with the registry's rules kept."""

import json
import math
from datetime import datetime

import pytest

from curator.core.types import Kind
from curator.services import changes, library, registry_views, tagging
from curator.services import import_tagged as import_module
from curator.services.import_tagged import CHUNK, import_tagged
from curator.storage.articles import ArticleFilter
from tests.services.test_registry import counts_from_scratch
from tests.services.test_statement_budget import Statements

# Statements a chunk of ten-mention articles may send: a dozen, and a few more look-ups of names
# and ids in IN lists of 500. It took 4,381 for 1,000 articles, one or more per name.
PER_CHUNK = 20
INSTITUTIONS = ("中国工商银行", "中國工商銀行", "农业银行", "農業銀行", "长治分行")
FIGURES = ("孙洪卫", "孫洪衛", "王小明")


def name_of(number: int) -> tuple[str, str]:
    """The `number`th label's (label, name): a few names over and over, in both scripts, and many rare ones."""
    if number % 3 == 0:
        return "ORG", INSTITUTIONS[number // 3 % len(INSTITUTIONS)]
    if number % 3 == 1:
        return "PER", FIGURES[number // 3 % len(FIGURES)]
    return "ORG", f"第{number % 997}号银行"


def write_tagged(path, count: int, *, per_article: int = 10) -> None:
    with open(path, "w", encoding="utf-8") as out:
        for number in range(count):
            body, labels = "", []
            for k in range(per_article):
                label, name = name_of(number * per_article + k)
                body += "据报道，"
                labels.append([len(body), len(body) + len(name), label])
                body += name
            record = {"text": f"{body}（第{number}篇）", "label": labels, "published": f"2024-{number % 12 + 1:02d}-01"}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


@pytest.mark.parametrize("count", [CHUNK, 2 * CHUNK])
def test_a_tagged_import_sends_a_few_statements_per_chunk(db, add_article, tmp_path, count):
    article_id = add_article("工商银行的孙洪卫说")  # names the library knows already, one of them by another spelling
    tagging.tag_mention(db, article_id=article_id, start=0, end=4, kind=Kind.INSTITUTION, user="ann")
    tagging.tag_mention(db, article_id=article_id, start=5, end=8, kind=Kind.FIGURE, user="ann")
    path = tmp_path / "tagged.jsonl"
    write_tagged(path, count)
    statements = Statements(db)
    report = import_tagged(db, path, user="imp")
    assert (report.imported, report.mentions) == (count, count * 10)
    chunks = math.ceil(count / CHUNK)
    assert len(statements.sent) <= PER_CHUNK * chunks, f"{len(statements.sent)} statements for {chunks} chunks"
    assert statements.write_transactions() == chunks


def test_a_bulk_import_joins_every_spelling_to_its_entity(db, add_article, tmp_path):
    known = add_article("中国工商银行和孙洪卫")
    tagging.tag_mention(db, article_id=known, start=0, end=6, kind=Kind.INSTITUTION, user="ann")
    path = tmp_path / "tagged.jsonl"
    write_tagged(path, 30)
    report = import_tagged(db, path, user="imp")
    entities = {e["name"]: e for e in registry_views.entities(db)}
    assert entities["中国工商银行"]["aliases"] == ["中國工商銀行"]  # a known name's new spelling joins it
    assert entities["农业银行"]["aliases"] == ["農業銀行"]  # two new spellings in one chunk: the first leads
    assert entities["孙洪卫"]["aliases"] == ["孫洪衛"] and entities["孙洪卫"]["kind"] == "figure"
    assert entities["中国工商银行"]["mentions"] == 1 + sum(
        m.entity == "中国工商银行" for aid in report.articles for m in tagging.article_mentions(db, aid))
    tagging.tag_mention(db, article_id=known, start=7, end=10, kind=Kind.FIGURE, user="ann")  # counted as ever
    kept, expected = counts_from_scratch(db)
    assert kept == expected and len(kept) > 5 and entities["孙洪卫"]["mentions"] + 1 == kept[entities["孙洪卫"]["id"]][0]
    first = library.get_article(db, report.articles[0])
    assert (first.n_institutions, first.n_figures) == (5, 2)  # distinct entities, not spellings


def test_undoing_a_bulk_import_takes_its_counts_back(db, add_article, tmp_path, monkeypatch):
    known = add_article("农业银行")
    tagging.tag_mention(db, article_id=known, start=0, end=4, kind=Kind.INSTITUTION, user="ann")
    path = tmp_path / "tagged.jsonl"
    monkeypatch.setattr(import_module, "CHUNK", 20)
    write_tagged(path, 50)  # three chunks, one batch
    import_tagged(db, path, user="imp")
    changes.undo(db, user="imp")
    assert library.count_articles(db) == 1
    kept, expected = counts_from_scratch(db)
    assert kept == expected and max(n for n, *_ in kept.values()) == 1
    changes.redo(db, user="imp")
    assert library.count_articles(db) == 51
    kept, expected = counts_from_scratch(db)
    assert kept == expected


def test_progress_follows_the_chunks_and_a_cancel_keeps_those_stored(db, tmp_path, monkeypatch):
    path = tmp_path / "tagged.jsonl"
    monkeypatch.setattr(import_module, "CHUNK", 20)
    write_tagged(path, 50)
    seen = []
    report = import_tagged(db, path, user="imp", progress=lambda done, total: seen.append((done, total)),
                           cancel=lambda: len(seen) == 2)
    assert seen == [(20, 0), (40, 0)] and report.cancelled
    assert (report.imported, report.mentions) == (40, 400) == (library.count_articles(db), 10 * len(report.articles))
    kept, expected = counts_from_scratch(db)
    assert kept == expected


def test_worker_processes_give_the_same_library(db, tmp_path, monkeypatch):
    """A big file's texts are tokenized by worker processes, chunks ahead: stored in order, searchable."""
    path = tmp_path / "tagged.jsonl"
    write_tagged(path, 50)
    monkeypatch.setattr(import_module, "CHUNK", 7)
    monkeypatch.setattr(import_module, "READ_BATCH", 3)  # a chunk's texts shared among the workers
    monkeypatch.setattr(import_module, "POOL_BYTES", 0)
    report = import_tagged(db, path, user="imp")
    assert (report.imported, report.mentions) == (50, 500)
    texts = [library.get_article(db, summary.id).text for summary in library.list_articles(db)]
    assert [text.rsplit("第", 1)[1] for text in texts] == [f"{n}篇）" for n in range(50)]  # the file's order
    assert library.index_pending(db) == 0 and library.count_articles(db, ArticleFilter(search="据报道")) == 50


def test_a_malformed_line_read_ahead_stops_the_import_after_the_chunks_before_it(db, tmp_path, monkeypatch):
    path = tmp_path / "tagged.jsonl"
    write_tagged(path, 30)
    with open(path, "a", encoding="utf-8") as out:
        out.write("{not json\n")
    monkeypatch.setattr(import_module, "CHUNK", 10)
    monkeypatch.setattr(import_module, "READ_BATCH", 5)
    monkeypatch.setattr(import_module, "POOL_BYTES", 0)
    with pytest.raises(ValueError, match="31"):
        import_tagged(db, path, user="imp")
    assert library.count_articles(db) == 30  # the three whole chunks before it


def test_an_import_adds_its_counts_and_dates_to_those_the_library_had(db, add_article, tmp_path):
    """The counts are made from the chunk's rows: each entity's new mentions and distinct articles
    added, its dates widened only by dated articles, as the trigger would have."""
    known = add_article("农业银行和孙洪卫", published=datetime(2024, 6, 1))
    tagging.tag_mention(db, article_id=known, start=0, end=4, kind=Kind.INSTITUTION, user="ann")
    tagging.tag_mention(db, article_id=known, start=5, end=8, kind=Kind.FIGURE, user="ann")
    records = [
        {"text": "农业银行与农业银行", "label": [[0, 4, "ORG"], [5, 9, "ORG"]], "published": "2024-03-01"},  # twice, earlier
        {"text": "孙洪卫到农业银行", "label": [[0, 3, "PER"], [4, 8, "ORG"]]},  # undated: the dates stay
        {"text": "长治分行行长", "label": [[0, 4, "ORG"]]},  # a new entity with no date at all
        {"text": "孫洪衛再到长治分行", "label": [[0, 3, "PER"], [5, 9, "ORG"]], "published": "2024-09-30"},
    ]
    path = tmp_path / "tagged.jsonl"
    path.write_text("".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records), encoding="utf-8")
    import_tagged(db, path, user="imp")
    entities = {e["name"]: e for e in registry_views.entities(db)}
    bank, person, branch = entities["农业银行"], entities["孙洪卫"], entities["长治分行"]
    assert (bank["mentions"], bank["articles"]) == (4, 3) and (person["mentions"], person["articles"]) == (3, 3)
    kept, expected = counts_from_scratch(db)
    assert kept == expected
    dates = {entity: tuple(str(date)[:10] for date in counts[2:]) for entity, counts in kept.items()}  # engines differ in type
    assert dates[bank["id"]] == ("2024-03-01", "2024-06-01") and dates[person["id"]] == ("2024-06-01", "2024-09-30")
    assert dates[branch["id"]] == ("2024-09-30", "2024-09-30")
