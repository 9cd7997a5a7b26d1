import pytest
from sqlalchemy import text

from curator.services import library
from curator.storage.articles import ArticleFilter


@pytest.fixture
def articles(db, add_article):
    ids = {
        "bank": add_article("山西银行阳泉分行开业以来服务地方经济。", title="汇聚金融活水", source="阳泉日报"),
        "post": add_article("省邮政业消费者申诉中心受理申诉。", title="邮政申诉通报", source="山西日报"),
        "pay": add_article("普惠金融推进月活动在长治开展。", title="普惠金融", source="山西日报", status="done"),
    }
    return ids


def titles(db, **query):
    return sorted(a.title for a in library.list_articles(db, ArticleFilter(**query)))


@pytest.mark.parametrize("indexed", [False, True])
def test_two_character_word_search(db, articles, indexed):
    if indexed:
        assert library.index_all(db) == 3
    assert titles(db, search="银行") == ["汇聚金融活水"]
    assert titles(db, search="金融") == ["普惠金融", "汇聚金融活水"]
    assert titles(db, search="申诉中心") == ["邮政申诉通报"]
    assert titles(db, search="中心 银行") == []


def test_single_character_and_title_search(db, articles):
    library.index_all(db)
    assert titles(db, search="邮") == ["邮政申诉通报"]
    assert titles(db, search="活水") == ["汇聚金融活水"]


def test_the_index_finds_letters_whatever_their_case(db, add_article):
    """The index holds its tokens lower-cased and folds the terms alike: FTS5's ascii tokenizer
    folds ASCII letters only, so À and à must already be one token (fold_case)."""
    add_article("瑞士ÉCOLE银行与Lpr利率。", title="外资")
    library.index_all(db)
    for term in ("éc", "Éc", "ÉC", "LP", "lpr", "École"):
        assert titles(db, search=term) == ["外资"], term


def test_search_text_with_like_wildcards_is_literal(db, articles):
    assert titles(db, search="%") == []


def test_status_and_source_filters(db, articles):
    assert titles(db, status="done") == ["普惠金融"]
    assert titles(db, source="山西日报") == ["普惠金融", "邮政申诉通报"]
    assert library.count_articles(db, ArticleFilter(source="山西日报", search="金融")) == 1
    assert library.sources(db) == ["山西日报", "阳泉日报"]


def test_sorting_and_paging(db, articles):
    rows = library.list_articles(db, order_by="title", descending=True, offset=1, limit=1)
    assert [r.title for r in rows] == ["汇聚金融活水"]


def test_indexing_in_a_separate_process(db, articles):
    seen = []
    assert library.index_all_in_process(db, progress=lambda *report: seen.append(report), report_seconds=0) == 3
    assert seen[0] == (0, 3) and seen[-1] == (3, 3)  # the window shows how far it is
    assert library.index_pending(db) == 0
    assert titles(db, search="银行") == ["汇聚金融活水"]


def test_no_process_starts_when_nothing_waits_for_the_index(db, articles, monkeypatch):
    """Every window asks for indexing at its start; a process pool took ~1.8 s for nothing (issue 12)."""
    library.index_all(db)
    started = []
    monkeypatch.setattr(library, "helper_context", lambda *args: started.append(args))
    assert library.index_all_in_process(db) == 0
    assert started == []


def test_cancelled_process_indexing_indexes_nothing_more(db, articles):
    assert library.index_all_in_process(db, cancel=lambda: True) == 0
    assert library.index_all(db) == 3


@pytest.mark.parametrize("indexed", [False, True])
def test_a_lone_character_is_found_wherever_it_stands_in_its_run(db, add_article, indexed):
    add_article("支行今日开业。", title="一")  # 支 begins a run
    add_article("开设新的支行。", title="二")  # 行 ends a run
    add_article("A股、B股行情。", title="三")  # 股 is a run of its own (A股), and ends one (B股行情 has 情)
    if indexed:
        assert library.index_all(db) == 3
    assert titles(db, search="支") == ["一", "二"]
    assert titles(db, search="行") == ["一", "三", "二"]
    assert titles(db, search="股") == ["三"]
    assert titles(db, search="情") == ["三"]
    assert titles(db, search="龘") == []


@pytest.mark.parametrize("char", ["的", "設", "鑫"], ids=["common", "common, traditional", "rare"])
def test_a_lone_character_is_answered_by_the_index(db, add_article, char):
    """Indexed articles are not scanned: a text the index does not hold is not found by the character.
    A common character is looked up in the article's list of them, a rare one by prefix."""
    article_id = add_article(f"開{char}新的支行，另有{char}字。", title="二")
    library.index_all(db)
    with db.writing() as session:  # the stored text changed behind the index's back: only the index answers
        session.execute(text("UPDATE article SET text = '无关' WHERE id = :id"), {"id": article_id})
    assert titles(db, search=char) == ["二"]
    assert titles(db, search="龘") == []


