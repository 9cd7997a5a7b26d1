"""XLSX with xlsxwriter in constant_memory mode: each row goes to disk as it is written."""

from collections.abc import Sequence
from pathlib import Path
from typing import Any

MAX_ROWS = 1_048_576  # Excel's limit per sheet, header included


class XlsxSheetWriter:
    """One table on one or more sheets (a table longer than Excel allows continues on "name 2")."""

    def __init__(self, book: "XlsxBookWriter", name: str, columns: Sequence[str], widths: Sequence[int]):
        self._book, self._name, self._columns, self._widths = book, name, columns, widths
        self._part = 0
        self.rows = 0
        self._new_sheet()

    def _new_sheet(self) -> None:
        self._part += 1
        name = self._name if self._part == 1 else f"{self._name} {self._part}"
        sheet = self._book.workbook.add_worksheet(name)
        for index, width in enumerate(self._widths):
            sheet.set_column(index, index, width)
        for index, column in enumerate(self._columns):
            sheet.write_string(0, index, column, self._book.header)
        sheet.freeze_panes(1, 0)
        self._sheet, self._row = sheet, 0
        self._close_filter()

    def _close_filter(self) -> None:
        # The filter range needs the last row, so it is set when the sheet is complete;
        # in constant_memory mode it is stored and written at close, which is allowed.
        self._sheet.autofilter(0, 0, max(self._row, 1), len(self._columns) - 1)

    def write(self, row: Sequence[Any]) -> None:
        if self._row + 1 >= MAX_ROWS:
            self._new_sheet()
        self._row += 1
        for column, value in enumerate(row):
            # write_string, never write(): write() would turn "=…" text into a live formula
            # and "http…" into a link. Text cells cannot execute, so no apostrophe is needed here.
            if value is None or value == "":
                continue
            if isinstance(value, bool):
                self._sheet.write_boolean(self._row, column, value)
            elif isinstance(value, (int, float)):
                self._sheet.write_number(self._row, column, value)
            else:
                self._sheet.write_string(self._row, column, str(value))
        self.rows += 1

    def finish(self) -> None:
        self._close_filter()


class XlsxBookWriter:
    """A workbook whose sheets are filled one after the other; use as a context manager."""

    def __init__(self, path: str | Path):
        import xlsxwriter  # forty modules the window and most commands never use (issue 16)

        self.workbook = xlsxwriter.Workbook(str(path), {"constant_memory": True})
        self.header = self.workbook.add_format({"bold": True, "bg_color": "#DDEBF7", "bottom": 1})

    def sheet(self, name: str, columns: Sequence[str], widths: Sequence[int]) -> XlsxSheetWriter:
        return XlsxSheetWriter(self, name, columns, widths)

    def close(self) -> None:
        self.workbook.close()

    def __enter__(self) -> "XlsxBookWriter":
        return self

    def __exit__(self, *_exc) -> None:
        self.close()
