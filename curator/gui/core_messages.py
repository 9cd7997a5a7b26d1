"""The core's messages in the interface language: one translatable template per message code.

The core stays free of Qt and raises `CuratorError(code, **params)`, whose `str()` is English for
the command line; the window words each code here. A template names the core's parameters in
braces and is filled by `str.format` ({mb:.0f}, {article_id}); a parameter that is an
`ArticleStatus` is shown by its label.
"""

from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from curator.core.article_changes import ArticleChanges
from curator.core.errors import CuratorError, Msg
from curator.core.types import ArticleStatus
from curator.gui.labels import status_label

CONTEXT = "CoreMessages"

_NOT_A_FILE = QT_TRANSLATE_NOOP("CoreMessages", "not a regular file")
_NO_SUCH_PATH = QT_TRANSLATE_NOOP("CoreMessages", "no such file or folder")
_APPROVED = QT_TRANSLATE_NOOP("CoreMessages", "the article is approved; a reviewer must reopen it before it changes")
_REVIEWER_ONLY = QT_TRANSLATE_NOOP("CoreMessages", "only a reviewer may do this")

TEMPLATES: dict[Msg, str] = {
    Msg.FILE_NOT_FOUND: _NO_SUCH_PATH,
    Msg.IS_A_DIRECTORY: _NOT_A_FILE,
    Msg.NOT_A_REGULAR_FILE: _NOT_A_FILE,
    Msg.FILE_TOO_LARGE: QT_TRANSLATE_NOOP("CoreMessages", "file too large: {mb:.0f} MB (limit {limit} MB)"),
    Msg.EMPTY_FILE: QT_TRANSLATE_NOOP("CoreMessages", "empty file"),
    Msg.PERMISSION_DENIED: QT_TRANSLATE_NOOP("CoreMessages", "cannot read the file: permission denied"),
    Msg.CANNOT_READ_FILE: QT_TRANSLATE_NOOP("CoreMessages", "cannot read the file: {reason}"),
    Msg.INVALID_ENCODING: QT_TRANSLATE_NOOP("CoreMessages", "cannot decode the text (invalid {encoding})"),
    Msg.UNKNOWN_ENCODING: QT_TRANSLATE_NOOP("CoreMessages", "cannot decode the text (not UTF-8, GB18030 or Big5)"),
    Msg.BINARY_FILE: QT_TRANSLATE_NOOP("CoreMessages", "not text: looks like a binary file"),
    Msg.UNSUPPORTED_TYPE: QT_TRANSLATE_NOOP("CoreMessages", "unsupported file type: {suffix}"),
    Msg.NO_EXTENSION: QT_TRANSLATE_NOOP("CoreMessages", "unsupported file type: the name has no extension"),
    Msg.READER_FAILED: QT_TRANSLATE_NOOP("CoreMessages", "cannot read the {format} file ({detail})"),
    Msg.BLANK_FILE: QT_TRANSLATE_NOOP("CoreMessages", "no text: the file is blank"),
    Msg.ONLY_BOILERPLATE: QT_TRANSLATE_NOOP("CoreMessages", "no article text left after removing page boilerplate"),
    Msg.NO_CHINESE: QT_TRANSLATE_NOOP("CoreMessages", "no article text: a few characters and no Chinese"),
    Msg.PDF_SUPPORT_MISSING: QT_TRANSLATE_NOOP("CoreMessages", "PDF support is not installed (pypdf)"),
    Msg.PDF_PASSWORD: QT_TRANSLATE_NOOP("CoreMessages", "the PDF is password-protected"),
    Msg.CORRUPT_PDF: QT_TRANSLATE_NOOP("CoreMessages", "damaged PDF file ({detail})"),
    Msg.PDF_WITHOUT_TEXT: QT_TRANSLATE_NOOP("CoreMessages", "no text in the PDF (a scanned image?)"),
    Msg.DOCX_SUPPORT_MISSING: QT_TRANSLATE_NOOP("CoreMessages", "Word support is not installed (python-docx)"),
    Msg.CORRUPT_DOCX: QT_TRANSLATE_NOOP("CoreMessages", "damaged Word file ({detail})"),
    Msg.DOCX_TOO_LARGE: QT_TRANSLATE_NOOP("CoreMessages", "the Word file unpacks to {mb:,} MB (limit {limit} MB)"),
    Msg.DOCX_PART_TOO_LARGE: QT_TRANSLATE_NOOP(
        "CoreMessages", "part {part} of the Word file unpacks to {mb:,} MB (limit {limit} MB)"),
    Msg.DOCX_PART_BOMB: QT_TRANSLATE_NOOP(
        "CoreMessages", "part {part} of the Word file is compressed {ratio:,} to 1 (a zip bomb?)"),
    Msg.FRONT_MATTER_TOO_LONG: QT_TRANSLATE_NOOP(
        "CoreMessages", "front matter too long ({chars:,} characters; at most {limit:,})"),
    Msg.FRONT_MATTER_ALIASES: QT_TRANSLATE_NOOP(
        "CoreMessages", "the front matter uses YAML aliases, which are not accepted"),
    Msg.FRONT_MATTER_INVALID: QT_TRANSLATE_NOOP("CoreMessages", "invalid front matter"),
    Msg.FRONT_MATTER_FIELD_TOO_LONG: QT_TRANSLATE_NOOP(
        "CoreMessages", "front matter field {field!r} too long ({chars:,} characters)"),
    Msg.HTML_UNREADABLE: QT_TRANSLATE_NOOP("CoreMessages", "cannot read the web page ({detail})"),
    Msg.NO_SUCH_PATH: _NO_SUCH_PATH,
    Msg.FOLDER_UNREADABLE: QT_TRANSLATE_NOOP("CoreMessages", "cannot read the folder: {reason}"),
    Msg.LINK_LOOP: QT_TRANSLATE_NOOP("CoreMessages", "link loop: this folder was already read"),
    Msg.BROKEN_LINK: QT_TRANSLATE_NOOP("CoreMessages", "broken link: its target does not exist"),
    Msg.READER_CRASHED: QT_TRANSLATE_NOOP("CoreMessages", "could not read the file ({kind}: {detail})"),
    Msg.READ_ONLY: QT_TRANSLATE_NOOP(
        "CoreMessages", "the library is read-only (its file or folder cannot be written); nothing was changed"),
    Msg.DATABASE_ERROR: QT_TRANSLATE_NOOP("CoreMessages", "the library could not be read or written ({detail})"),
    Msg.DATABASE_LOCKED: QT_TRANSLATE_NOOP("CoreMessages", "the library is busy in another program; try again"),
    Msg.SERVER_UNREACHABLE: QT_TRANSLATE_NOOP(
        "CoreMessages", "the library's server cannot be reached ({detail}); nothing was changed, try again"),
    Msg.LOCK_TIMEOUT: QT_TRANSLATE_NOOP(
        "CoreMessages", "another program kept the library busy for {minutes} minutes; nothing was changed"),
    Msg.CANNOT_OPEN_LIBRARY: QT_TRANSLATE_NOOP("CoreMessages", "cannot open the library {location} ({detail})"),
    Msg.NOT_A_LIBRARY: QT_TRANSLATE_NOOP(
        "CoreMessages", "{path} is not a Curator library ({detail}); it was left untouched"),
    Msg.FOREIGN_TABLES: QT_TRANSLATE_NOOP(
        "CoreMessages", "{path} is not a Curator library (it holds other tables); it was left untouched"),
    Msg.NEWER_SCHEMA: QT_TRANSLATE_NOOP(
        "CoreMessages", "{path} was made by a newer Curator (schema {schema}); please upgrade Curator"),
    Msg.NO_LIBRARY: QT_TRANSLATE_NOOP("CoreMessages", "there is no library at {location}"),
    Msg.COPY_INTO_LIBRARY: QT_TRANSLATE_NOOP(
        "CoreMessages", "{location} already holds a library; copy into a new or empty one (nothing was copied)"),
    Msg.COPY_DIFFERS: QT_TRANSLATE_NOOP(
        "CoreMessages", "the copy did not read back the same in {tables}; nothing was copied"),
    Msg.NO_ARTICLE: QT_TRANSLATE_NOOP("CoreMessages", "article {article_id} no longer exists"),
    Msg.NO_MENTION: QT_TRANSLATE_NOOP("CoreMessages", "this tag no longer exists"),
    Msg.ARTICLE_APPROVED: _APPROVED,
    Msg.SPAN_OUTSIDE: QT_TRANSLATE_NOOP("CoreMessages", "the selection is outside the article"),
    Msg.BLANK_SPAN: QT_TRANSLATE_NOOP("CoreMessages", "cannot tag blank text"),
    Msg.SPAN_OVERLAPS: QT_TRANSLATE_NOOP("CoreMessages", "“{surface}” overlaps the tag “{other}”; remove that tag first"),
    Msg.REVIEWER_ONLY_MOVE: _REVIEWER_ONLY,
    Msg.REVIEWER_ONLY_VERDICT: _REVIEWER_ONLY,
    Msg.MOVE_REFUSED: QT_TRANSLATE_NOOP("CoreMessages", "an article cannot go from “{current}” to “{target}”"),
    Msg.NOTE_WITHOUT_VERDICT: QT_TRANSLATE_NOOP(
        "CoreMessages", "a note goes with a reviewer's verdict (approve, request changes, reopen)"),
    Msg.REJECTED_MENTIONS: QT_TRANSLATE_NOOP(
        "CoreMessages", "the article still has {count} rejected tag(s): fix or remove them first"),
    Msg.VERDICT_ON_APPROVED: _APPROVED,
    Msg.VERDICTS_ON_APPROVED: _APPROVED,
    Msg.NEWER_EVENT: QT_TRANSLATE_NOOP("CoreMessages", "cannot undo or redo “{action}”: it was recorded by a newer Curator"),
    Msg.ARTICLE_CHANGED: QT_TRANSLATE_NOOP(
        "CoreMessages", "{user} changed this article a moment ago: {what}; your change was not saved"),
    Msg.UNDO_BLOCKED: QT_TRANSLATE_NOOP(
        "CoreMessages", "cannot undo your change to article {article_id}: {user} has changed what it changed since"),
    Msg.REDO_BLOCKED: QT_TRANSLATE_NOOP(
        "CoreMessages", "cannot redo your change to article {article_id}: {user} has changed the article since"),
    Msg.SEARCH_TOO_LONG: QT_TRANSLATE_NOOP("CoreMessages", "search text too long ({chars:,} characters; at most {limit})"),
    Msg.TOO_MANY_SEARCH_WORDS: QT_TRANSLATE_NOOP("CoreMessages", "too many search words ({words:,}; at most {limit})"),
    Msg.EXPORT_CANCELLED: QT_TRANSLATE_NOOP("CoreMessages", "export cancelled"),
    Msg.NO_SUCH_FOLDER: QT_TRANSLATE_NOOP("CoreMessages", "no such folder: {folder}"),
    Msg.NOT_A_TAGGED_FILE: QT_TRANSLATE_NOOP("CoreMessages", "{name}: not a tagged file (JSONL or CoNLL expected)"),
    Msg.NOT_A_DOCCANO_RECORD: QT_TRANSLATE_NOOP("CoreMessages", "line {line}: not a doccano record ({detail})"),
    Msg.UNKNOWN_LABEL: QT_TRANSLATE_NOOP("CoreMessages", "line {line}: unknown label {label!r} (ORG or PER)"),
    Msg.UNKNOWN_TAG: QT_TRANSLATE_NOOP("CoreMessages", "line {line}: unknown tag {tag!r}"),
    Msg.BAD_CHARACTER_TOKEN: QT_TRANSLATE_NOOP(
        "CoreMessages", "line {line}: {token!r} is neither one character nor a U+XXXX placeholder"),
    Msg.NOT_A_DATE: QT_TRANSLATE_NOOP("CoreMessages", "“{text}” is not a date (YYYY-MM-DD or YYYY-MM-DD HH:MM)"),
    Msg.TITLE_REQUIRED: QT_TRANSLATE_NOOP("CoreMessages", "an article needs a title"),
    Msg.NO_ENTITY: QT_TRANSLATE_NOOP("CoreMessages", "entity {entity_id} no longer exists"),
    Msg.NO_OPEN_PROPOSAL: QT_TRANSLATE_NOOP("CoreMessages", "this alias proposal was already decided"),
    Msg.MERGE_INTO_ITSELF: QT_TRANSLATE_NOOP("CoreMessages", "an entity cannot be merged into itself"),
    Msg.MERGE_KINDS: QT_TRANSLATE_NOOP("CoreMessages", "an institution and a figure cannot be merged"),
    Msg.MERGE_ANCESTOR: QT_TRANSLATE_NOOP("CoreMessages", "{entity} belongs to {other}: change its parent first"),
    Msg.NOT_ITS_MENTION: QT_TRANSLATE_NOOP("CoreMessages", "a chosen mention does not belong to this entity"),
    Msg.NAME_TAKEN: QT_TRANSLATE_NOOP("CoreMessages", "“{name}” is already the name of another entity; merge them instead"),
    Msg.BLANK_NAME: QT_TRANSLATE_NOOP("CoreMessages", "a name cannot be blank"),
    Msg.SAME_NAME: QT_TRANSLATE_NOOP("CoreMessages", "the entity is already called “{name}”"),
    Msg.PARENT_KINDS: QT_TRANSLATE_NOOP("CoreMessages", "only an institution has a parent, and the parent is an institution"),
    Msg.PARENT_LOOP: QT_TRANSLATE_NOOP("CoreMessages", "{parent} belongs to {entity}: it cannot be its parent"),
    Msg.REVIEWER_ONLY_ASSIGN: QT_TRANSLATE_NOOP("CoreMessages", "only a reviewer may assign articles to be tagged blind"),
    Msg.REVIEWER_ONLY_SETTLE: QT_TRANSLATE_NOOP("CoreMessages", "only a reviewer may settle the editors' disagreements"),
    Msg.ASSIGN_DONE: QT_TRANSLATE_NOOP(
        "CoreMessages", "article {article_id} is done and waits for review; reopen it before giving it to editors to tag blind"),
    Msg.ASSIGN_REVIEWED: QT_TRANSLATE_NOOP(
        "CoreMessages", "article {article_id} has tags a reviewer judged; only an article whose tags nobody reviewed is tagged blind"),
    Msg.ASSIGN_TWO: QT_TRANSLATE_NOOP(
        "CoreMessages", "article {article_id} needs two editors or more to tag it blind, so that their tags can be compared"),
    Msg.NOT_ASSIGNED: QT_TRANSLATE_NOOP("CoreMessages", "article {article_id} is not given to {user} to tag blind"),
    Msg.NOT_BLIND: QT_TRANSLATE_NOOP("CoreMessages", "article {article_id} was not given to editors to tag blind"),
    Msg.LAYER_DONE: QT_TRANSLATE_NOOP(
        "CoreMessages", "you marked your blind tags of article {article_id} done; undo that (Ctrl+Z) to change them"),
    Msg.LAYERS_NOT_DONE: QT_TRANSLATE_NOOP("CoreMessages", "{users} have not finished tagging article {article_id}"),
    Msg.ALREADY_SETTLED: QT_TRANSLATE_NOOP(
        "CoreMessages", "article {article_id} was settled by {user}; its blind tags no longer change"),
    Msg.NO_DISAGREEMENT: QT_TRANSLATE_NOOP("CoreMessages", "article {article_id} has no disagreement {number}"),
    Msg.NOT_AN_ANNOTATOR: QT_TRANSLATE_NOOP("CoreMessages", "{user} did not tag article {article_id} blind"),
    Msg.NO_CHOICE: QT_TRANSLATE_NOOP(
        "CoreMessages", "disagreement {number} of article {article_id} has no choice: say whose tags to keep there, or none"),
    Msg.NOT_A_MEMBER: QT_TRANSLATE_NOOP("CoreMessages", "{user} is not a member of this library; an admin adds members"),
    Msg.ADMIN_ONLY: QT_TRANSLATE_NOOP("CoreMessages", "only an admin may grant or revoke roles"),
    Msg.LAST_ADMIN: QT_TRANSLATE_NOOP("CoreMessages", "{user} is the library's last admin; make someone else admin first"),
    Msg.NOT_A_ROLE: QT_TRANSLATE_NOOP("CoreMessages", "“{role}” is not a role (editor, reviewer or admin)"),
    Msg.NOT_YOUR_LOGIN: QT_TRANSLATE_NOOP("CoreMessages",
                                          "you are connected to this library's server as {login}, and act as {login}, not as {user}"),
    Msg.TRAINING_DIED: QT_TRANSLATE_NOOP("CoreMessages", "the training process ended unexpectedly (exit code {code})"),
}

