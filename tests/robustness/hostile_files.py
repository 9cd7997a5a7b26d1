"""Makers of hostile files, shared by the robustness tests and bench/bench_robustness.py.

Each writes little memory of its own: a benchmark's figures would otherwise carry the maker's peak.
"""

import io
import zipfile
from pathlib import Path

SENTENCE = "中国农业银行长治市分行发放贷款，支持小微企业发展。"
MB = 1024 * 1024


def billion_laughs(levels: int = 9) -> str:
    """The classic YAML alias bomb as Markdown front matter: each level nine aliases of the one
    before (under 600 bytes, 9^9 strings once expanded)."""
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    lines += [f"a{i}: &a{i} [" + ",".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, levels)]
    return "---\n" + "\n".join(lines) + f"\ntitle: *a{levels - 1}\n---\n{SENTENCE}\n"


def write_docx(path: Path, padding_mb: int = 0) -> Path:
    """A real Word file whose document.xml carries `padding_mb` MB of spaces (they deflate about
    1000:1), written a megabyte at a time."""
    import docx

    plain = io.BytesIO()
    document = docx.Document()
    document.add_paragraph(SENTENCE)
    document.save(plain)
    source = zipfile.ZipFile(io.BytesIO(plain.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for member in source.infolist():
            data = source.read(member.filename)
            if member.filename != "word/document.xml":
                out.writestr(member, data, compress_type=zipfile.ZIP_DEFLATED)
                continue
            head, tail = data.split(b"<w:body>", 1)
            with out.open(member.filename, "w", force_zip64=True) as part:
                part.write(head + b"<w:body>")
                for _ in range(padding_mb):
                    part.write(b" " * MB)
                part.write(tail)
    return path


def write_one_line(path: Path, size_mb: int) -> Path:
    """A text file of `size_mb` MB with no line break."""
    block = SENTENCE * (MB // len(SENTENCE.encode("utf-8")))
    with path.open("w", encoding="utf-8") as out:
        for _ in range(size_mb):
            out.write(block)
    return path
