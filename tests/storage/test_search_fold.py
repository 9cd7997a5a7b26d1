"""The search folds script and width: 银行 finds 銀行 and ABC123 finds ＡＢＣ１２３, and the other way
round, in articles indexed or not yet indexed; a simplified query finds what it found before."""

import random
import re

import pytest
from sqlalchemy import text

from curator.core.script import to_simplified
from curator.services import importing, library
from curator.storage.articles import ArticleFilter
from tests.shared_data import shared


def found(db, text: str) -> list[int]:
    return sorted(a.id for a in library.list_articles(db, ArticleFilter(search=text)))


@pytest.fixture
def articles(db, add_article):
    return {
        "traditional": add_article("工商銀行鄭州分行發放貸款，於本月到位。", title="鄭州消息", script="traditional"),
        "simplified": add_article("农业银行长治分行发放贷款。", title="长治消息"),
        "wide": add_article("代码ＡＢＣ１２３上市，Ａ股与ＬＰＲ同日公布。", title="行情"),
        "plain": add_article("代码ABC123上市，A股与LPR同日公布。", title="行情二"),
        "surname": add_article("於先生在邮政申诉中心工作。", title="人物"),  # 於 as a simplified surname
    }


@pytest.mark.parametrize("indexed", [False, True], ids=["scanned", "indexed"])
@pytest.mark.parametrize("query, expected", [
    ("银行", ["traditional", "simplified"]),
    ("銀行", ["traditional", "simplified"]),
    ("分行发放贷款", ["traditional", "simplified"]),
    ("分行發放貸款", ["traditional", "simplified"]),
    ("郑州", ["traditional"]),
    ("鄭州 发放", ["traditional"]),
    ("发", ["traditional", "simplified"]),  # a lone character, 發 in one and 发 in the other
    ("ABC123", ["wide", "plain"]),
    ("abc123", ["wide", "plain"]),
    ("ＡＢＣ１２３", ["wide", "plain"]),
    ("lpr", ["wide", "plain"]),
    ("A股", ["wide", "plain"]),  # a lone Han character beside a letter: the index narrows, the scan decides
    ("Ａ股", ["wide", "plain"]),
    ("於", ["traditional", "surname"]),
    ("于", ["traditional"]),  # 於 is simplified too: the surname is not 于
    ("贷款 邮政", []),
])
def test_script_and_width_are_folded(db, articles, indexed, query, expected):
    if indexed:
        assert library.index_all(db) == len(articles)
    assert found(db, query) == sorted(articles[name] for name in expected)


@pytest.mark.parametrize("indexed", [False, True], ids=["scanned", "indexed"])
def test_on_postgresql_only_traditional_articles_are_folded_in_python(db, articles, indexed, monkeypatch):
    """PostgreSQL read every candidate article holding a full-width letter into Python to fold it
    (LPR: 2.6 s for the first page at 100,000 articles); a simplified one is folded in SQL now."""
    from curator.storage import scan

    if db.engine.dialect.name != "postgresql":
        pytest.skip("SQLite calls the scan's function on each row")
    if indexed:
        library.index_all(db)
    read = []
    real = scan.contains
    monkeypatch.setattr(scan, "contains", lambda title, *rest: read.append(title) or real(title, *rest))
    assert found(db, "ＬＰＲ") == sorted([articles["wide"], articles["plain"]])
    assert found(db, "Ａ股") == sorted([articles["wide"], articles["plain"]])
    assert set(read) <= {"鄭州消息"}  # the traditional article, which may hold ＬＰＲ only once simplified
    read.clear()
    assert found(db, "鄭州分行") == [articles["traditional"]] and read == ["鄭州消息"]  # positive control


def test_a_traditional_article_is_indexed_in_simplified_script(db, articles):
    """Positive control for the index: after indexing, only the index answers a two-character word
    (the stored text changed behind its back), and still the simplified word finds the traditional
    article."""
    from sqlalchemy import text

    library.index_all(db)
    with db.writing() as session:
        session.execute(text("UPDATE article SET text = '无关', title = '无关' WHERE id = :id"),
                        {"id": articles["traditional"]})
    assert found(db, "郑州") == [articles["traditional"]]


@pytest.fixture
def seeds(db):
    report = importing.import_paths(db, [shared("seeds")], user="ann")
    assert report.imported == 5
    with_text = [library.get_article(db, row.id) for row in library.list_articles(db)]
    assert sorted(a.script for a in with_text) == ["simplified"] * 4 + ["traditional"]  # the seeds hold both
    return with_text


def simplified_queries(articles, count: int) -> list[str]:
    """Words, characters and longer pieces of the simplified seeds' Han runs."""
    runs = [run for a in articles if a.script == "simplified" for run in re.findall(r"[\u4e00-\u9fff]+", a.text)]
    pieces = {run[i : i + size] for run in runs for size in (1, 2, 3, 5) for i in range(0, len(run) - size + 1, 7)}
    return random.Random(14).sample(sorted(pieces), count)


def holding(articles, query: str) -> list[int]:
    """What the search found before it folded, in the simplified seeds; and the traditional seed when its
    simplified reading holds the query."""
    def holds(a):
        text = f"{a.title}\n{a.text}"
        return query in (to_simplified(text) if a.script == "traditional" else text)

    return sorted(a.id for a in articles if holds(a))


@pytest.mark.parametrize("indexed", [False, True], ids=["scanned", "indexed"])
def test_simplified_queries_find_what_they_found_before(db, seeds, indexed):
    assert all(a.indexed for a in seeds)  # the import made them searchable
    if not indexed:  # as after an upgrade of the index, before the background indexer ran
        with db.writing() as session:
            session.execute(text("UPDATE article SET indexed = false"))
    queries = simplified_queries(seeds, 150)
    differ = {q: (found(db, q), holding(seeds, q)) for q in queries if found(db, q) != holding(seeds, q)}
    assert differ == {}
    # Positive controls: many queries find several seeds, and some the traditional one.
    (traditional,) = [a.id for a in seeds if a.script == "traditional"]
    assert sum(len(holding(seeds, q)) > 1 for q in queries) >= 20
    assert sum(traditional in holding(seeds, q) for q in queries) >= 5
