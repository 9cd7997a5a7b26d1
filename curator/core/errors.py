"""Every message the core gives a user, as a code with named parameters.

The core raises `CuratorError(Msg.FILE_TOO_LARGE, mb=61, limit=50)`; the command line prints
`str(error)`, the English template filled in, and the window translates by the code. A
parameter that is an article status is passed as an `ArticleStatus`, so that the window can
show its label.
"""

from collections.abc import Mapping
from enum import Enum, unique


@unique
class Msg(Enum):
    """A message code (the member's name) and its English template (its value, in `str.format` syntax)."""

    # Reading a file (ImportFailure)
    FILE_NOT_FOUND = "file not found"
    IS_A_DIRECTORY = "is a directory, not a file"
    NOT_A_REGULAR_FILE = "not a regular file"
    FILE_TOO_LARGE = "file too large: {mb:.0f} MB (limit {limit} MB)"
    EMPTY_FILE = "empty file"
    PERMISSION_DENIED = "cannot read file: permission denied"
    CANNOT_READ_FILE = "cannot read file: {reason}"
    INVALID_ENCODING = "cannot decode text: invalid {encoding}"
    UNKNOWN_ENCODING = "cannot decode text: not UTF-8, GB18030 or Big5"
    BINARY_FILE = "not text: looks like a binary file"
    UNSUPPORTED_TYPE = "unsupported file type: {suffix}"
    NO_EXTENSION = "unsupported file type: no extension"
    READER_FAILED = "cannot read {format} file: {detail}"
    BLANK_FILE = "no text: the file is blank"
    ONLY_BOILERPLATE = "no article text left after removing page boilerplate"
    NO_CHINESE = "no article text: a few characters and no Chinese"
    PDF_SUPPORT_MISSING = "PDF support is not installed (pypdf)"
    PDF_PASSWORD = "PDF is password-protected"
    CORRUPT_PDF = "corrupt PDF: {detail}"
    # `note` is empty, or the PDF library's first warning in parentheses after a space.
    PDF_WITHOUT_TEXT = "no text in PDF (a scanned image?){note}"
    DOCX_SUPPORT_MISSING = "Word support is not installed (python-docx)"
    CORRUPT_DOCX = "corrupt DOCX: {detail}"
    DOCX_TOO_LARGE = "Word file inflates to {mb:,} MB (limit {limit} MB)"
    DOCX_PART_TOO_LARGE = "Word file part {part} inflates to {mb:,} MB (limit {limit} MB)"
    DOCX_PART_BOMB = "Word file part {part} is compressed {ratio:,} to 1 (a zip bomb?)"
    FRONT_MATTER_TOO_LONG = "front matter too long ({chars:,} characters; at most {limit:,})"
    FRONT_MATTER_ALIASES = "front matter uses YAML aliases (*name), which are not accepted"
    FRONT_MATTER_INVALID = "invalid YAML front matter"
    FRONT_MATTER_FIELD_TOO_LONG = "front matter field {field!r} too long ({chars:,} characters)"
    HTML_UNREADABLE = "cannot parse HTML: {detail}"

    # Finding the files of an import (services.import_worker.Failure)
    NO_SUCH_PATH = "no such file or folder"
    FOLDER_UNREADABLE = "cannot read folder: {reason}"
    LINK_LOOP = "link loop: this folder was already read"
    BROKEN_LINK = "broken link: its target does not exist"
    READER_CRASHED = "could not read the file ({kind}: {detail})"

    # The library file (StoreError)
    READ_ONLY = "the library is read-only (its file or folder cannot be written); nothing was changed"
    DATABASE_ERROR = "{detail}"  # the database's own words, for what no message below names
    DATABASE_LOCKED = "database is locked"
    SERVER_UNREACHABLE = "the library's server cannot be reached ({detail}); nothing was changed, try again"
    LOCK_TIMEOUT = "another program kept the library busy for {minutes} minutes; nothing was changed"
    CANNOT_OPEN_LIBRARY = "cannot open library {location}: {detail}"
    NOT_A_LIBRARY = "{path} is not a Curator library ({detail}); it was left untouched"
    FOREIGN_TABLES = "{path} is not a Curator library (it holds other tables); it was left untouched"
    NEWER_SCHEMA = "{path} was made by a newer Curator (schema {schema}); please upgrade Curator"
    NO_LIBRARY = "there is no library at {location}"

    # Copying a whole library (curator copy)
    COPY_INTO_LIBRARY = "{location} already holds a library; copy into a new or empty one (nothing was copied)"
    COPY_DIFFERS = "the copy did not read back the same in {tables}; nothing was copied"

    # Records, tagging and review
    NO_ARTICLE = "no article with id {article_id}"
    NO_MENTION = "no mention with id {mention_id}"
    ARTICLE_APPROVED = "article {article_id} is approved; a reviewer must reopen it before it changes"
    SPAN_OUTSIDE = "span {start}-{end} is outside article {article_id} (0-{length})"
    BLANK_SPAN = "cannot tag blank text"
    SPAN_OVERLAPS = "{surface} overlaps the tag {other}; remove that tag first"
    REVIEWER_ONLY_MOVE = "only a reviewer may move an article to {status} (your role is {role})"
    REVIEWER_ONLY_VERDICT = "only a reviewer may review mentions (your role is {role})"
    MOVE_REFUSED = "cannot move an article from {current} to {target}: from {current} it can go to {allowed}"
    NOTE_WITHOUT_VERDICT = "a note goes with a reviewer's verdict (approve, request changes, reopen)"
    REJECTED_MENTIONS = ("article {article_id} has {count} rejected mention(s): "
                         "request changes, or approve or remove them first")
    VERDICT_ON_APPROVED = "article {article_id} is approved; reopen it before changing a verdict"
    VERDICTS_ON_APPROVED = "article {article_id} is approved; reopen it before changing verdicts"
    NEWER_EVENT = "cannot undo or redo “{action}”: it was recorded by a newer Curator"
    # `what` is a core.article_changes.ArticleChanges, whose str() says what was done ("2 tags added").
    ARTICLE_CHANGED = "{user} changed this article a moment ago: {what}; your change was not saved"
    UNDO_BLOCKED = "cannot undo your change to article {article_id}: {user} has changed what it changed since"
    REDO_BLOCKED = "cannot redo your change to article {article_id}: {user} has changed the article since"
    SEARCH_TOO_LONG = "search text too long ({chars:,} characters; at most {limit})"
    TOO_MANY_SEARCH_WORDS = "too many search words ({words:,}; at most {limit})"

    # Exporting, and importing tagged files
    EXPORT_CANCELLED = "export cancelled"
    NO_SUCH_FOLDER = "no such folder: {folder}"
    NOT_A_TAGGED_FILE = "{name}: not a tagged file (expected .jsonl or .conll)"
    NOT_A_DOCCANO_RECORD = "line {line}: not a doccano record ({detail})"
    UNKNOWN_LABEL = "line {line}: unknown label {label!r} (ORG or PER)"
    UNKNOWN_TAG = "line {line}: unknown tag {tag!r}"
    BAD_CHARACTER_TOKEN = "line {line}: {token!r} is neither one character nor a U+XXXX placeholder"

    # Learning from the tags
    TRAINING_DIED = "the training process ended unexpectedly (exit code {code})"

    # An article's details
    NOT_A_DATE = "published date {text!r} is not a date (YYYY-MM-DD or YYYY-MM-DD HH:MM)"
    TITLE_REQUIRED = "an article needs a title"

    # The entity registry
    NO_ENTITY = "no entity with id {entity_id}"
    NO_OPEN_PROPOSAL = "no open alias proposal with id {proposal_id}"
    MERGE_INTO_ITSELF = "cannot merge entity {entity_id} into itself"
    MERGE_KINDS = "cannot merge a {kind} into a {into}"
    MERGE_ANCESTOR = "{entity} belongs to {other}: set its parent first"
    NOT_ITS_MENTION = "mention {mention_id} is not a mention of entity {entity_id}"
    NAME_TAKEN = "{name} is already the name of entity {entity_id}"
    BLANK_NAME = "a name cannot be blank"
    SAME_NAME = "entity {entity_id} is already called {name}"
    PARENT_KINDS = "only an institution has a parent, and it is an institution"
    PARENT_LOOP = "{parent} belongs to {entity}: it cannot be its parent"

    # Blind tagging by two or more editors, and settling their disagreements
    REVIEWER_ONLY_ASSIGN = "only a reviewer may assign articles to be tagged blind (your role is {role})"
    REVIEWER_ONLY_SETTLE = "only a reviewer may settle the editors' disagreements (your role is {role})"
    ASSIGN_DONE = "article {article_id} is done and waits for review; reopen it before giving it to editors to tag blind"
    ASSIGN_REVIEWED = "article {article_id} has tags a reviewer judged; only an article whose tags nobody reviewed is tagged blind"
    ASSIGN_TWO = "article {article_id} needs two editors or more to tag it blind, so that their tags can be compared"
    NOT_ASSIGNED = "article {article_id} is not given to {user} to tag blind"
    NOT_BLIND = "article {article_id} was not given to editors to tag blind"
    LAYER_DONE = "{user} marked their tags of article {article_id} done; undo that to change them"
    LAYERS_NOT_DONE = "{users} have not finished tagging article {article_id}"
    ALREADY_SETTLED = "article {article_id} was settled by {user}; its layers no longer change"
    NO_DISAGREEMENT = "article {article_id} has no disagreement {number}"
    NOT_AN_ANNOTATOR = "{user} did not tag article {article_id} blind"
    NO_CHOICE = "disagreement {number} of article {article_id} has no choice: say whose tags to keep there, or none"

    # A team library's members
    NOT_A_MEMBER = "{user} is not a member of this library; an admin adds members with curator grant"
    ADMIN_ONLY = "only an admin may grant or revoke roles (your role is {role})"
    LAST_ADMIN = "{user} is the library's last admin; make someone else admin first"
    NOT_A_ROLE = "{role!r} is not a role (editor, reviewer or admin)"
    NOT_YOUR_LOGIN = "you are connected to this library's server as {login}, and act as {login}, not as {user}"

    def english(self, params: Mapping[str, object]) -> str:
        return self.value.format_map(params)


class CuratorError(Exception):
    """A failure or refusal a user can act on: a message code and its parameters.

    `str()` is the English sentence. Only the code goes into `args`; the parameters travel in
    the instance's dict, which is how an exception is pickled to and from a worker process.
    """

    def __init__(self, code: Msg, /, **params: object):
        super().__init__(code)
        self.code = code
        self.params = params

    def __str__(self) -> str:
        return self.code.english(self.params)


class Invalid(CuratorError, ValueError):
    """What was asked or read breaks a rule: a move the lifecycle forbids, an overlapping tag, a
    malformed line. A ValueError, as the callers that catch bad values expect."""


class FolderNotFound(CuratorError, FileNotFoundError):
    """The folder chosen for a file to write does not exist."""
