"""Reading a file's bytes safely and decoding Chinese text of unknown encoding."""

import codecs
import re
from pathlib import Path

from curator.ingest.parsed import ImportFailure

MAX_FILE_BYTES = 50 * 1024 * 1024

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
# Chinese legacy encodings only: a wider search mislabels GBK as Latin or Cyrillic.
_CHINESE_CANDIDATES = ["gb18030", "big5", "big5hkscs", "utf_16"]


def read_bytes(path: Path) -> bytes:
    """The file's bytes, or ImportFailure when it is missing, not a file, empty or too large."""
    try:
        if not path.exists():
            raise ImportFailure("file not found")
        if path.is_dir():
            raise ImportFailure("is a directory, not a file")
        if not path.is_file():
            raise ImportFailure("not a regular file")
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ImportFailure(f"file too large: {size / 1024 / 1024:.0f} MB (limit 50 MB)")
        if size == 0:
            raise ImportFailure("empty file")
        data = path.read_bytes()
    except PermissionError:
        raise ImportFailure("cannot read file: permission denied") from None
    except OSError as error:
        raise ImportFailure(f"cannot read file: {error.strerror or error}") from None
    if not data:
        raise ImportFailure("empty file")
    return data


def decode_text(data: bytes) -> str:
    """Decode the bytes of a text file; ImportFailure when they are binary or undecodable."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(data.decode(encoding))
            except UnicodeDecodeError:
                raise ImportFailure(f"cannot decode text: invalid {encoding.upper()}") from None
    if b"\x00" in data:
        raise ImportFailure("not text: looks like a binary file")
    try:
        # The common case; strict UTF-8 almost never accepts legacy Chinese bytes by accident.
        return _checked(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    return _checked(_decode_legacy(data))


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
        raise ImportFailure("cannot decode text: not UTF-8, GB18030 or Big5")
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
            raise ImportFailure("not text: looks like a binary file")
    return text
