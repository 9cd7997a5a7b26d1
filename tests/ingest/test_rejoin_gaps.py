"""Blank lines inside a sentence on a multi-column page are column gaps, not paragraph breaks."""

from curator.ingest.rejoin import rejoin_lines

COLUMN = [
    "数据显示，截至今年九月末，全省涉农",
    "贷款余额同比增长，普惠小微贷款余额",
    "同比增长，民营经济贷款余额同比增长",
    "均高于各项贷款增速，为了更好地评估",
    "金融机构服务民",  # a narrower column of the same page ends here
]


def test_a_sentence_runs_on_across_a_blank_line_after_a_column_line():
    text = "\n".join(COLUMN[:4]) + "\n为了更好地评估金融机构服务民\n\n营经济的实际效果，该行开展了评估。"
    joined = rejoin_lines(text)
    assert "服务民营经济的实际效果" in joined


def test_a_short_heading_before_a_blank_line_stays_apart():
    text = "\n".join(COLUMN[:4]) + "\n普惠金融深耕沃土\n\n运城是国家级黄金小麦生产的优势区域。"
    assert rejoin_lines(text).split("\n")[-1] == "运城是国家级黄金小麦生产的优势区域。"
