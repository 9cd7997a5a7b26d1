"""Search benchmark: every kind of query against a library of 100,000 articles.

    python bench/bench_search.py                          # builds 100,000 articles of ~3,000 characters
    python bench/bench_search.py --library /tmp/big.db    # builds it there once, reuses it afterwards
    python bench/bench_search.py --scan                   # as if nothing were indexed yet
    python bench/bench_search.py --postgres               # a library on a private PostgreSQL server
    python bench/bench_search.py --postgres URL           # ... or in the (empty) database at URL

The articles are the seeds' paragraphs in random order (as bench_import writes them), stored
with bare sqlite3 and indexed by Curator's own indexer. Each query is timed the way the window
runs it: the count of matches plus the first page of 100 rows, best of three. The floor is bare
sqlite3 counting the same phrase in the FTS5 index. Target: every query within 1 s (issue 14, item 9).

With --postgres the library is on a PostgreSQL server (issue 15, target ≤ 100 ms for a query at
100,000 articles), and the floor is psycopg counting the same match in the tsvector index.

With --scan every article is marked not yet indexed while the queries run, as right after an import
or an upgrade of the index: the search then scans, folding script and width, and the floor is bare
sqlite3 counting the articles whose title or text is LIKE the query.
"""

import argparse
import random
import sqlite3
import sys
import tempfile
import time
from contextlib import contextmanager, nullcontext
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import psycopg  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from bench.bench_import import seed_paragraphs  # noqa: E402
from curator.core.fold import query_forms  # noqa: E402
from curator.services import library  # noqa: E402
from curator.storage.articles import ArticleFilter  # noqa: E402
from curator.storage.db import open_database  # noqa: E402
from curator.core.search_limits import MAX_QUERY_TERMS  # noqa: E402
from curator.core.search_query import index_query  # noqa: E402

TARGET_SECONDS = 1.0
PAGE_TARGET_SECONDS = 0.030  # the first page of a two-character word (issue 16)
POSTGRES_TARGET_SECONDS = 0.100  # any query at 100,000 articles on PostgreSQL (issue 15)
STAMP = "2026-01-05 08:30:00.000000"
QUERIES = {
    "common word": "银行",
    "rarer word": "大宁",
    "long phrase": "普惠金融",
    "two words": "银行 贷款",
    "common lone character": "的",
    "absent lone character": "龘",
    "Latin word": "LPR",
    "no match": "量子引力",
    "traditional word": "銀行",
    "full-width word": "ＬＰＲ",
    f"{MAX_QUERY_TERMS} words": " ".join(["银行", "贷款", "支行", "县委"] * (MAX_QUERY_TERMS // 4)),
}


def generated_articles(count: int):
    """(title, text, content hash, chars) of `count` articles of about 3,000 characters, 5,000 at a time."""
    paragraphs, rng = seed_paragraphs(), random.Random(7)
    for first in range(0, count, 5000):
        rows = []
        for number in range(first, min(first + 5000, count)):
            body, size = [], 0
            while size < 3000:
                body.append(rng.choice(paragraphs))
                size += len(body[-1])
            text = "\n".join(body)
            rows.append((f"第{number}号稿件：{body[0][:20]}", text, f"bench-{number}", len(text)))
        yield rows


def build(path: Path, count: int) -> None:
    """`count` articles of about 3,000 characters, inserted in bulk, then indexed by Curator."""
    open_database(path).close()  # the schema, through the real migrations
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA synchronous = OFF")
    for rows in generated_articles(count):
        connection.executemany(
            "INSERT INTO article (title, text, source, published, script, format, content_hash, chars, status,"
            " imported_at, updated_at, n_institutions, n_figures, indexed)"
            " VALUES (?, ?, '测试日报', NULL, 'simplified', 'txt', ?, ?, 'new', ?, ?, 0, 0, 0)",
            [(*row, STAMP, STAMP) for row in rows])
        connection.commit()
    connection.close()
    index(open_database(path), count)


def build_postgres(url: str, count: int) -> None:
    """The same articles in a library on a PostgreSQL server, inserted with psycopg, indexed by Curator."""
    open_database(url).close()
    with psycopg.connect(make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)) as connection:
        for rows in generated_articles(count):
            with connection.cursor() as cursor:
                cursor.executemany(
                    "INSERT INTO article (title, text, source, published, script, format, content_hash, chars, status,"
                    " imported_at, updated_at, n_institutions, n_figures, indexed)"
                    " VALUES (%s, %s, '测试日报', NULL, 'simplified', 'txt', %s, %s, 'new', now(), now(), 0, 0, false)",
                    rows)
            connection.commit()
    index(open_database(url), count)
    with psycopg.connect(make_url(url).set(drivername="postgresql").render_as_string(hide_password=False),
                         autocommit=True) as connection:
        connection.execute("VACUUM ANALYZE")  # what autovacuum does soon after a big import


def index(db, count: int) -> None:
    started = time.perf_counter()
    indexed = library.index_all(db)
    print(f"built {count:,} articles; indexed {indexed:,} at {indexed / (time.perf_counter() - started):,.0f} articles/s")
    db.close()


def best_of_three(run) -> tuple[float, object]:
    timings, result = [], None
    for _ in range(3):
        started = time.perf_counter()
        result = run()
        timings.append(time.perf_counter() - started)
    return min(timings), result


def window_query(db, text: str) -> tuple[int, list]:
    query = ArticleFilter(search=text)
    return library.count_articles(db, query), library.list_articles(db, query, limit=100)


def exact_match(text: str) -> str | None:
    """The index's match for each term in every form it is looked up in (銀行 and 银行), or None
    when the index alone cannot answer the query."""
    forms = [query_forms(term).for_article(traditional=True) for term in text.split()]
    queries = [[index_query(form) for form in term] for term in forms]
    if not all(exact for term in queries for _query, exact in term):
        return None
    return " AND ".join("(" + " OR ".join(f"({query})" for query, _exact in term) + ")" for term in queries)


def floor_query(connection: sqlite3.Connection, text: str) -> float | None:
    """The index look-ups alone."""
    match = exact_match(text)
    if match is None:
        return None
    sql = "SELECT count(*) FROM article_fts WHERE article_fts MATCH ?"
    return best_of_three(lambda: connection.execute(sql, (match,)).fetchone())[0]


def floor_scan(connection: sqlite3.Connection, text: str) -> float:
    terms = text.split()
    sql = "SELECT count(*) FROM article WHERE " + " AND ".join(["(title LIKE ? OR text LIKE ?)"] * len(terms))
    patterns = [f"%{term}%" for term in terms for _column in (0, 1)]
    return best_of_three(lambda: connection.execute(sql, patterns).fetchone())[0]


@contextmanager
def unindexed(connection: sqlite3.Connection):
    """Every article marked not yet indexed for the time being (the index itself stays as it is)."""
    connection.execute("UPDATE article SET indexed = 0")
    connection.commit()
    try:
        yield
    finally:
        connection.execute("UPDATE article SET indexed = 1")
        connection.commit()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=100_000, help="articles to build (default 100,000)")
    parser.add_argument("--library", type=Path, help="keep the built library here and reuse it")
    parser.add_argument("--scan", action="store_true", help="time the scan: every article as not yet indexed")
    parser.add_argument("--postgres", nargs="?", const="", metavar="URL",
                        help="the library on PostgreSQL: an empty database at URL, or a private server")
    args = parser.parse_args()
    if args.postgres is not None:
        return on_postgres(args.postgres, args.n)
    with tempfile.TemporaryDirectory() as tmp:
        path = args.library or Path(tmp) / "library.db"
        if not path.exists():
            build(path, args.n)
        db = open_database(path)
        connection = sqlite3.connect(path)
        print(f"{library.count_articles(db):,} articles; best of three, count + first page of 100; target ≤ {TARGET_SECONDS} s")
        with unindexed(connection) if args.scan else nullcontext():
            time_queries(db, connection, floor_scan if args.scan else floor_query)
        connection.close()
        db.close()
    return 0