# Errors the core did not word (the system's, a library's, a bug's) reach the window from
# background work: one sentence by kind, with their own first line as the detail.
SYSTEM_ERROR = QT_TRANSLATE_NOOP("CoreMessages", "the system could not read or write a file ({detail})")
UNEXPECTED_ERROR = QT_TRANSLATE_NOOP("CoreMessages", "unexpected problem ({detail})")


def message_text(code: Msg, params: Mapping[str, object]) -> str:
    """The message `code` in the interface language, its parameters filled in."""
    return QCoreApplication.translate(CONTEXT, TEMPLATES[code]).format_map({name: _shown(value) for name, value in params.items()})


def _shown(value: object) -> object:
    """A parameter as the window shows it: a status by its label, what others did in words."""
    if isinstance(value, ArticleStatus):
        return status_label(value)
    if isinstance(value, ArticleChanges):
        return changes_text(value)
    return value


def changes_text(changes: ArticleChanges) -> str:
    """What other users did to an article ("2 tags added"), in the interface language."""
    parts = [text for count, text in (
        (changes.tags_added, QCoreApplication.translate("CoreMessages", "%n tag(s) added", "", changes.tags_added)),
        (changes.tags_removed, QCoreApplication.translate("CoreMessages", "%n tag(s) removed", "", changes.tags_removed)),
        (changes.tags_changed, QCoreApplication.translate("CoreMessages", "%n tag(s) changed", "", changes.tags_changed)),
        (changes.suggestions_rejected,
         QCoreApplication.translate("CoreMessages", "%n suggestion(s) rejected", "", changes.suggestions_rejected))) if count]
    if changes.status is not None:
        parts.append(QCoreApplication.translate("CoreMessages", "status now “%1”").replace("%1", status_label(changes.status)))
    if changes.details_edited:
        parts.append(QCoreApplication.translate("CoreMessages", "details edited"))
    return QCoreApplication.translate("CoreMessages", ", ").join(parts) or QCoreApplication.translate("CoreMessages", "other changes")


def error_text(error: BaseException) -> str:
    """One line for the user, in the interface language; never a traceback."""
    if isinstance(error, CuratorError):
        return message_text(error.code, error.params)
    detail = (str(error).splitlines() or [type(error).__name__])[0]
    sentence = SYSTEM_ERROR if isinstance(error, OSError) else UNEXPECTED_ERROR
    return QCoreApplication.translate(CONTEXT, sentence).format(detail=detail)
