"""Each encoding and format the readers accept, built in the test from scratch."""

from datetime import datetime

import pytest

from curator.core.types import Script
from curator.ingest import SUPPORTED_SUFFIXES, read_article

BODY = "山西银行阳泉分行开业以来，始终坚守服务地方经济的市场定位。\n该行各项贷款余额67.06亿元。"
TRADITIONAL = "工商銀行鄭州分行將繼續加足馬力助力金融扶貧，為中原地區打贏脫貧攻堅戰添上濃墨重彩的詩篇。"


def test_supported_suffixes():
    assert SUPPORTED_SUFFIXES == {".txt", ".md", ".markdown", ".html", ".htm", ".pdf", ".docx"}


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk", "gb18030", "utf-16"])
def test_simplified_text_in_each_encoding(tmp_path, encoding):
    path = tmp_path / "a.txt"
    path.write_bytes(BODY.encode(encoding))
    article = read_article(path)
    assert article.text == BODY
    assert article.script is Script.SIMPLIFIED


@pytest.mark.parametrize("encoding", ["big5", "utf-16", "utf-8"])
def test_traditional_text_in_each_encoding(tmp_path, encoding):
    path = tmp_path / "a.txt"
    path.write_bytes(TRADITIONAL.encode(encoding))
    article = read_article(path)
    assert article.text == TRADITIONAL
    assert article.script is Script.TRADITIONAL


def test_crlf_nbsp_and_ideographic_spaces_are_normalized(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes("标题行\r\n\r\n\u3000\u3000第一段正文。\u00a0\r\n\r\n第二段正文。\r".encode("utf-8"))
    article = read_article(path)
    assert article.title == "标题行"
    assert article.text == "第一段正文。\n第二段正文。"


def test_markdown_with_front_matter(tmp_path):
    path = tmp_path / "post.md"
    path.write_text(
        "---\ntitle: 银行助力小微企业\ndate: 2024-05-01\nsource: 山西日报\n"
        "url: https://example.com/a\nauthor: 张三\ntags: [金融, 小微]\n---\n"
        "# 小标题\n\n第一段有**加粗**和[链接](https://x.cn)文字。\n\n- 列表一\n- 列表二\n",
        encoding="utf-8",
    )
    article = read_article(path)
    assert article.title == "银行助力小微企业"
    assert article.published == datetime(2024, 5, 1)
    assert (article.source, article.url, article.author) == ("山西日报", "https://example.com/a", "张三")
    assert article.text == "小标题\n第一段有加粗和链接文字。\n列表一\n列表二"
    assert article.format == "md"


def test_source_from_tags_when_no_source_line(tmp_path):
    path = tmp_path / "post.txt"
    path.write_text("---\ntitle: 标题\ntags: 晋中日报新闻\n---\n<p>正文第一段。</p>\n", encoding="utf-8")
    assert read_article(path).source == "晋中日报"


HTML_PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>银行助力乡村振兴 - 示例新闻网</title>
<meta property="og:title" content="银行助力乡村振兴">
<meta property="og:site_name" content="示例新闻网">
<meta name="author" content="李四">
<meta property="article:published_time" content="2024-03-15T08:30:00+08:00">
<link rel="canonical" href="https://news.example.com/2024/03/15/a.html">
</head><body>
<nav><a href="/">首页</a> | <a href="/finance">财经</a></nav>
<article><h1>银行助力乡村振兴</h1>
<p>今年以来，某农商银行累计发放涉农贷款<b>12亿元</b>，支持农户扩大种植规模，带动当地群众增收致富，受到广泛好评。</p>
<p>该行相关负责人表示，将继续加大对乡村产业的信贷投放力度，创新金融产品，优化服务流程，让金融活水流向田间地头。</p>
<p>据介绍，该行已在全县设立助农服务点五十余个，打通金融服务最后一公里，农户足不出村就能办理业务。</p>
</article>
<footer>Copyright © 2024 示例新闻网 版权所有</footer>
<script>var x = "不要这段";</script>
</body></html>"""


@pytest.mark.parametrize("name", ["page.html", "page.htm", "saved_page.txt"])
def test_html_page(tmp_path, name):
    path = tmp_path / name
    path.write_text(HTML_PAGE, encoding="utf-8")
    article = read_article(path)
    assert article.title == "银行助力乡村振兴"
    assert article.source == "示例新闻网"
    assert "累计发放涉农贷款12亿元" in article.text
    assert "打通金融服务最后一公里" in article.text
    assert "不要这段" not in article.text and "版权所有" not in article.text and "首页" not in article.text
    assert article.format == "html"


def test_docx_paragraphs_and_tables(tmp_path):
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.core_properties.title = "文档标题"
    document.add_paragraph("第一段正文。")
    document.add_paragraph("   ")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "机构名称"
    table.cell(0, 1).text = "中国农业银行"
    document.add_paragraph("最后一段。")
    path = tmp_path / "a.docx"
    document.save(path)
    article = read_article(path)
    assert article.title == "文档标题"
    assert article.text == "第一段正文。\n机构名称\n中国农业银行\n最后一段。"
    assert article.format == "docx"


def make_pdf(lines: list[str]) -> bytes:
    """A minimal valid one-page PDF showing ASCII lines (Helvetica, no CJK font offline)."""
    stream = "BT /F1 12 Tf 72 720 Td 14 TL " + " ".join(f"({line}) '" for line in lines) + " ET"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{offset:010d} 00000 n \n" for offset in offsets).encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def test_pdf_text_is_extracted_and_rejoined(tmp_path):
    path = tmp_path / "a.pdf"
    path.write_bytes(make_pdf(["Rural banks lent more", "to farmers this year.", "", "Second story here."]))
    article = read_article(path)
    assert "Rural banks lent more to farmers this year." in article.text
    assert "Second story here." in article.text
    assert article.format == "pdf"
