"""Traditional to simplified script, one character for one."""

import pytest

from curator.core.script import to_simplified
from curator.core.search_tokens import index_columns

ARTICLE = "中國工商銀行今年以來持續加大對小微企業的信貸支持力度，助力地方經濟發展。\n" * 40


@pytest.mark.parametrize(("variant", "simplified"), [("陜", "陕"), ("衞", "卫"), ("粧", "妆")])
def test_a_variant_opencc_leaves_alone_is_simplified_wherever_it_stands(variant, simplified):
    """The variants are looked for before the text is translated: one in a long article still counts."""
    text = ARTICLE + f"工商銀行{variant}西分行" + ARTICLE
    converted = to_simplified(text)
    assert len(converted) == len(text)
    assert variant not in converted and converted.count(simplified) == 1
    assert f"工商银行{simplified}西分行" in converted
    assert f"行{simplified}" in index_columns("", text, "traditional")["body"].split()


def test_text_without_a_variant_is_converted_as_before():
    assert to_simplified(ARTICLE).startswith("中国工商银行今年以来持续加大对小微企业的信贷支持力度")
