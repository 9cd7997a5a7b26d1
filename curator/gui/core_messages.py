"""The core's one-line English messages (import failures, refusals), shown in the interface language.

The core stays free of Qt and speaks English on the command line; the window matches
each message against these patterns and translates it here, at its edge. A message
without a pattern is shown as it is.
"""

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "CoreMessages"

# (pattern over the whole English message, the text to translate; %1, %2 … are the pattern's groups)
_MESSAGES = (
    (r"empty file", QT_TRANSLATE_NOOP("CoreMessages", "empty file")),
    (r"no text: the file is blank", QT_TRANSLATE_NOOP("CoreMessages", "no text: the file is blank")),
    (r"not text: looks like a binary file", QT_TRANSLATE_NOOP("CoreMessages", "not text: looks like a binary file")),
    (r"cannot decode text: (.+)", QT_TRANSLATE_NOOP("CoreMessages", "cannot decode the text (%1)")),
    (r"file not found|no such file or folder", QT_TRANSLATE_NOOP("CoreMessages", "no such file or folder")),
    (r"is a directory, not a file|not a regular file", QT_TRANSLATE_NOOP("CoreMessages", "not a regular file")),
    (r"broken link: its target does not exist", QT_TRANSLATE_NOOP("CoreMessages", "broken link: its target does not exist")),
    (r"link loop: this folder was already read", QT_TRANSLATE_NOOP("CoreMessages", "link loop: this folder was already read")),
    (r"cannot read folder: (.+)", QT_TRANSLATE_NOOP("CoreMessages", "cannot read the folder: %1")),
    (r"file too large: (\d+) MB \(limit 50 MB\)", QT_TRANSLATE_NOOP("CoreMessages", "file too large: %1 MB (limit 50 MB)")),
    (r"cannot read file: permission denied", QT_TRANSLATE_NOOP("CoreMessages", "cannot read the file: permission denied")),
    (r"cannot read file: (.+)", QT_TRANSLATE_NOOP("CoreMessages", "cannot read the file: %1")),
    (r"unsupported file type: (.+)", QT_TRANSLATE_NOOP("CoreMessages", "unsupported file type: %1")),
    (r"corrupt PDF: (.+)", QT_TRANSLATE_NOOP("CoreMessages", "damaged PDF file (%1)")),
    (r"corrupt DOCX: (.+)", QT_TRANSLATE_NOOP("CoreMessages", "damaged Word file (%1)")),
    (r"PDF is password-protected", QT_TRANSLATE_NOOP("CoreMessages", "the PDF is password-protected")),
    (r"no text in PDF \(a scanned image\?\).*", QT_TRANSLATE_NOOP("CoreMessages", "no text in the PDF (a scanned image?)")),
    (r"no article text: a few characters and no Chinese",
     QT_TRANSLATE_NOOP("CoreMessages", "no article text: a few characters and no Chinese")),
    (r"no article text left after removing page boilerplate",
     QT_TRANSLATE_NOOP("CoreMessages", "no article text left after removing page boilerplate")),
    (r"invalid YAML front matter", QT_TRANSLATE_NOOP("CoreMessages", "invalid front matter")),
    (r"front matter too long \(([\d,]+) characters; at most ([\d,]+)\)",
     QT_TRANSLATE_NOOP("CoreMessages", "front matter too long (%1 characters; at most %2)")),
    (r"front matter uses YAML aliases \(\*name\), which are not accepted",
     QT_TRANSLATE_NOOP("CoreMessages", "the front matter uses YAML aliases, which are not accepted")),
    (r"front matter field (.+) too long \(([\d,]+) characters\)",
     QT_TRANSLATE_NOOP("CoreMessages", "front matter field %1 too long (%2 characters)")),
    (r"Word file inflates to ([\d,]+) MB \(limit (\d+) MB\)",
     QT_TRANSLATE_NOOP("CoreMessages", "the Word file unpacks to %1 MB (limit %2 MB)")),
    (r"Word file part (.+) inflates to ([\d,]+) MB \(limit (\d+) MB\)",
     QT_TRANSLATE_NOOP("CoreMessages", "part %1 of the Word file unpacks to %2 MB (limit %3 MB)")),
    (r"Word file part (.+) is compressed ([\d,]+) to 1 \(a zip bomb\?\)",
     QT_TRANSLATE_NOOP("CoreMessages", "part %1 of the Word file is compressed %2 to 1 (a zip bomb?)")),
    (r"cannot parse HTML: (.+)", QT_TRANSLATE_NOOP("CoreMessages", "cannot read the web page (%1)")),
    (r"cannot read (\w+) file: (.+)", QT_TRANSLATE_NOOP("CoreMessages", "cannot read the %1 file (%2)")),
    (r"could not read the file \((.+)\)", QT_TRANSLATE_NOOP("CoreMessages", "could not read the file (%1)")),
    (r"no article with id (\d+)", QT_TRANSLATE_NOOP("CoreMessages", "article %1 no longer exists")),
    (r"no mention with id (\d+)", QT_TRANSLATE_NOOP("CoreMessages", "this tag no longer exists")),
    (r"article (\d+) is approved; .*", QT_TRANSLATE_NOOP(
        "CoreMessages", "the article is approved; a reviewer must reopen it before it changes")),
    (r"span .* is outside article .*", QT_TRANSLATE_NOOP("CoreMessages", "the selection is outside the article")),
    (r"cannot tag blank text", QT_TRANSLATE_NOOP("CoreMessages", "cannot tag blank text")),
    (r"(.+) overlaps the tag (.+); remove that tag first",
     QT_TRANSLATE_NOOP("CoreMessages", "“%1” overlaps the tag “%2”; remove that tag first")),
    (r"cannot move an article from (\w+) to (\w+): .*",
     QT_TRANSLATE_NOOP("CoreMessages", "an article cannot go from “%1” to “%2”"), "status"),
    (r"article (\d+) has (\d+) rejected mention\(s\).*",
     QT_TRANSLATE_NOOP("CoreMessages", "the article still has %2 rejected tag(s): fix or remove them first")),
    (r"search text too long \(([\d,]+) characters; at most (\d+)\)",
     QT_TRANSLATE_NOOP("CoreMessages", "search text too long (%1 characters; at most %2)")),
    (r"too many search words \(([\d,]+); at most (\d+)\)",
     QT_TRANSLATE_NOOP("CoreMessages", "too many search words (%1; at most %2)")),
    (r"cannot undo or redo “(.+)”: it was recorded by a newer Curator",
     QT_TRANSLATE_NOOP("CoreMessages", "cannot undo or redo “%1”: it was recorded by a newer Curator")),
    (r"nothing to undo", QT_TRANSLATE_NOOP("CoreMessages", "nothing to undo")),
    (r"nothing to redo", QT_TRANSLATE_NOOP("CoreMessages", "nothing to redo")),
    (r"database is locked", QT_TRANSLATE_NOOP("CoreMessages", "the library is busy in another program; try again")),
    (r"another program kept the library busy for 15 minutes; nothing was changed",
     QT_TRANSLATE_NOOP("CoreMessages", "another program kept the library busy for 15 minutes; nothing was changed")),
    (r"cannot open library (.+): (.+)", QT_TRANSLATE_NOOP("CoreMessages", "cannot open the library %1 (%2)")),
    (r"(.+) is not a Curator library \((.+)\); it was left untouched",
     QT_TRANSLATE_NOOP("CoreMessages", "%1 is not a Curator library (%2); it was left untouched")),
    (r"the library is read-only \(its file or folder cannot be written\); nothing was changed",
     QT_TRANSLATE_NOOP("CoreMessages", "the library is read-only (its file or folder cannot be written); nothing was changed")),
    (r"(.+) was made by a newer Curator \(schema (.+)\); please upgrade Curator",
     QT_TRANSLATE_NOOP("CoreMessages", "%1 was made by a newer Curator (schema %2); please upgrade Curator")),
    (r"PDF support is not installed \(pypdf\)", QT_TRANSLATE_NOOP("CoreMessages", "PDF support is not installed (pypdf)")),
    (r"Word support is not installed \(python-docx\)",
     QT_TRANSLATE_NOOP("CoreMessages", "Word support is not installed (python-docx)")),
    (r"(.+): not a tagged file \(expected \.jsonl or \.conll\)",
     QT_TRANSLATE_NOOP("CoreMessages", "%1: not a tagged file (JSONL or CoNLL expected)")),
    (r"line (\d+): not a doccano record \((.+)\)", QT_TRANSLATE_NOOP("CoreMessages", "line %1: not a doccano record (%2)")),
    (r"(.+): unknown label (.+) \(ORG or PER\)", QT_TRANSLATE_NOOP("CoreMessages", "%1: unknown label %2 (ORG or PER)")),
    (r"line (\d+): unknown tag (.+)", QT_TRANSLATE_NOOP("CoreMessages", "line %1: unknown tag %2")),
    (r"line (\d+): (.+) is neither one character nor a U\+XXXX placeholder",
     QT_TRANSLATE_NOOP("CoreMessages", "line %1: %2 is neither one character nor a U+XXXX placeholder")),
    (r"only a reviewer may (.+) \(your role is (.+)\)", QT_TRANSLATE_NOOP("CoreMessages", "only a reviewer may do this")),
    (r"a note goes with a reviewer's verdict .*",
     QT_TRANSLATE_NOOP("CoreMessages", "a note goes with a reviewer's verdict (approve, request changes, reopen)")),
    (r"published date (.+) is not a date \(YYYY-MM-DD or YYYY-MM-DD HH:MM\)",
     QT_TRANSLATE_NOOP("CoreMessages", "%1 is not a date (YYYY-MM-DD or YYYY-MM-DD HH:MM)")),
    (r"an article needs a title", QT_TRANSLATE_NOOP("CoreMessages", "an article needs a title")),
    (r"no such folder: (.+)", QT_TRANSLATE_NOOP("CoreMessages", "no such folder: %1")),
    (r"export cancelled", QT_TRANSLATE_NOOP("CoreMessages", "export cancelled")),
)
# A third field "status" marks messages whose groups are article statuses, shown by their labels.
_COMPILED = tuple((re.compile(entry[0], re.S), entry[1], entry[2:] == ("status",)) for entry in _MESSAGES)


def translated(message: str, *, status_name=lambda status: status) -> str:
    """`message` in the interface language; `status_name` turns status values into their labels."""
    for pattern, source, groups_are_statuses in _COMPILED:
        match = pattern.fullmatch(message)
        if match:
            text = QCoreApplication.translate(CONTEXT, source)
            for number, group in enumerate(match.groups(), 1):
                text = text.replace(f"%{number}", status_name(group) if groups_are_statuses else group)
            return text
    return message
