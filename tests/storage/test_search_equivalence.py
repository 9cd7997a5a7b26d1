"""The index finds exactly what the scan finds, on a generated library of 10,000 articles.

The scan (every article read, script and width folded) is what a search means; the index is how it
is answered fast. Any query the index answers differently is a bug of the index: this compares them
over words, characters, pieces across punctuation, Latin words, traditional and full-width forms.
"""

import hashlib
import random
import re

import opencc
import pytest
from sqlalchemy import text

from curator.core.clock import now
from curator.ingest import read_article
from curator.services import library
from curator.storage.articles import ArticleFilter, insert_articles
from tests.shared_data import shared

ARTICLES = 10_000
QUERIES = 120


def seed_paragraphs() -> list[str]:
    return [p for path in sorted(shared("seeds").iterdir()) for p in read_article(path).text.split("\n") if len(p) > 20]


def generated_rows(count: int) -> list[dict]:
    """Articles of the seeds' paragraphs in random order; every tenth in traditional script, every
    seventh with full-width letters and digits, some with a name split by punctuation."""
    rng, paragraphs, to_traditional = random.Random(16), seed_paragraphs(), opencc.OpenCC("s2t")
    stamp, rows = now(), []
    for number in range(count):
        body = "\n".join(rng.choice(paragraphs) for _ in range(rng.randint(1, 4)))
        if number % 7 == 0:
            body += f"代码ＡＢＣ{number % 50}上市，Ａ股同日公布。"
        if number % 13 == 0:
            body += "工商银行，行长讲话；ABC-123。"
        script = "simplified"
        if number % 10 == 0:
            body, script = to_traditional.convert(body), "traditional"
        title = f"第{number}号：{body[:12]}"
        rows.append({
            "title": title, "text": body, "source": None, "url": None, "author": None, "published": None,
            "script": script, "format": "txt", "file": None, "chars": len(body),
            "content_hash": hashlib.sha256(f"{number}{body}".encode()).hexdigest(), "status": "new",
            "imported_at": stamp, "updated_at": stamp, "n_institutions": 0, "n_figures": 0, "indexed": False,
        })
    return rows


def queries(rows: list[dict], count: int) -> list[str]:
    """Pieces of the texts (1 to 6 characters, punctuation included), and forms the search folds."""
    rng = random.Random(61)
    pieces = set()
    while len(pieces) < count:
        body = rng.choice(rows)["text"]
        start, size = rng.randrange(len(body)), rng.choice([1, 2, 2, 3, 4, 6])
        piece = body[start : start + size]
        if piece.strip() and not re.search(r"\s", piece):
            pieces.add(piece)
    return sorted(pieces) + ["银行长", "ABC-123", "ABC", "ＡＢＣ", "abc", "A股", "銀行", "银行 行长", "龘", "量子引力"]


def found(db, query: str) -> list[int]:
    return [a.id for a in library.list_articles(db, ArticleFilter(search=query))]


@pytest.fixture(scope="module")
def big_library(tmp_path_factory):
    from curator.storage.db import open_database

    db = open_database(tmp_path_factory.mktemp("equivalence") / "library.db")
    rows = generated_rows(ARTICLES)
    with db.writing() as session:
        insert_articles(session, rows)
    assert library.index_all(db) == ARTICLES
    yield db, rows
    db.close()


def test_the_index_finds_what_the_scan_finds(big_library):
    db, rows = big_library
    asked = queries(rows, QUERIES)
    by_index = {query: found(db, query) for query in asked}
    counted = {query: library.count_articles(db, ArticleFilter(search=query)) for query in asked}
    assert counted == {query: len(ids) for query, ids in by_index.items()}  # the index's own count agrees
    with db.writing() as session:
        session.execute(text("UPDATE article SET indexed = false"))  # every article answered by the scan
    try:
        differ = {query: (by_index[query], found(db, query)) for query in asked if by_index[query] != found(db, query)}
    finally:
        with db.writing() as session:
            session.execute(text("UPDATE article SET indexed = true"))
    assert differ == {}
    # Positive controls: most queries find something, some find many, some nothing.
    assert sum(bool(ids) for ids in by_index.values()) > QUERIES * 0.9
    assert max(len(ids) for ids in by_index.values()) > ARTICLES // 10
    assert by_index["量子引力"] == [] and len(by_index["ABC-123"]) == len(range(0, ARTICLES, 13))
