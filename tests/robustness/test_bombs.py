"""Small hostile files are refused with a reason, at little memory (issue 14, items 1 and 2)."""

import io
import zipfile

import pytest

from curator.ingest import read_article
from tests.conftest import import_failure
from curator.ingest import documents

BODY = "正文：中国农业银行长治市分行发放贷款，支持小微企业发展。"


def billion_laughs(levels: int = 9) -> str:
    """The classic alias bomb: each level nine aliases of the one before (573 bytes, 9^9 strings)."""
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    lines += [f"a{i}: &a{i} [" + ",".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, levels)]
    return "---\n" + "\n".join(lines) + f"\ntitle: *a{levels - 1}\n---\n{BODY}\n"


def test_a_yaml_alias_bomb_is_refused(tmp_path):
    path = tmp_path / "bomb.md"
    path.write_text(billion_laughs(), encoding="utf-8")
    assert "aliases" in import_failure(path)


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


def docx_with(padding: int) -> bytes:
    """A real Word file whose document.xml carries `padding` bytes of spaces (they deflate ~1000:1)."""
    import docx

    plain = io.BytesIO()
    document = docx.Document()
    document.add_paragraph(BODY)
    document.save(plain)
    source = zipfile.ZipFile(io.BytesIO(plain.getvalue()))
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as out:
        for member in source.infolist():
            data = source.read(member.filename)
            if member.filename == "word/document.xml":
                data = data.replace(b"<w:body>", b"<w:body>" + b" " * padding)
            out.writestr(member, data, compress_type=zipfile.ZIP_DEFLATED)
    return bomb.getvalue()


def test_a_docx_zip_bomb_is_refused_before_inflating(tmp_path, monkeypatch):
    monkeypatch.setattr(documents, "XML_PART_MAX", 4 * documents.MB)  # a small bomb for a fast test
    path = tmp_path / "bomb.docx"
    path.write_bytes(docx_with(8 * documents.MB))
    assert path.stat().st_size < 100_000
    assert "unpacks" in import_failure(path) or "inflates" in import_failure(path)


def test_a_highly_compressed_part_is_refused(tmp_path):
    path = tmp_path / "ratio.docx"
    path.write_bytes(docx_with(3 * documents.MB))  # under every size limit, but 1000:1
    assert "zip bomb" in import_failure(path)


def test_an_ordinary_docx_still_reads(tmp_path):
    path = tmp_path / "ok.docx"
    path.write_bytes(docx_with(0))
    assert "中国农业银行" in read_article(path).text
