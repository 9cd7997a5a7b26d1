"""PDF and Word files: their text, before the shared cleaning."""

import logging
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from typing import BinaryIO

from curator.core.errors import Msg
from curator.ingest.decoding import MB
from curator.ingest.parsed import ImportFailure

# A Word file's parts, inflated: text XML of a long report is a few MB, images do not compress.
INFLATED_MAX = 200 * MB
XML_PART_MAX = 50 * MB  # parsed into a tree several times its size
RATIO_MAX = 200  # real XML compresses about 10:1; a bomb's zeros 1000:1
RATIO_FLOOR = 1 * MB  # small parts may compress as they like


def pdf_text(source: BinaryIO) -> str:
    """All pages' extracted text, pages separated by a blank line."""
    try:
        from pypdf import PdfReader  # lazy: heavy, and only PDFs need it
        from pypdf.errors import PdfReadError
    except ImportError:
        raise ImportFailure(Msg.PDF_SUPPORT_MISSING) from None
    with _library_warnings("pypdf") as warned:
        try:
            reader = PdfReader(source)
            if reader.is_encrypted and not reader.decrypt(""):
                raise ImportFailure(Msg.PDF_PASSWORD)
            pages = [page.extract_text() or "" for page in reader.pages]
        except ImportFailure:
            raise
        except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError, OSError) as error:
            raise ImportFailure(Msg.CORRUPT_PDF, detail=_first_line(error) + _first_warning(warned)) from None
    text = "\n\n".join(pages)
    if not text.strip():
        raise ImportFailure(Msg.PDF_WITHOUT_TEXT, note=_first_warning(warned))
    return text


@contextmanager
def _library_warnings(logger_name: str) -> Iterator[list[str]]:
    """Collect what a library logs or warns while it reads one file, instead of printing it: one
    damaged PDF made pypdf write 491 lines on stderr. The first one may explain a failure."""
    messages: list[str] = []
    handler = logging.Handler()
    handler.emit = lambda record: messages.append(record.getMessage())
    logger = logging.getLogger(logger_name)
    propagate, logger.propagate = logger.propagate, False
    logger.addHandler(handler)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # deprecations and the like: nothing a user can act on
            yield messages
    finally:
        logger.removeHandler(handler)
        logger.propagate = propagate


def _first_warning(messages: list[str]) -> str:
    return f" ({_first_line(Exception(messages[0]))})" if messages else ""


def docx_paragraphs(source: BinaryIO) -> tuple[list[str], str | None]:
    """Body paragraphs and table cell texts in document order, and the core-properties title."""
    try:
        import docx  # lazy: heavy, and only Word files need it
        from docx.table import Table
        from docx.text.paragraph import Paragraph
    except ImportError:
        raise ImportFailure(Msg.DOCX_SUPPORT_MISSING) from None
    _check_inflated_sizes(source)
    try:
        document = docx.Document(source)
        paragraphs: list[str] = []
        for block in document.element.body.iterchildren():
            tag = block.tag.rsplit("}", 1)[-1]
            if tag == "p":
                paragraphs.append(Paragraph(block, document).text)
            elif tag == "tbl":
                paragraphs.extend(_table_texts(Table(block, document)))
        title = (document.core_properties.title or "").strip() or None
    except Exception as error:  # zip, XML and package errors all mean the same to a user
        raise ImportFailure(Msg.CORRUPT_DOCX, detail=_first_line(error)) from None
    return paragraphs, title


def _check_inflated_sizes(source: BinaryIO) -> None:
    """Refuse a zip bomb before python-docx inflates it: a 443 KB file used to take 3.5 GB.

    The declared sizes are enough to check: zipfile never inflates a member beyond the size its
    header declares (it stops there, and a CRC mismatch is an error), so a lying header gains nothing.
    """
    import zipfile

    try:
        with zipfile.ZipFile(source) as package:
            members = package.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        raise ImportFailure(Msg.CORRUPT_DOCX, detail=_first_line(error)) from None
    finally:
        source.seek(0)
    total = sum(m.file_size for m in members)
    if total > INFLATED_MAX:
        raise ImportFailure(Msg.DOCX_TOO_LARGE, mb=total // MB, limit=INFLATED_MAX // MB)
    for m in members:
        if m.file_size > XML_PART_MAX and m.filename.endswith((".xml", ".rels")):
            raise ImportFailure(Msg.DOCX_PART_TOO_LARGE, part=m.filename[:60], mb=m.file_size // MB, limit=XML_PART_MAX // MB)
        if m.file_size > RATIO_FLOOR and m.file_size > RATIO_MAX * max(m.compress_size, 1):
            raise ImportFailure(Msg.DOCX_PART_BOMB, part=m.filename[:60], ratio=m.file_size // max(m.compress_size, 1))


def _table_texts(table) -> list[str]:
    """Each distinct cell's text once; merged cells repeat the same cell object."""
    seen: set[int] = set()
    texts = []
    for row in table.rows:
        for cell in row.cells:
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            texts.extend(p.text for p in cell.paragraphs)
    return texts


def _first_line(error: Exception) -> str:
    message = str(error).strip().split("\n", 1)[0] or type(error).__name__
    return message[:120]