@pytest.mark.parametrize("indexed", [False, True], ids=["scanned", "indexed"])
def test_a_phrase_does_not_span_punctuation(db, add_article, indexed):
    """The index read 银行，行长 as the bigrams 银行 行长, the phrase of 银行长, which the text does not hold."""
    add_article("工商银行，行长讲话。")
    add_article("编号ABC 123。")
    if indexed:
        library.index_all(db)
    assert titles(db, search="银行长") == [] and titles(db, search="ABC-123") == []
    assert titles(db, search="银行") == ["标题"] and titles(db, search="ABC 123") == ["标题"]


def test_indexing_what_waits_reports_its_progress(db, add_article):
    for number in range(3):
        add_article(f"第{number}篇：银行发放贷款。")
    seen = []
    assert library.index_all(db, progress=lambda done, total: seen.append((done, total))) == 3
    assert seen == [(0, 3), (3, 3)]
    seen.clear()
    assert library.index_all(db, progress=lambda done, total: seen.append((done, total))) == 0
    assert seen == []  # nothing waited: nothing to report


def test_a_page_of_what_the_index_answers_alone(db, add_article):
    """Counted and paged by the index itself when it answers alone: the same rows, in id order either way."""
    ids = [add_article(f"第{number}篇：银行发放贷款。", title=f"稿{number}") for number in range(6)]
    add_article("无关的文字。")
    library.index_all(db)
    query = ArticleFilter(search="银行")
    assert library.count_articles(db, query) == 6
    assert [a.id for a in library.list_articles(db, query, offset=1, limit=2)] == ids[1:3]
    assert [a.id for a in library.list_articles(db, query, descending=True, limit=2)] == ids[:-3:-1]
    assert [a.id for a in library.list_articles(db, ArticleFilter(search="银行", status="new"), limit=2)] == ids[:2]


def test_an_article_too_long_for_the_index_is_imported_and_found_by_the_scan(db, tmp_path, monkeypatch):
    """PostgreSQL's index takes 40,000 characters an article (a tsvector holds 1 MB), SQLite's a
    million: an import of a longer one leaves it to the scan on either engine, and it is found."""
    from curator.core import search_tokens
    from curator.services import importing

    monkeypatch.setattr(search_tokens, "INDEX_MAX_CHARS", 200)
    (tmp_path / "long.txt").write_text("长文\n\n" + "填充文字。" * 60 + "长治市分行发放贷款。", encoding="utf-8")
    (tmp_path / "short.txt").write_text("短文\n\n中国农业银行长治市分行发放贷款。", encoding="utf-8")
    report = importing.import_paths(db, [tmp_path / "long.txt", tmp_path / "short.txt"], user="ann", workers=1)
    assert len(report.articles) == 2
    found = [a.id for a in library.list_articles(db, ArticleFilter(search="长治市分行"))]
    assert found == sorted(report.articles)
    assert library.count_articles(db, ArticleFilter(search="分行")) == 2


def test_a_page_of_what_the_scan_checks_is_the_same_in_every_order_and_place(db, add_article, monkeypatch):
    """A word the index cannot answer alone (three characters and more, letters) is paged by
    checking the index's candidates in id order until the page is full: candidates that fail the
    check (LPR's letters apart, in another order, a traditional article) must not shift a page."""
    texts = ["今年一年期LPR为3.45%。", "LP和PR不是一回事。", "ＬＰＲ下调了。", "市场报价利率（lpr）下行。", "PRLP倒过来。"]
    for i in range(40):
        add_article(texts[i % len(texts)] + f"第{i}篇", title=f"稿{i:02}")
    library.index_all(db)
    monkeypatch.setattr("curator.storage.articles.CHECKED_MOST", 4)  # many rounds, as on a big library
    query = ArticleFilter(search="LPR")
    everything = [a.id for a in library.list_articles(db, query)]
    assert len(everything) == 24 == library.count_articles(db, query)  # 3 of every 5 hold it
    for descending in (False, True):
        ordered = everything[::-1] if descending else everything
        for offset, limit in ((0, 5), (5, 5), (3, 7), (20, 10), (30, 5)):
            page = library.list_articles(db, query, descending=descending, offset=offset, limit=limit)
            assert [a.id for a in page] == ordered[offset : offset + limit]
