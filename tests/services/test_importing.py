"""The import pipeline: folders, duplicates, failures, worker processes, progress and cancel."""

from curator.services import import_reading, importing, library


def write(folder, count, *, prefix="稿件"):
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        (folder / f"{prefix}{i:03d}.txt").write_text(f"{prefix}第{i}篇\n\n{prefix}：山西银行阳泉分行第{i}次发布公告。", encoding="utf-8")


def test_folders_are_read_recursively_and_unknown_types_skipped(db, tmp_path):
    write(tmp_path / "a", 2)
    write(tmp_path / "a" / "deeper", 1, prefix="深层")
    (tmp_path / "a" / "table.xlsx").write_bytes(b"PK")
    report = importing.import_paths(db, [tmp_path / "a"], user="ann", workers=1)
    assert (report.imported, report.failed) == (3, [])


def test_a_named_file_of_unknown_type_is_reported(db, tmp_path):
    path = tmp_path / "table.xlsx"
    path.write_bytes(b"PK")
    report = importing.import_paths(db, [path], user="ann", workers=1)
    assert [f.error for f in report.failed] == ["unsupported file type: .xlsx"]


def test_same_text_twice_in_one_batch_is_one_article(db, tmp_path):
    for name in ("one.txt", "two.txt"):
        (tmp_path / name).write_text("同一篇\n\n内容完全相同。", encoding="utf-8")
    report = importing.import_paths(db, [tmp_path], user="ann", workers=1)
    assert (report.imported, report.duplicates) == (1, 1)


def test_worker_processes_give_the_same_library(db, tmp_path):
    count = import_reading.POOL_THRESHOLD + 6
    write(tmp_path / "many", count)
    report = importing.import_paths(db, [tmp_path / "many"], user="ann", workers=2)
    assert (report.imported, report.failed) == (count, [])
    titles = [a.title for a in library.list_articles(db)]
    assert titles == [f"稿件第{i}篇" for i in range(count)]  # file order kept


def test_an_import_is_searchable_when_it_returns(db, tmp_path):
    """The index used to be filled afterwards, in the background: ten silent seconds at 10,000 articles."""
    from curator.storage.articles import ArticleFilter

    count = import_reading.POOL_THRESHOLD + 6  # through the worker processes, which make the tokens
    write(tmp_path / "s", count)
    importing.import_paths(db, [tmp_path / "s"], user="ann", workers=2)
    assert all(library.get_article(db, a.id).indexed for a in library.list_articles(db))
    assert library.count_articles(db, ArticleFilter(search="阳泉分行")) == count
    assert library.count_articles(db, ArticleFilter(search="第7次")) == 1
    assert library.index_all(db) == 0  # nothing left for the background indexer


def test_progress_reaches_the_total(db, tmp_path):
    write(tmp_path / "p", 5)
    seen = []
    importing.import_paths(db, [tmp_path / "p"], user="ann", workers=1, progress=lambda done, total: seen.append((done, total)))
    assert seen[0] == (0, 5) and seen[-1] == (5, 5)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_cancel_keeps_what_was_committed(db, tmp_path):
    write(tmp_path / "c", importing.CHUNK + 10)
    polls = iter(range(10**6))
    # Ask to stop once the first chunk has been read: it is committed, the rest is not read.
    report = importing.import_paths(db, [tmp_path / "c"], user="ann", workers=1, cancel=lambda: next(polls) >= importing.CHUNK - 1)
    assert report.cancelled
    assert report.imported == importing.CHUNK == library.count_articles(db)


def test_an_import_is_in_the_history_and_undone_and_redone_as_a_whole(db, tmp_path):
    """Undo takes the whole import; another user's tag in one of its articles since keeps it
    (test_conflicts.py: undo never undoes another user's work)."""
    from curator.core.types import Kind
    from curator.services import changes, history, tagging

    write(tmp_path / "h", 3)
    before = library.count_articles(db)
    report = importing.import_paths(db, [tmp_path / "h"], user="ann", workers=1)
    first = report.articles[0]
    (event,) = history.article_history(db, first)
    assert (event["action"], event["user"], event["batch"]) == ("article_imported", "ann", report.batch)
    tagging.tag_mention(db, article_id=first, start=0, end=2, kind=Kind.INSTITUTION, user="ann")

    assert changes.undo(db, user="ann", article_id=first).removed  # Ctrl+Z in one article: ann's tag,
    assert changes.undo(db, user="ann", article_id=first) is None  # never the rest of the import
    change = changes.undo(db, user="ann")  # `curator undo`: the whole import goes
    assert sorted(change.deleted_articles) == sorted(report.articles)
    assert library.count_articles(db) == before

    change = changes.redo(db, user="ann")
    assert sorted(change.restored_articles) == sorted(report.articles)
    assert library.count_articles(db) == before + 3
    assert changes.redo(db, user="ann").added  # then the tag undone before it
    assert [m.surface for m in tagging.article_mentions(db, first)] == [library.get_article(db, first).text[:2]]


def test_workers_read_ahead_before_the_library_is_asked_for(tmp_path):
    """The command line starts the reading, then opens the library: the files are being read
    meanwhile, with no library at all."""
    write(tmp_path / "ahead", import_reading.POOL_THRESHOLD)
    with import_reading.Reading([tmp_path / "ahead"], workers=2) as reading:
        reading._work._starting.join()
        _names, first = reading._work._pending[0]
        assert [p.article.title for p in first.result(timeout=60)][:2] == ["稿件第0篇", "稿件第1篇"]  # read unasked
        assert [p.article.title for p in reading][-1] == f"稿件第{import_reading.POOL_THRESHOLD - 1}篇"
