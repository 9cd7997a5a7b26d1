"""Who works where, as the text says it: an institution, a title, a name (润昌农商银行行长孙洪卫),
or an institution, a name, a title (润昌农商银行孙洪卫行长)."""

from dataclasses import dataclass

from curator.nlp.vocab import vocab

MAX_TITLE = 5  # characters: the longest titles (法定代表人) in resources/nlp/titles.txt


@dataclass(frozen=True, slots=True)
class TaggedSpan:
    start: int
    end: int
    entity_id: int
    kind: str


@dataclass(frozen=True, slots=True)
class Affiliation:
    figure_id: int
    institution_id: int
    role: str


def affiliations(text: str, spans: list[TaggedSpan]) -> list[Affiliation]:
    """The affiliations one article states, from its tags and the titles between them."""
    institutions_ending = {s.end: s for s in spans if s.kind == "institution"}
    found: list[Affiliation] = []
    for figure in (s for s in spans if s.kind == "figure"):
        # The title before the name (…银行行长孙洪卫), else after it (…银行孙洪卫行长).
        before = [(institutions_ending.get(figure.start - len(t)), t) for t in _titles(text, figure.start, ending=True)]
        after = [(institutions_ending.get(figure.start), t) for t in _titles(text, figure.end, ending=False)]
        institution, role = next(((i, t) for i, t in before + after if i is not None), (None, ""))
        if institution is not None:
            found.append(Affiliation(figure.entity_id, institution.entity_id, role))
    return found


def _titles(text: str, at: int, *, ending: bool) -> list[str]:
    """Titles ending (or starting) at `at`, longest first: 银行行长 and 行长 both end …银行行长."""
    titles = vocab().titles
    pieces = (text[at - n : at] if ending else text[at : at + n] for n in range(MAX_TITLE, 1, -1) if not ending or at >= n)
    return [piece for piece in pieces if piece in titles]
