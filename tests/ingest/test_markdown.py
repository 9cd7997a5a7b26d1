import pytest

from curator.ingest.markup import has_markup_signs, markdown_paragraphs


def test_plain_body_skips_the_renderer_with_the_same_result(monkeypatch):
    body = "山西银行阳泉分行开业以来，贷款余额67.06亿元。\n\n  第二段：服务地方经济。\n"
    fast = markdown_paragraphs(body)
    # Force the renderer by adding a harmless sign, then drop it from its result.
    rendered = markdown_paragraphs(body + "\n\n`x`")[:-1]
    assert fast == rendered == ["山西银行阳泉分行开业以来，贷款余额67.06亿元。", "第二段：服务地方经济。"]


@pytest.mark.parametrize(
    "body, expected",
    [
        ("# 标题\n\n正文**加粗**一段。", ["标题", "正文加粗一段。"]),
        ("见[原文](http://example.com)。", ["见原文。"]),
        ("- 第一项\n- 第二项", ["第一项", "第二项"]),
        ("<p>段一</p><p>段二</p>", ["段一", "段二"]),
    ],
)
def test_markdown_syntax_is_rendered(body, expected):
    assert markdown_paragraphs(body) == expected


@pytest.mark.parametrize("body", ["提供7*24小时服务。", "收入增长>10%的企业。"])
def test_arithmetic_signs_are_not_markup(body, monkeypatch):
    import markdown_it

    monkeypatch.setattr(markdown_it, "MarkdownIt", None)  # the renderer must not be needed
    assert markdown_paragraphs(body) == [body]


def test_a_blockquote_is_rendered():
    assert markdown_paragraphs("> 引用一段") == ["引用一段"]


@pytest.mark.parametrize("sign", ["#", "_", "`", "[", "]", "<", "|", "~", "\\", "&", "*", "a*7", "7*a", "*7", "7*"])
def test_a_sign_anywhere_sends_the_body_to_the_renderer(sign):
    assert has_markup_signs(sign) and has_markup_signs(f"贷款余额67.06亿元{sign}同比增长。\n第二段。")


@pytest.mark.parametrize("line", ["- 项", "+ 项", "> 引用", "1. 项", "12) 项", "===", "---", "    代码", "\t代码", "  - 项", "\t> 引用"])
def test_a_markdown_line_is_seen_first_or_after_a_break(line):
    """Lines are looked for after a newline: the first line of the body counts as well."""
    assert has_markup_signs(line) and has_markup_signs("第一段。\n" + line) and has_markup_signs(line + "\n末段。")
    assert not has_markup_signs("第一段，" + line.strip(" \t"))  # inside a line it is text


@pytest.mark.parametrize("body", ["提供7*24小时服务。", "收入增长>10%的企业。", "第一段。\n1.5倍\n==\n   三个空格\n-5%"])
def test_arithmetic_and_plain_lines_are_no_signs(body):
    assert not has_markup_signs(body)
