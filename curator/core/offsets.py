"""Converting between code-point offsets (the store) and UTF-16 positions (Qt).

Characters outside the Basic Multilingual Plane (𠮷, emoji) are one code point but
two UTF-16 units; every conversion at the GUI edge goes through `OffsetMap`.
"""

from bisect import bisect_left, bisect_right


class OffsetMap:
    """Both conversion tables of one text, built once (the text never changes).

    The tables hold only the astral characters, so a text without any (most Chinese
    news) converts by plain arithmetic and costs no memory.
    """

    __slots__ = ("_astral", "_starts", "_length")

    def __init__(self, text: str):
        self._length = len(text)
        # Code-point index of each astral character, and where it starts in UTF-16.
        self._astral = [] if text.isascii() else [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]
        self._starts = [index + k for k, index in enumerate(self._astral)]

    @property
    def utf16_length(self) -> int:
        return self._length + len(self._astral)

    def codepoint_to_utf16(self, position: int) -> int:
        """UTF-16 position of code-point `position` (0 … len(text))."""
        if not 0 <= position <= self._length:
            raise ValueError(f"code-point position {position} outside 0-{self._length}")
        return position + bisect_left(self._astral, position)

    def utf16_to_codepoint(self, position: int) -> int:
        """Code-point position of UTF-16 `position`; the middle of a surrogate pair rounds down."""
        if not 0 <= position <= self.utf16_length:
            raise ValueError(f"UTF-16 position {position} outside 0-{self.utf16_length}")
        return position - bisect_right(self._starts, position - 1)


def codepoint_to_utf16(text: str, position: int) -> int:
    """One-off conversion; build an `OffsetMap` when converting many positions of one text."""
    return OffsetMap(text).codepoint_to_utf16(position)


def utf16_to_codepoint(text: str, position: int) -> int:
    """One-off conversion; build an `OffsetMap` when converting many positions of one text."""
    return OffsetMap(text).utf16_to_codepoint(position)
