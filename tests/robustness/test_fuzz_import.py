"""A thousand generated broken files imported in one go: no traceback, every file accounted for
(issue 14, fuzz suite). Peak memory per kind is measured by bench/bench_robustness.py."""

import os
import random

from curator.services.importing import import_paths
from tests.robustness.hostile_files import SENTENCE, billion_laughs, write_docx

FILES = 1_000


def truncated(data: bytes, rng: random.Random) -> bytes:
    return data[: rng.randrange(1, max(2, len(data)))]


def make_files(folder, rng: random.Random) -> int:
    """FILES files of many broken kinds under `folder` (some in deep folders); returns how many."""
    docx_bytes = write_docx(folder / "template.docx").read_bytes()
    (folder / "template.docx").unlink()
    pdf_bytes = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
    kinds = [
        lambda: (".txt", bytes(rng.randrange(256) for _ in range(rng.randrange(0, 2048)))),
        lambda: (".txt", (SENTENCE * rng.randrange(1, 40)).encode(rng.choice(["utf-8", "gb18030", "big5", "utf-16-le", "utf-16"]), "replace")),
        lambda: (".md", billion_laughs(rng.randrange(2, 9)).encode("utf-8")),
        lambda: (".md", ("---\ntitle: [" + "{" * rng.randrange(1, 50) + "\n---\n" + SENTENCE).encode("utf-8")),
        lambda: (".docx", truncated(docx_bytes, rng)),
        lambda: (".docx", docx_bytes),
        lambda: (".pdf", truncated(pdf_bytes, rng)),
        lambda: (".html", ("<html><body>" + "<div>" * rng.randrange(1, 3000) + SENTENCE).encode("utf-8")),
        lambda: (".txt", (SENTENCE.replace("，", "") * rng.randrange(1, 2000)).encode("utf-8")),  # one long line
        lambda: (".txt", "\u202e\ufeff\u200b".encode("utf-8") * rng.randrange(1, 100)),  # only invisible characters
    ]
    for number in range(FILES):
        depth = folder.joinpath(*[f"d{rng.randrange(3)}" for _ in range(rng.randrange(0, 6))])
        depth.mkdir(parents=True, exist_ok=True)
        suffix, data = rng.choice(kinds)()
        (depth / f"f{number}{suffix}").write_bytes(data)
    return FILES


def test_a_thousand_broken_files_are_each_imported_or_refused_with_a_reason(db, tmp_path):
    folder = tmp_path / "incoming"
    folder.mkdir()
    total = make_files(folder, random.Random(int(os.environ.get("CURATOR_FUZZ_SEED", "14"))))
    report = import_paths(db, [folder], user="fuzz")  # any exception fails the test: no traceback
    assert report.imported + report.duplicates + len(report.failed) == total
    for failure in report.failed:
        assert failure.error and "\n" not in failure.error and "Traceback" not in failure.error
    assert report.imported > 0 and report.failed  # both outcomes occurred: the generator is not trivial
