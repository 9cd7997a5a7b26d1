"""The core's English one-liners reach the Chinese interface in Chinese."""

import pytest

from curator.gui.i18n import LanguageSwitcher
from curator.gui.labels import error_text
from curator.services import review
from curator.services.library import NotFound

pytestmark = pytest.mark.gui


@pytest.fixture
def chinese(qapp):
    languages = LanguageSwitcher(qapp)
    languages.switch("zh_CN")
    yield
    languages.switch("en")


def test_import_failures_in_chinese(chinese):
    assert error_text("empty file") == "空文件"
    assert error_text("file too large: 61 MB (limit 50 MB)") == "文件过大：61 MB（上限 50 MB）"
    assert error_text(ValueError("unsupported file type: .xlsx")) == "不支持的文件类型：.xlsx"


def test_refusals_in_chinese_with_status_labels(chinese, db, add_article):
    aid = add_article("正文", status="new")
    with pytest.raises(ValueError) as refused:
        review.approve_article(db, article_id=aid, user="rev", role="reviewer")
    text = error_text(refused.value)
    assert text.startswith("文章不能从“新建”改为“") and "new" not in text


def test_tagged_file_errors_in_chinese(chinese):
    assert error_text(ValueError("a.txt: not a tagged file (expected .jsonl or .conll)")) == "a.txt：不是标注文件（应为 JSONL 或 CoNLL）"
    assert error_text(ValueError("line 12: unknown tag 'X-ORG'")) == "第 12 行：未知标记 'X-ORG'"
    assert error_text(PermissionError("only a reviewer may approve (your role is editor)")) == "只有审核员可以执行此操作"


def test_detail_edits_refused_in_chinese(chinese):
    from curator.services.article_details import parse_published

    with pytest.raises(ValueError) as refused:
        parse_published("2024-13-01")
    assert error_text(refused.value) == "'2024-13-01' 不是日期（YYYY-MM-DD 或 YYYY-MM-DD HH:MM）"
    assert error_text(ValueError("an article needs a title")) == "文章必须有标题"


def test_missing_records_in_chinese(chinese):
    assert error_text(NotFound("no article with id 7")) == "文章 7 已不存在"


def test_unknown_messages_pass_through_and_english_stays_english(qapp):
    assert error_text("something new") == "something new"
    assert error_text("empty file") == "empty file"


def test_the_import_summary_lists_reasons_in_chinese(chinese, qtbot):
    from curator.gui.import_dialog import ImportSummary
    from curator.services.importing import Failure, ImportReport

    summary = ImportSummary(ImportReport(failed=[Failure("/tmp/a.txt", "not text: looks like a binary file")]))
    qtbot.addWidget(summary)
    assert summary.failures.item(0).text() == "a.txt — 不是文本：看起来是二进制文件"


# Raised only when code misuses an API or by command-line arguments; the window never shows them.
INTERNAL = (
    "code-point position ", "UTF-16 position ", "cannot record ",
    "unknown export format ", "unknown table ", "unknown status ", "a verdict is approved or rejected",
    "malformed gold mark ",  # the finance development set, read by bench/ and tests only
)


def _core_messages():
    """Every literal message raised outside the GUI and the command line, placeholders as "1"."""
    import ast
    from pathlib import Path

    import curator

    root = Path(curator.__file__).parent
    for path in sorted(root.rglob("*.py")):
        if path.relative_to(root).parts[0] in ("gui", "cli"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call) and node.exc.args:
                arg = node.exc.args[0]
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    yield path.name, arg.value
                elif isinstance(arg, ast.JoinedStr):
                    yield path.name, "".join(v.value if isinstance(v, ast.Constant) else "1" for v in arg.values)


def test_every_message_the_core_raises_has_a_translation():
    from curator.gui.core_messages import _COMPILED

    messages = list(_core_messages())
    assert len(messages) > 30  # the scan found the core's raises
    untranslated = [
        (where, text) for where, text in messages
        if not text.startswith(INTERNAL) and not any(pattern.fullmatch(text) for pattern, *_ in _COMPILED)
    ]
    assert untranslated == []
