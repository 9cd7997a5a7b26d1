"""The five real seed articles, each a different shape, imported as a careful editor would."""

from datetime import datetime
from pathlib import Path

import pytest

from curator.core.types import Script
from curator.ingest import read_article

SEEDS = Path(__file__).resolve().parents[1] / "fixtures" / "seeds"


def seed(prefix: str):
    return read_article(next(SEEDS.glob(f"{prefix}_*.txt")))


def test_jekyll_post_uses_front_matter_and_drops_navigation():
    article = seed("000")
    assert article.title == "汇聚金融活水 服务地方经济"
    assert article.published == datetime(2022, 4, 9, 11, 2, 22)
    assert article.source == "阳泉日报"
    assert article.url == "http://finews.zning.xyz/html_News/NewsShare.html?infoCode=NW202204092337345877"
    assert article.author == "刘仕乾"
    assert article.text.startswith("山西银行阳泉分行开业以来")
    assert "<p>" not in article.text and "返回" not in article.text and "http" not in article.text
    assert "\n支持能源保供\n解决企业燃“煤”之急\n" in article.text
    assert article.format == "md"


def test_plain_text_gets_a_title_from_its_first_sentence():
    article = seed("001")
    assert article.title == "助力小微企业纾困解难，为创新创业群体解决资金难题，持续提升消费者金融素养"
    assert article.text.startswith("编者按：助力小微企业")
    assert "\n银行贷款特色产品介绍\n中国工商银行长治分行 种植e贷\n【贷款额度】300万元\n" in article.text
    assert "1万元(含)以上" in article.text
    assert article.script is Script.SIMPLIFIED


def test_traditional_text_loses_pinyin_notes_but_keeps_parentheses():
    article = seed("002")
    assert article.script is Script.TRADITIONAL
    assert "(zhàn)" not in article.text and "(nóng)" not in article.text
    assert "打贏脫貧攻堅戰的決勝之年" in article.text
    assert article.text.endswith("作出新的貢獻。(魏利華)")
    assert article.author == "魏利華"
    assert article.title == "今年是全面打贏脫貧攻堅戰的決勝之年、收官之年"


def test_scraped_page_keeps_story_and_bylines_and_drops_site_chrome():
    article = seed("003")
    assert article.title.startswith("共融兴冠·同心强县⑬| 解码县域金融新方程式")
    assert not article.text.startswith("共融兴冠")
    assert article.source == "大众网"
    assert article.author == "孙贵坤、侯晓、杨潇潇、汪晴、李家宁"
    assert "大众网记者 孙贵坤 侯晓 杨潇潇 汪晴 李家宁 聊城报道" in article.text
    assert article.text.endswith("责编:乔思亚\n审签:孙贵坤")
    for chrome in ("版权所有", "网友评论", "全部评论", "查看更多评论", "海报热榜", "相关推荐", "Copyright", "ICP备", "··"):
        assert chrome not in article.text


def test_pdf_page_text_is_rejoined_into_paragraphs():
    article = seed("004")
    text = article.text
    assert "普惠金融的重要性日益凸显" in text
    assert "中国农业发展银行运城分行印发了" in text
    assert "全省快递服务申诉率为 0.364，有效申诉率为0.060" in text
    assert "记者 李若男" in text and "（记者 郝光明）" in text
    assert "\n政策引领，普惠金融深耕乡村沃土\n" in text
    assert "民营企业的专属信贷产品，如浦发银行的“法兰专业镇" in text  # blank line mid-sentence
    assert "（下转第2版）" not in text
    assert "第一届山西省创新驱动发展大会举行\n本报晋中" in text
    assert article.title == "作为金融“五篇大文章”之一，普惠金融的重要性日益凸显"
    assert article.author is None  # several stories, several reporters: not clear


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_seed_text_is_normalized(prefix):
    text = seed(prefix).text
    assert "\r" not in text and "\n\n" not in text
    assert all(line == line.strip() and line for line in text.split("\n"))
