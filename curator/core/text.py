"""Text normalization shared by every layer.

Annotations point into normalized text by code-point offsets, so this function is the
single definition of what "normalized" means; changing it invalidates stored offsets.
"""

import re
import unicodedata

_NEWLINES = re.compile(r"\r\n?")
# str.strip() already covers U+3000 and NBSP; listed here to state the contract.
_PARAGRAPH_SPACE = " \t\f\v\u00a0\u3000\u2000\u2001\u2002\u2003\u2009\u200b\ufeff"


def normalize_text(raw: str) -> str:
    """NFC, "\\n" line ends, each paragraph stripped, empty ones dropped, joined by one "\\n"."""
    text = unicodedata.normalize("NFC", _NEWLINES.sub("\n", raw))
    paragraphs = (line.strip().strip(_PARAGRAPH_SPACE) for line in text.split("\n"))
    return "\n".join(p for p in paragraphs if p)
