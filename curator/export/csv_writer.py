"""CSV for Excel: BOM so Excel detects UTF-8, RFC 4180 quoting, formula injection neutralized."""

import csv
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

# A spreadsheet treats a cell starting with one of these as a formula (OWASP "CSV Injection").
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_FORMULA_FIRST = frozenset(_FORMULA_STARTS)


def neutralize(value: Any) -> Any:
    """A text cell that would start a formula gets a leading apostrophe; numbers and None pass through.

    Only text is touched: -3 stays a number, while the text "-3" would become '-3.
    """
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


class CsvTableWriter:
    """Writes one table to a CSV file, a row at a time; use as a context manager."""

    def __init__(self, path: str | Path, columns: Sequence[str], *, bom: bool = True,
                 safe_columns: frozenset[str] = frozenset()):
        """`safe_columns` never hold free text (numbers, fixed vocabularies, times) and skip the check."""
        # newline="" hands line ends to the csv module: "\r\n" between rows, bare "\n" kept inside quoted cells.
        self._file = open(path, "w", encoding="utf-8-sig" if bom else "utf-8", newline="")
        self._writer = csv.writer(self._file, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
        self._writer.writerow(columns)
        self._checked = tuple(i for i, name in enumerate(columns) if name not in safe_columns)
        self.rows = 0

    def write(self, row: Sequence[Any]) -> None:
        self.write_all((row,))

    def write_all(self, rows: Iterable[Sequence[Any]]) -> None:
        self._writer.writerows(self._neutralized(rows))  # writerows loops in C

    def _neutralized(self, rows: Iterable[Sequence[Any]]):
        checked = self._checked
        for row in rows:
            self.rows += 1
            cells = list(row)
            # neutralize() inlined over the free-text cells only: this runs for a million rows.
            for i in checked:
                value = cells[i]
                if type(value) is str and value[:1] in _FORMULA_FIRST:
                    cells[i] = "'" + value
            yield cells

    def close(self) -> None:
        self._file.close()

    def __enter__(self) -> "CsvTableWriter":
        return self

    def __exit__(self, *_exc) -> None:
        self.close()
