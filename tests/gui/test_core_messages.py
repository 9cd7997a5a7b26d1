"""The core's message codes reach the Chinese interface in Chinese, their parameters filled in."""

import string
import xml.etree.ElementTree as ET

import pytest

from curator.core.errors import Msg
from curator.core.resources import resource_path
from curator.gui.core_messages import CONTEXT, SYSTEM_ERROR, TEMPLATES, UNEXPECTED_ERROR, error_text
from curator.gui.i18n import LanguageSwitcher
from curator.ingest import ImportFailure
from curator.services import review
from curator.services.library import NotFound, StoreError

pytestmark = pytest.mark.gui


@pytest.fixture
def chinese(qapp):
    languages = LanguageSwitcher(qapp)
    languages.switch("zh_CN")
    yield
    languages.switch("en")


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


def _chinese_core_messages() -> dict[str, str]:
    """source → finished translation, for the CoreMessages context of the .ts file."""
    tree = ET.parse(resource_path("translations", "curator_zh_CN.ts"))
    (context,) = [c for c in tree.iter("context") if c.findtext("name") == CONTEXT]
    return {m.findtext("source"): m.findtext("translation") or "" for m in context.iter("message")
            if m.find("translation").get("type") is None}


def test_every_code_has_a_window_template_with_only_the_cores_parameters():
    assert set(TEMPLATES) == set(Msg)
    assert {code: _fields(TEMPLATES[code]) - _fields(code.value) for code in Msg} == {code: set() for code in Msg}


def test_every_template_has_a_finished_chinese_translation_with_the_same_parameters():
    chinese = _chinese_core_messages()
    sources = {*TEMPLATES.values(), SYSTEM_ERROR, UNEXPECTED_ERROR}
    assert [source for source in sources if not chinese.get(source)] == []
    assert [source for source in sources if _fields(chinese[source]) != _fields(source)] == []


def test_a_too_large_file_is_told_in_chinese_with_its_figures(chinese):
    assert error_text(ImportFailure(Msg.FILE_TOO_LARGE, mb=61.4, limit=50)) == "文件过大：61 MB（上限 50 MB）"
    assert error_text(ImportFailure(Msg.UNSUPPORTED_TYPE, suffix=".xlsx")) == "不支持的文件类型：.xlsx"
    assert error_text(NotFound(Msg.NO_ARTICLE, article_id=7)) == "文章 7 已不存在"


def test_refusals_in_chinese_with_status_labels(chinese, db, add_article):
    aid = add_article("正文", status="new")
    with pytest.raises(ValueError) as refused:
        review.approve_article(db, article_id=aid, user="rev", role="reviewer")
    assert error_text(refused.value) == "文章不能从“新建”改为“已通过”"


def test_english_stays_english(qapp):
    assert error_text(ImportFailure(Msg.FILE_TOO_LARGE, mb=61.4, limit=50)) == "file too large: 61 MB (limit 50 MB)"
    assert error_text(StoreError(Msg.DATABASE_LOCKED)) == "the library is busy in another program; try again"


def test_errors_the_core_did_not_word_get_a_sentence_and_their_own_words(chinese):
    assert error_text(PermissionError(13, "Permission denied")) == "系统无法读写文件（[Errno 13] Permission denied）"
    assert error_text(UnicodeDecodeError("utf-8", b"\xb2", 0, 1, "invalid start byte")) == \
        "意外问题（'utf-8' codec can't decode byte 0xb2 in position 0: invalid start byte）"
    assert error_text(RuntimeError()) == "意外问题（RuntimeError）"


def test_detail_edits_refused_in_chinese(chinese):
    from curator.services.article_details import parse_published

    with pytest.raises(ValueError) as refused:
        parse_published("2024-13-01")
    assert error_text(refused.value) == "“2024-13-01”不是日期（YYYY-MM-DD 或 YYYY-MM-DD HH:MM）"


def test_the_import_summary_lists_reasons_in_chinese(chinese, qtbot):
    from curator.gui.import_dialog import ImportSummary
    from curator.services.importing import Failure, ImportReport

    failures = [Failure("/tmp/a.txt", Msg.BINARY_FILE), Failure("/tmp/b.docx", Msg.CORRUPT_DOCX, {"detail": "bad zip"})]
    summary = ImportSummary(ImportReport(failed=failures))
    qtbot.addWidget(summary)
    assert [summary.failures.item(i).text() for i in range(2)] == [
        "a.txt — 不是文本：看起来是二进制文件", "b.docx — Word 文件已损坏（bad zip）"]


def test_a_long_reason_wraps_in_the_import_summary_without_a_scroll_bar(chinese, qtbot):
    from curator.gui.import_dialog import ImportSummary
    from curator.services.importing import Failure, ImportReport

    detail = "Stream has ended unexpectedly (invalid pdf header: b'not a pdf\\n') " * 3
    summary = ImportSummary(ImportReport(failed=[Failure("/tmp/broken.pdf", Msg.CORRUPT_PDF, {"detail": detail})]))
    qtbot.addWidget(summary)
    summary.show()
    qtbot.waitExposed(summary)
    listing = summary.failures
    assert listing.horizontalScrollBar().maximum() == 0  # nothing hidden to the right
    row = listing.visualItemRect(listing.item(0))
    assert row.height() > 2 * listing.fontMetrics().height() and row.width() <= listing.viewport().width()
