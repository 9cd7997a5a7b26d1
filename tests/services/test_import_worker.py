"""What an import worker makes of the seed articles, pinned: every field of the article, its
fingerprint and its search index columns, for each seed as it is and written in five odd ways.

parse_file is the import's hot path and is tuned for speed, with shortcuts that skip work when
the text shows it has nothing to do; any change of result shows here. The values are short
digests of what the code made before the tuning (article, content hash, index columns).
"""

import hashlib
import unicodedata
from pathlib import Path

import pytest

from curator.services.import_worker import parse_file

SEEDS = Path(__file__).resolve().parents[1] / "fixtures" / "seeds"
_WIDE = str.maketrans({c: chr(ord(c) + 0xFEE0) for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"})
VARIANTS = {
    "as is": lambda text: text,
    "crlf": lambda text: text.replace("\n", "\r\n"),
    "nfd": lambda text: unicodedata.normalize("NFD", text),
    "wide": lambda text: text.translate(_WIDE),  # full-width letters and digits
    "variants": lambda text: text + "\n工商銀行陜西分行加強衞生管理，粧點門面。\n",  # forms OpenCC leaves alone
    "spaces": lambda text: "\n".join("\u3000 " + line + " \u200b" for line in text.split("\n")),
}
EXPECTED = {
    ('000', 'as is'): ('b5d120e238e2', 'dcfe85bd54c0', '68237b003b03'),
    ('000', 'crlf'): ('5ce6a70d1169', 'd5d7c49d0f3a', 'e836386b4e43'),
    ('000', 'nfd'): ('b5d120e238e2', 'dcfe85bd54c0', '68237b003b03'),
    ('000', 'wide'): ('65d42363365d', '1d0edeb85936', '9363f244d14d'),
    ('000', 'variants'): ('05f77d5f9d99', '00f6a24693f3', '7d1b7cf845d2'),
    ('000', 'spaces'): ('5ce6a70d1169', 'd5d7c49d0f3a', 'e836386b4e43'),
    ('001', 'as is'): ('fc9e474a1b48', 'ff645983de81', '63cbd6e942c9'),
    ('001', 'crlf'): ('fc9e474a1b48', 'ff645983de81', '63cbd6e942c9'),
    ('001', 'nfd'): ('fc9e474a1b48', 'ff645983de81', '63cbd6e942c9'),
    ('001', 'wide'): ('5e77012f644f', '1ef5bf34ba74', '63cbd6e942c9'),
    ('001', 'variants'): ('04cab0d9c075', '335b6c8ef8a9', '47dcfce4b84f'),
    ('001', 'spaces'): ('fc9e474a1b48', 'ff645983de81', '63cbd6e942c9'),
    ('002', 'as is'): ('21f4a24a3109', '2661c017f7ef', 'b348b80de09f'),
    ('002', 'crlf'): ('21f4a24a3109', '2661c017f7ef', 'b348b80de09f'),
    ('002', 'nfd'): ('21f4a24a3109', '2661c017f7ef', 'b348b80de09f'),
    ('002', 'wide'): ('95cf63572542', '9400d90de759', '3fce5833b1c2'),
    ('002', 'variants'): ('1c1ff2d5a1a1', 'bf2635293d8b', '17cb9be0b96a'),
    ('002', 'spaces'): ('21f4a24a3109', '2661c017f7ef', 'b348b80de09f'),
    ('003', 'as is'): ('3b1089f8d4ed', 'c8b02e4c7a5a', '7c435976ad5f'),
    ('003', 'crlf'): ('3b1089f8d4ed', 'c8b02e4c7a5a', '7c435976ad5f'),
    ('003', 'nfd'): ('3b1089f8d4ed', 'c8b02e4c7a5a', '7c435976ad5f'),
    ('003', 'wide'): ('877cd918fa52', '7470f0b6ab04', '7c435976ad5f'),
    ('003', 'variants'): ('3b1089f8d4ed', 'c8b02e4c7a5a', '7c435976ad5f'),
    ('003', 'spaces'): ('3b1089f8d4ed', 'c8b02e4c7a5a', '7c435976ad5f'),
    ('004', 'as is'): ('e7ceae6e7c91', '7e7059d38179', 'af3a62dcce51'),
    ('004', 'crlf'): ('e7ceae6e7c91', '7e7059d38179', 'af3a62dcce51'),
    ('004', 'nfd'): ('e7ceae6e7c91', '7e7059d38179', 'af3a62dcce51'),
    ('004', 'wide'): ('647c12673dba', 'cb0917eaaf46', 'ffac1f7ebc74'),
    ('004', 'variants'): ('9aa8fbbbc105', '3da74a5765a5', '9634c083ed9e'),
    ('004', 'spaces'): ('56de6a1d75ff', '7701bb2eb545', '985df1af1e03'),
}


def _digest(value: object) -> str:
    return hashlib.sha256(repr(value).encode("utf-8")).hexdigest()[:12]


@pytest.mark.parametrize(("seed", "variant"), list(EXPECTED))
def test_what_a_worker_makes_of_a_seed_is_unchanged(tmp_path, seed, variant):
    source = next(SEEDS.glob(f"{seed}_*.txt"))
    path = tmp_path / source.name
    path.write_text(VARIANTS[variant](source.read_text(encoding="utf-8")), encoding="utf-8")
    parsed = parse_file(str(path))
    assert parsed.failure is None
    assert (_digest(parsed.article), parsed.content_hash[:12], _digest(parsed.index)) == EXPECTED[seed, variant]