def on_postgres(url: str, count: int) -> int:
    from tests.postgres_server import Databases, PrivateServer

    server = None if url else PrivateServer()
    databases = None if url else Databases(server.url)
    try:
        url = url or databases.new()
        build_postgres(url, count)
        db = open_database(url)
        with psycopg.connect(make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)) as connection:
            print(f"{library.count_articles(db):,} articles on PostgreSQL; best of three, count + first page of 100;"
                  f" target ≤ {POSTGRES_TARGET_SECONDS * 1000:.0f} ms")
            time_queries(db, connection, floor_postgres)
        db.close()
    finally:
        if server is not None:
            server.stop()
    return 0


def floor_postgres(connection, text: str) -> float | None:
    """psycopg counting the articles whose tokens hold the match, as the index alone answers it."""
    from curator.storage.search import _TsvectorIndex

    match = exact_match(text)
    if match is None:
        return None
    sql = "SELECT count(*) FROM article_search WHERE tokens @@ CAST(%s AS tsquery)"
    query = _TsvectorIndex().tsquery(match)
    return best_of_three(lambda: connection.execute(sql, (query,)).fetchone())[0]


def time_queries(db, connection: sqlite3.Connection, floor_of) -> None:
    print(f"{'query':<22}{'matches':>10}{'count+page':>12}{'page':>10}{'floor':>10}   (page target ≤ "
          f"{PAGE_TARGET_SECONDS * 1000:.0f} ms for a two-character word)")
    for name, text in QUERIES.items():
        seconds, (matched, _page) = best_of_three(lambda t=text: window_query(db, t))
        page, _rows = best_of_three(lambda t=text: library.list_articles(db, ArticleFilter(search=t), limit=100))
        floor = floor_of(connection, text)
        floor_text = "—" if floor is None else f"{floor:.3f} s"
        print(f"{name:<22}{matched:>10,}{seconds:>10.3f} s{page:>8.3f} s{floor_text:>10}")


if __name__ == "__main__":
    sys.exit(main())
