"""Likely second names of institutions in the registry: a standard short form (工行 for
中国工商银行, …农商行 for …农村商业银行) or the same name without its place (人民银行 for
中国人民银行). They are proposals: an editor confirms or dismisses each."""

from collections.abc import Iterator
from functools import cache

from curator.core.resources import read_lines
from curator.core.script import name_key
from curator.core.types import Kind
from curator.nlp.name_shape import name_doubt
from curator.nlp.vocab import vocab

ENDING = "…"
PLACE_LEVELS = ("", "省", "市", "县", "区")
MIN_REST = 2  # characters left after the place: less than that names nothing


@cache
def _table() -> tuple[tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]]:
    """(full key, short key) pairs of whole names, and of name endings."""
    names, endings = [], []
    for line in read_lines("registry", "short_forms.tsv"):
        full, _, short = line.partition("\t")
        pair = (name_key(full.removeprefix(ENDING)), name_key(short.removeprefix(ENDING)))
        (endings if full.startswith(ENDING) else names).append(pair)
    return tuple(names), tuple(endings)


def likely_aliases(entities: dict[str, int]) -> Iterator[tuple[int, int, str]]:
    """(entity id, alias entity id, reason) for the institutions' names keyed in `entities`
    (name key → the entity it belongs to), each pair of two different entities."""
    names, endings = _table()
    for full, shorts in _families(names).items():
        present = [key for key in (full, *shorts) if key in entities]
        for short in present[1:]:  # the full name if present, else the longest short form, takes the others
            yield from _pair(entities, present[0], short, "short_form")
    for key, entity in entities.items():
        for long_end, short_end in endings:
            if key.endswith(long_end) and len(key) > len(long_end):
                yield from _pair(entities, key, key[: -len(long_end)] + short_end, "short_form")
    yield from _without_place(entities)


def _families(pairs: tuple[tuple[str, str], ...]) -> dict[str, list[str]]:
    """Each full name with its short forms, longest first (工商银行 before 工行)."""
    families: dict[str, list[str]] = {}
    for full, short in pairs:
        families.setdefault(full, []).append(short)
    return {full: sorted(shorts, key=len, reverse=True) for full, shorts in families.items()}


def _pair(entities: dict[str, int], full: str, short: str, reason: str) -> Iterator[tuple[int, int, str]]:
    entity, alias = entities.get(full), entities.get(short)
    if entity is not None and alias is not None and entity != alias:
        yield entity, alias, reason


def _without_place(entities: dict[str, int]) -> Iterator[tuple[int, int, str]]:
    """A name that is another name minus a place before it, when only one name has it so:
    人民银行 and 中国人民银行 yes; 农商银行 and both 长治农商银行 and 晋城农商银行, no."""
    longer: dict[str, dict[int, str]] = {}  # the rest → the entities whose name it ends, with that name
    for key, entity in entities.items():
        for rest in _rests(key):
            if rest in entities and name_doubt(rest, Kind.INSTITUTION) is None:
                longer.setdefault(rest, {})[entity] = key
    for rest, owners in longer.items():
        if len(owners) == 1:
            yield from _pair(entities, next(iter(owners.values())), rest, "place_prefix")


def _rests(key: str) -> Iterator[str]:
    places = _places()
    for length in range(2, min(len(key) - MIN_REST, 6) + 1):
        if key[:length] in places:
            yield key[length:]


@cache
def _places() -> frozenset[str]:
    bare = vocab().places | {"中国", "全国"}
    return frozenset(place + level for place in bare for level in PLACE_LEVELS)

