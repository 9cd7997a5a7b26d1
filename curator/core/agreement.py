"""Agreement between annotators who tagged the same articles blind.

Two measures, as annotation studies report them:
- exact-span F1: a tag of one annotator agrees with a tag of the other when both have the same
  start, end and kind; F1 = 2 · agreed / (tags of one + tags of the other);
- Cohen's kappa over characters: each character of the text is labelled with the kind of the tag
  that covers it, or none; kappa is the agreement on those labels beyond what chance gives. Per
  kind it is the binary kappa of "inside a tag of this kind or not"; over all kinds, the kappa of
  the three labels.

And where they differ: the tags of all annotators that overlap form a region; a region where
their tags are not all the same is a disagreement for the reviewer to settle.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from itertools import combinations
from typing import TYPE_CHECKING

from curator.core.types import Kind

if TYPE_CHECKING:  # numpy loads when agreement is first measured, not with the window (issue 16)
    import numpy as np

ALL_KINDS = "all"
_LABELS = (None, *Kind)  # a character's label: no tag, or the kind of the tag over it


@dataclass(frozen=True, slots=True)
class Tag:
    start: int
    end: int
    kind: str
    surface: str

    @property
    def key(self) -> tuple[int, int, str]:
        return self.start, self.end, self.kind


@dataclass(frozen=True, slots=True)
class Disagreement:
    """A region [start, end) where the annotators' tags differ: each one's tags inside it (none
    for an annotator who tagged nothing there)."""

    start: int
    end: int
    versions: dict[str, tuple[Tag, ...]]


@dataclass(slots=True)
class PairScore:
    """How two annotators agree on one kind (or on all kinds) over the articles both tagged."""

    articles: int = 0
    tags_a: int = 0
    tags_b: int = 0
    agreed: int = 0
    # characters by (label of the first annotator, label of the second), label 0 being no tag:
    # no tag, institution, figure over all kinds; outside or inside a tag of the kind for one kind
    confusion: np.ndarray | None = None

    @property
    def f1(self) -> float | None:
        total = self.tags_a + self.tags_b
        return 2 * self.agreed / total if total else None

    @property
    def kappa(self) -> float | None:
        return None if self.confusion is None else cohen_kappa(self.confusion)


def cohen_kappa(confusion: np.ndarray) -> float | None:
    """Cohen's kappa of a confusion matrix; None where chance alone agrees on everything (no
    character tagged by either, say), which says nothing about the annotators."""
    total = confusion.sum()
    if total == 0:
        return None
    observed = confusion.trace() / total
    chance = float((confusion.sum(axis=1) * confusion.sum(axis=0)).sum()) / total**2
    if chance >= 1.0:
        return None
    return float((observed - chance) / (1.0 - chance))


def _binary(confusion: np.ndarray, label: int) -> np.ndarray:
    """The 2×2 confusion of one label against all others."""
    import numpy as np

    inside_a, inside_b = confusion[label, :].sum(), confusion[:, label].sum()
    both = confusion[label, label]
    return np.array([[confusion.sum() - inside_a - inside_b + both, inside_b - both], [inside_a - both, both]])


def _labels(length: int, tags: Iterable[Tag]) -> np.ndarray:
    import numpy as np

    labels = np.zeros(length, dtype=np.int64)
    for tag in tags:
        labels[tag.start : tag.end] = _LABELS.index(Kind(tag.kind))
    return labels


def score_pair(articles: Iterable[tuple[int, list[Tag], list[Tag]]]) -> dict[str, PairScore]:
    """Per kind and over all kinds, how two annotators agree on articles given as (length of the
    text, tags of the first, tags of the second)."""
    import numpy as np

    scores = {name: PairScore() for name in (*Kind, ALL_KINDS)}
    for length, tags_a, tags_b in articles:
        size = len(_LABELS)
        pairs = _labels(length, tags_a) * size + _labels(length, tags_b)
        confusion = np.bincount(pairs, minlength=size * size).reshape(size, size)
        for name, score in scores.items():
            of_kind = [t for t in tags_a if name in (ALL_KINDS, t.kind)], [t for t in tags_b if name in (ALL_KINDS, t.kind)]
            score.articles += 1
            score.tags_a += len(of_kind[0])
            score.tags_b += len(of_kind[1])
            score.agreed += len({t.key for t in of_kind[0]} & {t.key for t in of_kind[1]})
            part = confusion if name == ALL_KINDS else _binary(confusion, _LABELS.index(Kind(name)))
            score.confusion = part if score.confusion is None else score.confusion + part
    return scores


def pairs(annotators: Iterable[str]) -> list[tuple[str, str]]:
    """Every pair of annotators, each once, in name order."""
    return list(combinations(sorted(set(annotators)), 2))


def compare_layers(layers: Mapping[str, Iterable[Tag]]) -> tuple[list[Tag], list[Disagreement]]:
    """The tags every annotator made alike, and the regions where they differ, in text order."""
    sets = {annotator: {tag.key: tag for tag in tags} for annotator, tags in layers.items()}
    everyone = sorted({tag for tags in sets.values() for tag in tags.values()}, key=lambda t: (t.start, t.end, t.kind))
    agreed: list[Tag] = []
    disagreements: list[Disagreement] = []
    for region in _regions(everyone):
        versions = {annotator: tuple(t for t in region if t.key in tags) for annotator, tags in sets.items()}
        keys = {tuple(t.key for t in version) for version in versions.values()}
        if len(keys) == 1:
            agreed += versions[next(iter(versions))]
        else:
            disagreements.append(Disagreement(min(t.start for t in region), max(t.end for t in region), versions))
    return agreed, disagreements


def _regions(tags: list[Tag]) -> list[list[Tag]]:
    """Tags sorted by start, grouped where they overlap one another (through a chain of overlaps)."""
    regions: list[list[Tag]] = []
    end = -1
    for tag in tags:
        if regions and tag.start < end:
            regions[-1].append(tag)
            end = max(end, tag.end)
        else:
            regions.append([tag])
            end = tag.end
    return regions


def settled_tags(agreed: list[Tag], disagreements: list[Disagreement], choices: Mapping[int, str | None], *,
                 agreed_by: str) -> list[tuple[Tag, str]]:
    """The article's tags once settled, each with an annotator who made it: those agreed on (in the
    name of `agreed_by`), and in each disagreement (numbered from 1) the version of the annotator
    chosen for it (None: no tag there)."""
    settled = [(tag, agreed_by) for tag in agreed]
    for number, disagreement in enumerate(disagreements, 1):
        chosen = choices[number]
        settled += [(tag, chosen) for tag in disagreement.versions.get(chosen, ())] if chosen else []
    return sorted(settled, key=lambda pair: (pair[0].start, pair[0].end))
