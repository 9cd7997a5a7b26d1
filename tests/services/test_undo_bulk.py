"""Deleting articles, and undoing and redoing an import or a deletion, work in sets (issue 16, bulk speed): a few statements per IN_LIST
articles, however many articles and tags, with everything put back as it was. One statement per
article or more made undoing a 10,000-article import take two minutes."""

import math

import pytest
from sqlalchemy import text

from curator.core.types import Kind
from curator.services import changes, deletion, library, tagging
from curator.services.import_tagged import import_tagged
from curator.storage import search
from curator.storage.db import IN_LIST
from tests.services.test_import_tagged_bulk import write_tagged
from tests.services.test_registry import counts_from_scratch
from tests.services.test_statement_budget import Statements

PER_LIST = 25  # statements a list of articles may send, each way (it took 11 an article)
TABLES = {  # what an undo and its redo must leave as it was: every column but the articles' version
    "article": "SELECT id, title, text, source, published, script, content_hash, status, n_institutions, n_figures"
               " FROM article ORDER BY id",
    "mention": "SELECT * FROM mention ORDER BY id",
    "entity": "SELECT * FROM entity ORDER BY id",
}


def library_rows(db) -> dict[str, list]:
    with db.session() as session:
        return {name: [tuple(row) for row in session.execute(text(query))] for name, query in TABLES.items()}


def indexed_rows(db) -> int:
    """The articles the search index holds tokens of."""
    table = "article_fts_docsize" if db.engine.dialect.name == "sqlite" else "article_search"
    with db.session() as session:
        return session.execute(text(f"SELECT count(*) FROM {table}")).scalar()


@pytest.fixture
def imported(db, add_article, tmp_path):
    """A library with a tagged article of its own, then 1,200 tagged articles imported by `imp`
    (three IN lists): their names shared with the first, their dates before and after its."""
    known = add_article("农业银行和孙洪卫", published=None)
    tagging.tag_mention(db, article_id=known, start=0, end=4, kind=Kind.INSTITUTION, user="ann")
    path = tmp_path / "tagged.jsonl"
    write_tagged(path, 1200)
    report = import_tagged(db, path, user="imp")
    assert report.imported == 1200
    return report


def test_undo_and_redo_of_an_import_send_a_few_statements_per_list_of_articles(db, imported):
    lists = math.ceil(len(imported.articles) / IN_LIST)
    statements = Statements(db)
    changes.undo(db, user="imp")
    assert len(statements.sent) <= PER_LIST * lists, f"{len(statements.sent)} statements to undo {lists} lists"
    statements.clear()
    changes.redo(db, user="imp")
    assert len(statements.sent) <= PER_LIST * lists, f"{len(statements.sent)} statements to redo {lists} lists"


def test_deleting_articles_and_undoing_it_send_a_few_statements_per_list_of_articles(db, imported):
    before = library_rows(db)
    lists = math.ceil(len(imported.articles) / IN_LIST)
    statements = Statements(db)
    change = deletion.delete_articles(db, article_ids=imported.articles, user="ann")
    assert len(statements.sent) <= PER_LIST * lists, f"{len(statements.sent)} statements to delete {lists} lists"
    assert sorted(change.deleted_articles) == imported.articles and len(change.removed) == 12_000
    assert library.count_articles(db) == 1
    kept, expected = counts_from_scratch(db)
    assert kept == expected
    statements.clear()
    changes.undo(db, user="ann")
    assert len(statements.sent) <= PER_LIST * lists, f"{len(statements.sent)} statements to undo {lists} lists"
    assert library_rows(db) == before


def test_undo_takes_the_import_back_and_redo_puts_it_again_as_it_was(db, imported):
    before = library_rows(db)
    assert len(before["mention"]) == 12_001 and len(before["entity"]) > 300
    changes.undo(db, user="imp")
    assert library.count_articles(db) == 1
    kept, expected = counts_from_scratch(db)
    assert kept == expected and max(n for n, *_ in kept.values()) == 1  # the first article's tag alone, undated
    changes.redo(db, user="imp")
    assert library_rows(db) == before
    kept, expected = counts_from_scratch(db)
    assert kept == expected


def test_an_undone_import_leaves_the_search_index_and_redo_brings_it_back(db, imported):
    with db.session() as session:
        search.index_pending(session, limit=10_000)
    found = library.list_articles(db, library.ArticleFilter(search="银行"))
    assert len(found) == 1201 and indexed_rows(db) == 1201  # the library's own article too
    changes.undo(db, user="imp")
    assert [row.id for row in library.list_articles(db, library.ArticleFilter(search="银行"))] == [found[0].id]
    assert indexed_rows(db) == 1  # the undone articles' tokens are gone from the index
    changes.redo(db, user="imp")
    with db.session() as session:
        search.index_pending(session, limit=10_000)
    assert [row.id for row in library.list_articles(db, library.ArticleFilter(search="银行"))] == [row.id for row in found]
