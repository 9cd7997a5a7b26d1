"""Noise and garbage: library warnings, BOM-less UTF-16, random bytes, odd folder entries (issue 14, item 8)."""

import os
import random
import subprocess
import sys

import pytest

from curator.ingest import read_article
from curator.services.import_reading import collect_files
from tests.conftest import import_failure

BODY = "中国农业银行长治市分行发放贷款，支持小微企业发展。\n记者 李若男 报道。\n"


def damaged_pdf(text: bytes) -> bytes:
    """A one-page PDF whose cross-reference offsets are all a little off (pypdf warns, then recovers)."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 300] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(text) + text + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out, offsets = b"%PDF-1.4\n", []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 6\n0000000000 65535 f \n" + b"".join(b"%010d 00000 n \n" % (o + 7) for o in offsets)
    return out + b"trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (xref + 3)


def test_a_damaged_pdf_prints_nothing(tmp_path):
    path = tmp_path / "damaged.pdf"
    path.write_bytes(damaged_pdf(b"BT /F1 12 Tf 10 100 Td (Quarterly report of the county bank branch) Tj ET"))
    # In a process of its own: pytest installs logging handlers that would hide what a user sees.
    code = f"from curator.ingest import read_article; print(read_article({str(path)!r}).text)"
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert "Quarterly report" in run.stdout
    assert run.stderr == ""  # pypdf's warnings stay inside the reader


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark(tmp_path, encoding):
    path = tmp_path / "a.txt"
    path.write_bytes(BODY.encode(encoding))
    assert "中国农业银行长治市分行" in read_article(path).text


def test_random_bytes_are_never_imported_as_articles(tmp_path):
    rng = random.Random(20261206)
    for number in range(300):
        path = tmp_path / f"r{number}.txt"
        path.write_bytes(bytes(rng.randrange(256) for _ in range(rng.randrange(1, 300))))
        assert import_failure(path)  # refused, with a one-line reason


@pytest.mark.parametrize("encoding", ["utf-8", "gb18030", "big5"])
def test_real_text_in_any_chinese_encoding_still_reads(tmp_path, encoding):
    text = "中國工商銀行鄭州分行表示，將繼續加大投入。" if encoding == "big5" else BODY
    path = tmp_path / "a.txt"
    path.write_bytes(text.encode(encoding))
    assert read_article(path).text.startswith(text[:6])


@pytest.mark.skipif(os.name != "posix", reason="links and pipes as POSIX has them")
def test_every_skipped_folder_entry_is_listed_with_why(tmp_path):
    (tmp_path / "inner").mkdir()
    (tmp_path / "inner" / "ok.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "inner" / "back").symlink_to(tmp_path)  # a loop
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    os.mkfifo(tmp_path / "pipe.txt")
    files, skipped = collect_files([tmp_path])
    assert files == [tmp_path / "inner" / "ok.txt"]
    assert {(os.path.basename(f.path), f.error.split(":")[0]) for f in skipped} == {
        ("back", "link loop"), ("dangling.txt", "broken link"), ("pipe.txt", "not a regular file")}
