import csv

import pytest

from curator.export.csv_writer import CsvTableWriter, neutralize


@pytest.mark.parametrize("value", ["=1+1", "+86 10", "-abc", "@SUM(A1)", "\tx", "\rx", "=HYPERLINK(\"x\")"])
def test_formula_starts_get_an_apostrophe(value):
    assert neutralize(value) == "'" + value


@pytest.mark.parametrize("value", [0, 42, -3, 1.5, -0.25, None, "", "中国银行", "a=b", "1-2"])
def test_numbers_and_harmless_text_are_untouched(value):
    assert neutralize(value) == value


def read_back(path, encoding="utf-8-sig"):
    with open(path, encoding=encoding, newline="") as f:
        return list(csv.reader(f))


def test_bom_by_default_and_plain_utf8_on_request(tmp_path):
    for bom, name in ((True, "bom.csv"), (False, "plain.csv")):
        with CsvTableWriter(tmp_path / name, ["a"], bom=bom) as w:
            w.write(["机构"])
    assert (tmp_path / "bom.csv").read_bytes().startswith(b"\xef\xbb\xbfa\r\n")
    assert (tmp_path / "plain.csv").read_bytes().startswith(b"a\r\n")


def test_rfc4180_quoting_round_trips(tmp_path):
    rows = [["a,b", 'say "hi"', "line1\nline2", "cr\r\nlf", "plain", 7]]
    with CsvTableWriter(tmp_path / "q.csv", ["c1", "c2", "c3", "c4", "c5", "c6"]) as w:
        w.write_all(rows)
    raw = (tmp_path / "q.csv").read_bytes().decode("utf-8-sig")
    assert raw == 'c1,c2,c3,c4,c5,c6\r\n"a,b","say ""hi""","line1\nline2","cr\r\nlf",plain,7\r\n'
    assert read_back(tmp_path / "q.csv")[1] == ["a,b", 'say "hi"', "line1\nline2", "cr\r\nlf", "plain", "7"]


def test_injection_cells_are_neutralized_in_the_file(tmp_path):
    cells = ["=1+1", "+1", "-1", "@x", "\t=1", "\r=1"]
    with CsvTableWriter(tmp_path / "i.csv", [str(i) for i in range(len(cells) + 1)]) as w:
        w.write(cells + [-5])
    parsed = read_back(tmp_path / "i.csv")[1]
    assert parsed == ["'" + c for c in cells] + ["-5"]
    assert not any(cell.startswith(("=", "+", "@", "\t", "\r")) for cell in parsed)
