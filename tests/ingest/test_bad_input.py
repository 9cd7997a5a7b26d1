"""Every kind of bad input ends as ImportFailure with a one-line reason, never a library error."""

import os
from pathlib import Path

import pytest

from curator.ingest import decoding
from tests.conftest import import_failure


def test_empty_file(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"")
    assert import_failure(tmp_path / "a.txt") == "empty file"


def test_whitespace_only(tmp_path):
    (tmp_path / "a.txt").write_text(" \n\u3000\r\n\t", encoding="utf-8")
    assert "blank" in import_failure(tmp_path / "a.txt")


def test_binary_named_txt(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    assert "binary" in import_failure(tmp_path / "a.txt")


def test_control_characters_without_nul(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"abc\x01\x02\x03\x04\x05\x06\x07\x08" * 20)
    assert "binary" in import_failure(tmp_path / "a.txt")


def test_undecodable_bytes(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"\xff\xfe\xfd" * 3 + b"\x81\xff" * 10)
    assert "decode" in import_failure(tmp_path / "a.txt") or "binary" in import_failure(tmp_path / "a.txt")


@pytest.mark.parametrize("suffix", [".pdf", ".docx"])
def test_corrupt_documents(tmp_path, suffix):
    (tmp_path / f"a{suffix}").write_bytes(b"this is not really a document at all" * 10)
    assert "corrupt" in import_failure(tmp_path / f"a{suffix}")


def test_too_large_checked_before_reading(tmp_path, monkeypatch):
    path = tmp_path / "a.txt"
    path.write_text("正文。", encoding="utf-8")
    monkeypatch.setattr(decoding, "MAX_FILE_BYTES", 4)
    assert "too large" in import_failure(path)


def test_missing_file_and_directory(tmp_path):
    assert "not found" in import_failure(tmp_path / "nope.txt")
    (tmp_path / "folder.txt").mkdir()
    assert "directory" in import_failure(tmp_path / "folder.txt")


@pytest.mark.skipif(os.name != "posix", reason="links and pipes as POSIX has them")
def test_what_is_not_a_regular_file_is_told_apart(tmp_path):
    """A regular file is answered by one stat; anything else by pathlib's tests, as before."""
    (tmp_path / "loop.txt").symlink_to(tmp_path / "loop.txt")
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    os.mkfifo(tmp_path / "pipe.txt")
    assert import_failure(tmp_path / "loop.txt") == import_failure(tmp_path / "dangling.txt") == "file not found"
    assert import_failure(tmp_path / "pipe.txt") == "not a regular file"
    assert import_failure(tmp_path / "nul\x00.txt") == "file not found"
    (tmp_path / "real.txt").write_text("正文。", encoding="utf-8")
    (tmp_path / "link.txt").symlink_to(tmp_path / "real.txt")
    assert decoding.read_bytes(tmp_path / "link.txt") == "正文。".encode()  # positive control


def test_unreadable_file(tmp_path, monkeypatch):
    path = tmp_path / "a.txt"
    path.write_text("正文。", encoding="utf-8")
    path.chmod(0)
    if os.name != "posix" or os.geteuid() == 0:  # root reads any file: the refusal the OS would give
        real = Path.read_bytes
        monkeypatch.setattr(Path, "read_bytes", lambda self: (_ for _ in ()).throw(
            PermissionError(13, "Permission denied", str(self))) if self == path else real(self))
    assert import_failure(path) == "cannot read file: permission denied"
    monkeypatch.undo()
    path.chmod(0o644)
    assert decoding.read_bytes(path) == "正文。".encode()  # positive control: readable again, read


def test_unsupported_suffix(tmp_path):
    (tmp_path / "a.xlsx").write_bytes(b"PK")
    assert "unsupported" in import_failure(tmp_path / "a.xlsx")


def test_only_boilerplate(tmp_path):
    (tmp_path / "a.txt").write_text("网友评论\n··\n版权所有，未经许可请勿转载\n", encoding="utf-8")
    assert "boilerplate" in import_failure(tmp_path / "a.txt")
