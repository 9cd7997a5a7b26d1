"""Small hostile files are refused with a reason, at little memory (issue 14, items 1 and 2)."""

import pytest

from curator.ingest import documents, read_article
from tests.conftest import import_failure
from tests.robustness.hostile_files import SENTENCE as BODY
from tests.robustness.hostile_files import billion_laughs, write_docx


def test_a_yaml_alias_bomb_is_refused(tmp_path):
    path = tmp_path / "bomb.md"
    path.write_text(billion_laughs(), encoding="utf-8")
    assert "aliases" in import_failure(path)


@pytest.mark.parametrize("header", ["a: &x 1\nb: *x", "a: &x 1\ntags: [金融, *x]", "a: &x {k: 1}\nb:\n  <<: *x"])
def test_a_single_alias_is_refused(tmp_path, header):
    path = tmp_path / "alias.md"
    path.write_text(f"---\n{header}\n---\n{BODY}\n", encoding="utf-8")
    assert "aliases" in import_failure(path)


def test_a_header_with_a_star_but_no_alias_reads_and_an_invalid_one_without_is_refused(tmp_path):
    path = tmp_path / "star.md"
    path.write_text(f"---\ntitle: 7*24小时服务\nnote: '*重点*'\n---\n{BODY}\n", encoding="utf-8")
    assert read_article(path).title == "7*24小时服务"
    path.write_text(f"---\ntitle: [未闭合\n---\n{BODY}\n", encoding="utf-8")
    assert "invalid YAML" in import_failure(path)


@pytest.mark.parametrize("header, expected", [
    ("title: " + "长" * 3_000, "too long"),                  # one field
    ("notes: |\n" + "  填充文字\n" * 20_000, "too long"),     # the whole header
], ids=["one field", "whole header"])
def test_oversized_front_matter_is_refused(tmp_path, header, expected):
    path = tmp_path / "big.md"
    path.write_text(f"---\n{header}\n---\n{BODY}\n", encoding="utf-8")
    assert expected in import_failure(path)


def test_ordinary_front_matter_still_reads(tmp_path):
    path = tmp_path / "ok.md"
    path.write_text(f"---\ntitle: 汇聚金融活水\nsource: 阳泉日报\ntags: [金融, 阳泉]\n---\n{BODY}\n", encoding="utf-8")
    article = read_article(path)
    assert article.title == "汇聚金融活水" and "中国农业银行" in article.text


def test_a_docx_zip_bomb_is_refused_before_inflating(tmp_path, monkeypatch):
    monkeypatch.setattr(documents, "XML_PART_MAX", 4 * documents.MB)  # a small bomb for a fast test
    path = write_docx(tmp_path / "bomb.docx", padding_mb=8)
    assert path.stat().st_size < 100_000
    assert "unpacks" in import_failure(path) or "inflates" in import_failure(path)


def test_a_highly_compressed_part_is_refused(tmp_path):
    path = write_docx(tmp_path / "ratio.docx", padding_mb=3)  # under every size limit, but 1000:1
    assert "zip bomb" in import_failure(path)


def test_an_ordinary_docx_still_reads(tmp_path):
    path = write_docx(tmp_path / "ok.docx")
    assert "中国农业银行" in read_article(path).text
