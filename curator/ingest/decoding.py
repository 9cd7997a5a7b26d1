"""Reading a file's bytes safely and decoding Chinese text of unknown encoding."""

import codecs
import re
import stat
from functools import lru_cache
from pathlib import Path

from curator.core.errors import Msg
from curator.ingest.parsed import ImportFailure

MB = 1024 * 1024
MAX_FILE_BYTES = 50 * MB

# Bytes that never occur in text files; C0 controls except tab, newline, form feed, CR.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f\x7f]")
# A few stray controls (ESC, a form feed) survive in real exports; a binary file has many.
_MAX_CONTROL_SHARE = 0.01

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Han, CJK punctuation and full-width forms, ASCII, Latin-1 letters, general punctuation, spaces.
_TEXT_CHARS = re.compile(r"[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef\u0020-\u007e\u00a0-\u00ff\u2010-\u206f\s]")
MIN_TEXT_SHARE = 0.9
MIN_COMMON_HAN_SHARE = 0.6  # real news: 0.99 and more; random bytes decoded as GB18030: about 0.3
MIN_LEGACY_HAN = 10
LANGUAGE_SAMPLE = 100_000  # characters looked at to tell text from bytes that happened to decode
_HAN_CHARS = re.compile(r"[\u4e00-\u9fff]")
# Chinese legacy encodings only: a wider search mislabels GBK as Latin or Cyrillic.
_CHINESE_CANDIDATES = ["gb18030", "big5", "big5hkscs", "utf_16"]


def read_bytes(path: Path) -> bytes:
    """The file's bytes, or ImportFailure when it is missing, not a file, empty or too large."""
    try:
        size = _regular_file_size(path)
        if size > MAX_FILE_BYTES:
            raise ImportFailure(Msg.FILE_TOO_LARGE, mb=size / MB, limit=MAX_FILE_BYTES // MB)
        if size == 0:
            raise ImportFailure(Msg.EMPTY_FILE)
        data = path.read_bytes()
    except PermissionError:
        raise ImportFailure(Msg.PERMISSION_DENIED) from None
    except OSError as error:
        raise ImportFailure(Msg.CANNOT_READ_FILE, reason=str(error.strerror or error)) from None
    if not data:
        raise ImportFailure(Msg.EMPTY_FILE)
    return data


def _regular_file_size(path: Path) -> int:
    """The size of a regular file; ImportFailure when the path is missing, a directory or not a file.

    One stat answers for a regular file, where exists, is_dir, is_file and stat made four system
    calls a file; anything else is told apart by pathlib's own tests, with the errors they ignore.
    """
    try:
        status = path.stat()
    except (OSError, ValueError):
        status = None
    if status is not None and stat.S_ISREG(status.st_mode):
        return status.st_size
    if not path.exists():
        raise ImportFailure(Msg.FILE_NOT_FOUND)
    if path.is_dir():
        raise ImportFailure(Msg.IS_A_DIRECTORY)
    if not path.is_file():
        raise ImportFailure(Msg.NOT_A_REGULAR_FILE)
    return path.stat().st_size


def decode_text(data: bytes) -> str:
    """Decode the bytes of a text file; ImportFailure when they are binary or undecodable."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(data.decode(encoding))
            except UnicodeDecodeError:
                raise ImportFailure(Msg.INVALID_ENCODING, encoding=encoding.upper()) from None
    if b"\x00" in data:
        text = _utf16_without_bom(data)
        if text is None:
            raise ImportFailure(Msg.BINARY_FILE)
        return _checked(text)
    try:
        # The common case; strict UTF-8 almost never accepts legacy Chinese bytes by accident.
        return _checked(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    return _checked(_language(_decode_legacy(data)))


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 LE or BE text saved without a byte-order mark (its ASCII characters carry NUL
    bytes), when one of them decodes to text; None for a binary file."""
    if len(data) % 2:
        return None
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _text_share(text[:LANGUAGE_SAMPLE]) >= MIN_TEXT_SHARE:
            return text
    return None


def _text_share(text: str) -> float:
    """The share of characters a Chinese news text is made of: Han, CJK and ASCII punctuation,
    letters, digits and spaces."""
    return len(_TEXT_CHARS.findall(text)) / max(len(text), 1)


def _language(text: str) -> str:
    """Text decoded from GB18030 or Big5, unless it is bytes that happened to decode: random
    bytes give odd symbols and rare characters, while news uses the common ones."""
    han = _HAN_CHARS.findall(text, 0, LANGUAGE_SAMPLE)  # a sample is enough, and a 50 MB file stays fast
    common = sum(_common_han(c) for c in han)
    # Too few characters to judge: a real GB18030 or Big5 file is a Chinese text of some length.
    sample = text[:LANGUAGE_SAMPLE]
    if len(han) < MIN_LEGACY_HAN or _CONTROL.search(sample) or _text_share(sample) < MIN_TEXT_SHARE:
        raise ImportFailure(Msg.BINARY_FILE)
    if common < len(han) * MIN_COMMON_HAN_SHARE:
        raise ImportFailure(Msg.BINARY_FILE)
    return text


@lru_cache(maxsize=65_536)
def _common_han(char: str) -> bool:
    """In GB2312 (the 6,763 common simplified characters) or Big5's frequent level (5,401 traditional)."""
    try:
        char.encode("gb2312")
        return True
    except UnicodeEncodeError:
        pass
    try:
        return b"\xa4\x40" <= char.encode("big5") <= b"\xc6\x7e"
    except UnicodeEncodeError:
        return False


def _decode_legacy(data: bytes) -> str:
    """GB18030/GBK or Big5: the strict decodings that succeed, ranked by charset-normalizer."""
    fits = []
    for encoding in ("gb18030", "big5hkscs"):
        try:
            fits.append((encoding, data.decode(encoding)))
        except UnicodeDecodeError:
            continue
    if len(fits) == 1:
        return fits[0][1]
    if not fits:
        raise ImportFailure(Msg.UNKNOWN_ENCODING)
    from charset_normalizer import from_bytes  # lazy: only legacy files pay for it

    best = from_bytes(data, cp_isolation=_CHINESE_CANDIDATES).best()
    if best is not None and best.encoding in ("big5", "big5hkscs"):
        return dict(fits)["big5hkscs"]
    return dict(fits)["gb18030"]


def _checked(text: str) -> str:
    """The text itself, unless control characters show it is really a binary file."""
    if _CONTROL.search(text):
        controls = len(_CONTROL.findall(text))
        if "\x00" in text or controls > max(2, len(text) * _MAX_CONTROL_SHARE):
            raise ImportFailure(Msg.BINARY_FILE)
    return text
