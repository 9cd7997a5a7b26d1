"""Search queries in the articles' normal form, and bounded (issue 14, item 9)."""

import unicodedata

import pytest

from curator.services import library
from curator.storage.articles import ArticleFilter


def found(db, text: str) -> list[int]:
    return [a.id for a in library.list_articles(db, ArticleFilter(search=text))]


def test_a_decomposed_accent_finds_the_composed_text_and_nothing_else(db, add_article):
    cafe = add_article("长治的咖啡馆 café 开业。")  # import stores NFC: é is one character
    add_article("另一篇文章写的是 cafe 和 e\u0301。")
    assert found(db, unicodedata.normalize("NFD", "café")) == [cafe]


def test_a_very_long_query_is_refused_at_once(db, add_article):
    add_article("中国农业银行长治市分行发放贷款。")
    with pytest.raises(ValueError, match="too long"):
        found(db, " ".join(["银行"] * 1000))  # 1,000 words used to run for 27 s
    with pytest.raises(ValueError, match="too many search words"):
        found(db, " ".join(["银"] * (library.MAX_QUERY_TERMS + 1)))
    assert found(db, " ".join(["银行"] * library.MAX_QUERY_TERMS)) != []  # positive control: at the limit


def test_an_article_too_long_to_index_is_found_by_the_scan(db, add_article, monkeypatch):
    from curator.core import search_tokens

    monkeypatch.setattr(search_tokens, "INDEX_MAX_CHARS", 100)  # a 45 MB one-line file, in small
    huge = add_article("开头。" + "填充文字" * 50 + "长治市分行发放贷款。")
    short = add_article("中国农业银行长治市分行发放贷款。")
    assert library.index_all(db) == 1  # the short one; the loop ends although one is left
    assert found(db, "长治市分行") == [huge, short]
