"""Cleaning rules on their own: pinyin notes, letter spacing, hard-wrap re-join, metadata."""

import pytest

from curator.core.resources import read_lines
from curator.core.text import normalize_text
from curator.ingest.cleaning import is_navigation, strip_pinyin_notes
from curator.ingest.metadata import find_author, find_source, outlet_name, title_from_text
from curator.ingest.rejoin import close_letter_spacing, looks_hard_wrapped, rejoin_lines


def test_pinyin_notes_after_han_are_removed():
    assert strip_pinyin_notes("攻堅戰(zhàn)和農(nóng)村") == "攻堅戰和農村"
    assert strip_pinyin_notes("綠（lǜ）色") == "綠色"


def test_a_note_counts_only_right_after_a_han_character_or_a_lost_one():
    assert strip_pinyin_notes("當?(shù)據（jù）") == "當?據"
    text = "(zhàn)开头 ABC(zhàn) 戰 (zhàn) 戰（(zhàn)）"
    assert strip_pinyin_notes(text) == text


def test_ordinary_parentheses_stay():
    text = "1万元(含)以上。(魏利華) 公司(Ltd) 数字(2024) 拼音无声调(zhan)"
    assert strip_pinyin_notes(text) == text


def test_normalize_text():
    assert normalize_text("\ufeff a\r\n\u3000b\u00a0\r\r\n\nc ") == "a\nb\nc"
    assert normalize_text("e\u0301") == "\u00e9"


def test_rejoin_keeps_paragraph_breaks_and_joins_wraps():
    wrapped = (
        " 作为金融大文章之一，普惠\n金融的重要性日益凸显。中国农\n业发展银行运\n城分行印发了通知，单列信贷\n"
        "计划三点六亿元。\n短句结束。\n下一段开始了新的内容，继续\n写下去直到结束为止。\n\n"
        "政策引领，\n普惠金融深耕乡村沃土\n"
    )
    assert rejoin_lines(wrapped).split("\n") == [
        "作为金融大文章之一，普惠金融的重要性日益凸显。中国农业发展银行运城分行印发了通知，单列信贷计划三点六亿元。",
        "短句结束。",
        "下一段开始了新的内容，继续写下去直到结束为止。",
        "政策引领，普惠金融深耕乡村沃土",
    ]


def test_rejoin_spaces_latin_words_only():
    assert rejoin_lines("Rural banks\nlent more\n截至2024年9\n月末") == "Rural banks lent more截至2024年9月末"


def test_letter_spacing_closed_but_names_kept():
    assert close_letter_spacing("全省快递服务 申 诉 率 为 0.364") == "全省快递服务申诉率为 0.364"
    assert close_letter_spacing("记者 孙贵坤 侯晓 杨潇潇") == "记者 孙贵坤 侯晓 杨潇潇"


def test_prose_is_not_hard_wrapped():
    prose = "\n".join(["这是一段很长的正文，" * 8 + "结束。"] * 10)
    assert not looks_hard_wrapped(prose)


def test_navigation_rows():
    assert is_navigation("返回阳泉日报新闻｜返回首页")
    assert not is_navigation("返回家乡创业")


@pytest.mark.parametrize("row", ["｜返回首页｜上一篇", "» 首页 » 下一篇", " · 打印 · 关闭", "【打印】 【关闭】"])
def test_a_navigation_row_may_open_with_separators(row):
    """Its first part is looked at first, after the separators: the row is still seen."""
    assert is_navigation(row)
    assert not is_navigation(row + "｜正文") and not is_navigation("｜正文｜返回首页")


def test_metadata_rules():
    assert outlet_name("阳泉日报新闻") == "阳泉日报"
    assert find_source(["大众网记者 孙贵坤 侯晓 聊城报道", "正文。"], []) == "大众网"
    assert find_source(["正文里资金来源：财政拨款。"], []) is None
    assert find_author(["记者 孙贵坤 侯晓 聊城报道"]) == "孙贵坤、侯晓"
    assert find_author(["正文。", "刘仕乾/文蔡家琪/图"]) == "刘仕乾"
    assert find_author(["正文结束。（资料图片）"]) is None
    assert title_from_text(["导语：第一句话。第二句话。"]) == "第一句话"
    long = "这是一个非常长的句子，" * 6 + "。"
    assert len(title_from_text([long])) <= 41


@pytest.mark.parametrize("label", read_lines("ingest", "source_labels.txt"))
def test_every_source_label_is_found_where_a_source_line_may_stand(label):
    """The labels are looked for before the source line's pattern: each must still be found."""
    assert find_source([f"{label}：新华社", "正文。"], []) == "新华社"
    assert find_source(["正文。", f"本报讯（{label}: 长治日报）"], []) == "长治日报"
    assert find_source([f"正文里{label}：财政拨款。"], []) is None
