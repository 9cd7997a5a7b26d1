"""Agreement measures and disagreement regions (core.agreement), without a library."""

import numpy as np
import pytest

from curator.core.agreement import Tag, cohen_kappa, compare_layers, pairs, score_pair, settled_tags

ORG, PER = "institution", "figure"


def t(start, end, kind=ORG):
    return Tag(start, end, kind, "x" * (end - start))


def test_identical_layers_agree_fully():
    tags = [t(0, 4), t(6, 8, PER)]
    scores = score_pair([(20, tags, list(tags))])
    assert scores["all"].f1 == 1.0 and scores["all"].kappa == 1.0
    assert scores[ORG].agreed == 1 and scores[PER].agreed == 1


def test_a_boundary_difference_costs_the_span_but_not_all_the_characters():
    scores = score_pair([(20, [t(0, 10)], [t(0, 6)])])
    assert scores[ORG].f1 == 0.0
    assert 0 < scores[ORG].kappa < 1


def test_kappa_says_nothing_when_nobody_tagged_anything():
    assert score_pair([(20, [], [])])[ORG].kappa is None
    assert score_pair([(20, [], [])])[ORG].f1 is None
    assert cohen_kappa(np.zeros((2, 2), dtype=np.int64)) is None


def test_kappa_of_a_textbook_table():
    # 50 items: both yes 20, both no 15, yes/no 5, no/yes 10 → po 0.7, pe 0.5 → kappa 0.4
    assert cohen_kappa(np.array([[15, 10], [5, 20]])) == pytest.approx(0.4)


def test_overlapping_tags_chain_into_one_region():
    agreed, disagreements = compare_layers({"a": [t(0, 4), t(10, 12, PER)], "b": [t(2, 6), t(5, 8), t(10, 12, PER)]})
    assert agreed == [t(10, 12, PER)]
    (region,) = disagreements
    assert (region.start, region.end) == (0, 8)
    assert region.versions == {"a": (t(0, 4),), "b": (t(2, 6), t(5, 8))}


def test_a_kind_difference_on_the_same_span_is_a_disagreement():
    agreed, disagreements = compare_layers({"a": [t(0, 3, PER)], "b": [t(0, 3, ORG)]})
    assert agreed == [] and disagreements[0].versions == {"a": (t(0, 3, PER),), "b": (t(0, 3, ORG),)}


def test_with_three_editors_two_agreeing_is_still_for_the_reviewer():
    agreed, disagreements = compare_layers({"a": [t(0, 3)], "b": [t(0, 3)], "c": []})
    assert agreed == [] and disagreements[0].versions["c"] == ()
    assert pairs(["c", "a", "b", "a"]) == [("a", "b"), ("a", "c"), ("b", "c")]


def test_settling_takes_the_agreed_tags_and_the_chosen_versions():
    agreed, disagreements = compare_layers({"a": [t(0, 4), t(10, 12)], "b": [t(0, 2), t(10, 12), t(15, 17, PER)]})
    settled = settled_tags(agreed, disagreements, {1: "a", 2: None}, agreed_by="a")
    assert settled == [(t(0, 4), "a"), (t(10, 12), "a")]
    settled = settled_tags(agreed, disagreements, {1: "b", 2: "b"}, agreed_by="a")
    assert settled == [(t(0, 2), "b"), (t(10, 12), "a"), (t(15, 17, PER), "b")]
