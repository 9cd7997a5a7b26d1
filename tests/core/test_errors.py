"""The core's errors carry a message code and parameters; their str() is the English of before."""

import ast
import pickle
from pathlib import Path

import pytest

import curator
from curator.core.errors import CuratorError, Invalid, Msg
from curator.core.types import ArticleStatus
from curator.ingest import ImportFailure, read_article
from curator.services import review
from curator.services.export import FolderNotFound, export
from curator.services.importing import import_paths
from curator.services.library import NotFound
from curator.services.review import ReviewerOnly
from curator.services.tagging import ReadOnlyArticle
from curator.core.search_limits import MAX_QUERY_TERMS
from curator.core.search_query import search_terms

CORE = Path(curator.__file__).parent

# Raised only when code misuses an API, or by command-line arguments and the benchmarks' data;
# the window never shows them, so they stay plain English.
INTERNAL = (
    "code-point position ", "UTF-16 position ", "cannot record ",
    "unknown export format ", "unknown table ", "unknown status ", "a verdict is approved or rejected",
    "malformed gold mark ",  # the finance development set, read by bench/ and tests only
    "the entity registry cannot be taken back",  # a schema downgrade, run by developers only
)


def test_the_english_is_the_template_filled_in():
    assert str(ImportFailure(Msg.FILE_TOO_LARGE, mb=61.4, limit=50)) == "file too large: 61 MB (limit 50 MB)"
    assert str(ImportFailure(Msg.FRONT_MATTER_FIELD_TOO_LONG, field="title", chars=12345)) == \
        "front matter field 'title' too long (12,345 characters)"
    assert str(NotFound(Msg.NO_ARTICLE, article_id=7)) == "no article with id 7"


def test_raise_sites_say_what_they_said_before(tmp_path, db, add_article):
    (tmp_path / "sheet.xlsx").write_bytes(b"x")
    (tmp_path / "README").write_text("正文")
    with pytest.raises(ImportFailure, match=r"^unsupported file type: \.xlsx$"):
        read_article(tmp_path / "sheet.xlsx")
    with pytest.raises(ImportFailure, match="^unsupported file type: no extension$"):
        read_article(tmp_path / "README")
    with pytest.raises(Invalid) as words:
        search_terms("词 " * (MAX_QUERY_TERMS + 1))
    assert str(words.value) == f"too many search words ({MAX_QUERY_TERMS + 1:,}; at most {MAX_QUERY_TERMS})"
    with pytest.raises(ValueError) as move:
        review.approve_article(db, article_id=add_article("正文"), user="rev", role="reviewer")
    assert str(move.value) == "cannot move an article from new to approved: from new it can go to in_progress, done"
    assert move.value.params["current"] is ArticleStatus.NEW  # a status the window shows by its label


def test_import_failures_keep_their_code_and_english(tmp_path, db):
    (tmp_path / "blank.txt").write_text("   \n")
    report = import_paths(db, [tmp_path / "blank.txt", tmp_path / "missing.txt"], user="ed")
    assert [(f.code, f.error) for f in report.failed] == [
        (Msg.NO_SUCH_PATH, "no such file or folder"), (Msg.BLANK_FILE, "no text: the file is blank")]
    assert report.as_dict()["failed"][1] == {"path": str(tmp_path / "blank.txt"), "error": "no text: the file is blank"}


def test_the_exception_types_callers_catch_are_kept(db, add_article, tmp_path):
    aid = add_article("正文", status="approved")
    assert issubclass(ReadOnlyArticle, ValueError) and issubclass(NotFound, LookupError)
    with pytest.raises(PermissionError) as refused:
        review.reopen_article(db, article_id=aid, user="ed", role="editor")
    assert isinstance(refused.value, ReviewerOnly)
    assert str(refused.value) == "only a reviewer may move an article to in_progress (your role is editor)"
    with pytest.raises(FileNotFoundError) as missing:
        export(db, out=tmp_path / "nowhere" / "x.csv")
    assert isinstance(missing.value, FolderNotFound) and str(missing.value) == f"no such folder: {tmp_path / 'nowhere'}"


def test_an_error_crosses_a_process_boundary_whole():
    error = pickle.loads(pickle.dumps(ReviewerOnly(Msg.REVIEWER_ONLY_MOVE, role="editor", status=ArticleStatus.DONE)))
    assert (type(error), error.code, error.params) == (
        ReviewerOnly, Msg.REVIEWER_ONLY_MOVE, {"role": "editor", "status": ArticleStatus.DONE})


def _literal_raises():
    """(file, text) of every raise outside the GUI and the command line whose message is a string
    literal or an f-string (placeholders as "1")."""
    for path in sorted(CORE.rglob("*.py")):
        if path.relative_to(CORE).parts[0] in ("gui", "cli"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call) and node.exc.args:
                arg = node.exc.args[0]
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    yield path.name, arg.value
                elif isinstance(arg, ast.JoinedStr):
                    yield path.name, "".join(v.value if isinstance(v, ast.Constant) else "1" for v in arg.values)


def test_the_core_raises_codes_not_english_sentences():
    raised = list(_literal_raises())
    assert {text.startswith(INTERNAL) for _, text in raised} == {True}
    assert len(raised) >= len(INTERNAL)  # positive control: the scan finds the internal ones


def test_every_code_is_used_by_the_core():
    """A code nobody raises is dead; one whose name is misspelt at a raise site would fail there."""
    sources = "\n".join(p.read_text(encoding="utf-8") for p in CORE.rglob("*.py")
                        if p.relative_to(CORE).parts[0] not in ("gui", "cli") and p.name != "errors.py")
    assert [code.name for code in Msg if f"Msg.{code.name}" not in sources] == []


def test_the_base_class_has_the_code_and_parameters():
    error = CuratorError(Msg.SPAN_OUTSIDE, start=3, end=9, article_id=1, length=5)
    assert (error.code, error.params, error.args) == (Msg.SPAN_OUTSIDE, {"start": 3, "end": 9, "article_id": 1, "length": 5},
                                                       (Msg.SPAN_OUTSIDE,))
    assert str(error) == "span 3-9 is outside article 1 (0-5)"
