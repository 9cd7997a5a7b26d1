"""Name relations the registry proposes (short forms, names without their place) and affiliations
read off tagged text."""

from curator.nlp.affiliations import Affiliation, TaggedSpan, affiliations
from curator.nlp.short_forms import likely_aliases


def proposed(names: list[str]) -> set[tuple[str, str, str]]:
    keyed = {name: number for number, name in enumerate(names)}
    return {(names[alias], names[entity], reason) for entity, alias, reason in likely_aliases(keyed)}


def test_standard_short_forms_are_proposed_for_the_full_name():
    assert ("工行", "中国工商银行", "short_form") in proposed(["中国工商银行", "工行", "长治日报"])
    # without the full name, the longest short form present takes the others
    assert proposed(["工商银行", "工行"]) == {("工行", "工商银行", "short_form")}


def test_short_name_endings_are_proposed():
    assert proposed(["长治农村商业银行", "长治农商行"]) == {("长治农商行", "长治农村商业银行", "short_form")}


def test_a_name_without_its_place_only_when_one_name_has_it_so():
    assert ("人民银行", "中国人民银行", "place_prefix") in proposed(["中国人民银行", "人民银行"])
    assert proposed(["长治农商银行", "晋城农商银行", "农商银行"]) == set()


def test_a_title_between_an_institution_and_a_name_is_an_affiliation():
    text = "润昌农商银行行长孙洪卫说，县农行孙贵坤副行长也来了，记者李若男报道。"

    def span(name: str, kind: str, number: int) -> TaggedSpan:
        start = text.index(name)
        return TaggedSpan(start, start + len(name), number, kind)

    spans = [span("润昌农商银行", "institution", 1), span("孙洪卫", "figure", 2), span("县农行", "institution", 3),
             span("孙贵坤", "figure", 4), span("李若男", "figure", 5)]
    assert affiliations(text, spans) == [Affiliation(2, 1, "行长"), Affiliation(4, 3, "副行长")]
