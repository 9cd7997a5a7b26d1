"""The suggestion engine: lexicon, rules, jieba and a learned CRF, combined."""

from collections.abc import Callable, Iterable
from enum import StrEnum
from pathlib import Path

from curator.core.script import to_simplified
from curator.core.types import Kind
from curator.nlp.crf import CrfTagger, TrainReport
from curator.nlp.lexicon import LexiconMatcher
from curator.nlp.lines import split_examples, split_lines
from curator.nlp.name_shape import has_common_surname, name_doubt
from curator.nlp.resolve import resolve
from curator.nlp.place_words import without_place_names
from curator.nlp.rules_figure import find_figures
from curator.nlp.retokenize import retokenize
from curator.nlp.rules_alias import find_aliases
from curator.nlp.rules_institution import PHRASE_LEADS, find_institutions, trade_firms, with_preparatory_mark
from curator.nlp.rules_known import find_known
from curator.nlp.rules_institution_lists import classed_lists
from curator.nlp.rules_outlet import find_outlets
from curator.nlp.segment import NEW, segment
from curator.nlp.suggestion import Candidate, Suggestion
from curator.nlp.vocab import vocab

__all__ = ["Convention", "SuggestionEngine", "TrainReport"]

# Once trained, figures from rules at least this sure (bylines, titles, speech verbs) are still
# offered where the CRF saw nothing; institution rules are left to the CRF, which weighs them
# as features (adding them back lowered precision more than it raised recall on held-out tags;
# checked again with evidence-based scores: even rules at 0.9 and above, added only where the
# model marked nothing, cost 1 to 2 points of institution F1 in 3-fold cross-validation).
STRONG_RULE_SCORE = 0.7
# A person named with strong evidence once (a byline, a title, a speech verb) is the same
# person wherever the name recurs in the article: those mentions are offered at this score.
ECHO_SCORE = 0.8
# Below this many distinct names learned (a team's first fifty or so articles), every rule span
# stays a candidate beside the model's: the rules follow the newsroom convention the library's tags
# follow too. Measured: after learning 200–340 names of the finance set, rules beside the model raise
# institution recall at equal precision. On People's Daily data (whose convention differs) the model
# takes over at once: there rules beside a model trained on 600 sentences cost 2 points of F1.
YOUNG_MODEL_NAMES = 500
YOUNG_MODEL_TRUST = 0.9
YOUNG_MODEL_FLOOR = 0.5
ECHO_MIN_SCORE = 0.75

Example = tuple[str, list[tuple[int, int, Kind]]]


class Convention(StrEnum):
    """Whose tagging convention the rules follow where conventions differ (docs/tagging.md)."""

    NEWSROOM = "newsroom"  # the application's: …分行党委 → …分行
    PEOPLES_DAILY = "peoples_daily"  # the benchmark's, for `curator evaluate`: 福州市国税局党组 whole


class SuggestionEngine:
    """Suggests figures and institutions in a text. Not thread-safe while training."""

    def __init__(self, *, model_path: Path | None = None, convention: Convention = Convention.NEWSROOM):
        self.model_path = Path(model_path) if model_path is not None else None
        self.convention = convention
        self._crf = CrfTagger()
        self.reload_model()
        self._lexicon_key: tuple | None = None
        self._lexicon = LexiconMatcher(())

    def reload_model(self) -> None:
        """Take up the model file as it is now (another process may have trained it)."""
        if self.model_path is not None and self.model_path.is_file():
            self._crf.load(self.model_path)

    @property
    def is_trained(self) -> bool:
        return self._crf.is_ready

    @property
    def second_opinion(self) -> bool:
        """Whether the loaded model was trained with LAC's second opinion (and so asks it)."""
        return self._crf.second_opinion

    def _matcher(self, lexicon: Iterable[tuple[str, Kind]]) -> LexiconMatcher:
        # The app passes the same lexicon for article after article: build the matcher once.
        key = tuple(lexicon)
        if key != self._lexicon_key:
            # A tag made by mistake (a clause as a figure, a bare 银行) stays where it was made.
            names = ((name, kind) for name, kind in key if name_doubt(name, Kind(kind)) is None)
            self._lexicon, self._lexicon_key = LexiconMatcher(names), key
        return self._lexicon

    def rule_candidates(self, simplified: str, tokens) -> list[Candidate]:
        """Candidates from the hand-written rules and jieba tags (no lexicon, no CRF)."""
        return [c for part in self._rule_parts(simplified, tokens) for c in part]

    def _rule_parts(
        self, simplified: str, tokens, *, with_dictionary: bool = False
    ) -> tuple[list[Candidate], list[Candidate], list[Candidate]]:
        """Figure rules, institution rules, and well-known organisations (see `find_known`)."""
        v = vocab()
        known = find_known(simplified, tokens, with_dictionary=with_dictionary)
        apart = self.convention == Convention.NEWSROOM
        institutions = find_institutions(tokens, v, party_bodies_apart=apart) + find_outlets(simplified, v) + classed_lists(simplified, tokens, v)
        return find_figures(simplified, tokens, v), institutions, known

    def suggest(
        self,
        text: str,
        *,
        lexicon: Iterable[tuple[str, Kind]] = (),
        rejected_spans: frozenset[tuple[int, int, Kind]] | set = frozenset(),
        blocked_names: frozenset[tuple[str, Kind]] | set = frozenset(),
    ) -> list[Suggestion]:
        """Non-overlapping suggestions sorted by start; offsets are code points into `text`."""
        if not text.strip():
            return []
        simplified = to_simplified(text)  # same length as text: offsets carry over unchanged
        matcher = self._matcher(lexicon)
        candidates: list[Candidate] = []
        words: set[tuple[int, int]] = set()
        for offset, line in split_lines(simplified):
            tokens = retokenize(segment(line), vocab())
            words.update(_words_before_a_break(tokens, offset))
            candidates += [
                Candidate(c.start + offset, c.end + offset, c.kind, c.score, c.source) for c in self._line_candidates(line, tokens, matcher)
            ]
        candidates += _echoes(simplified, candidates, words) + find_aliases(simplified)
        candidates = [with_preparatory_mark(simplified, c) for c in without_place_names(simplified, candidates, vocab())]
        return resolve(text, candidates, rejected_spans=rejected_spans, blocked_names=blocked_names)

    def _line_candidates(self, line: str, tokens, matcher: LexiconMatcher) -> list[Candidate]:
        lex = matcher.find(line)
        # A model that has seen a few articles knows little beyond their names: the rules (and
        # the dictionary's organisations) still stand beside it, the overlap policy picks spans.
        young = self.convention == Convention.NEWSROOM and len(self._crf.names) < YOUNG_MODEL_NAMES
        figures, institutions, known = self._rule_parts(line, tokens, with_dictionary=not self._crf.is_ready or young)
        rules = figures + institutions + known
        if self._crf.is_ready:
            learned = self._crf.candidates(line, tokens, rules, lex)
            if young:
                # Its marginals are overconfident (渣打大中华 at 0.90 over the rule's 渣打): where
                # spans cross, a rule at the same score should win.
                # Where it agrees with a rule it adds nothing: the rule's score stands (its agreement
                # lifted 水滨充分利用公司 over the rule's 姚水滨 beside it).
                ends = {t.end for t in tokens}
                ruled = {(c.start, c.end, c.kind) for c in rules}
                learned = [Candidate(c.start, c.end, c.kind, c.score * YOUNG_MODEL_TRUST, c.source) for c in learned
                           if self._young_guess_ok(line, ends, c) and (c.start, c.end, c.kind) not in ruled]
                rules = learned + rules
            else:
                # The CRF already weighed the rules (they are among its features); only the
                # strong figure rules may add spans it missed, and well-known organisations where
                # it saw nothing at all (+0.5 institution F1 in 3-fold CV on dev.bio, every fold).
                strong = [c for c in figures if c.source == "rule" and c.score >= STRONG_RULE_SCORE]
                rules = strong + learned
                rules += [c for c in known if not any(o.start < c.end and c.start < o.end for o in rules)]
        return lex + [c for c in rules if self._plausible(line, c)] + trade_firms(tokens, vocab())

    @staticmethod
    def _young_guess_ok(line: str, word_ends: set[int], c: Candidate) -> bool:
        """A young model's span is held to what a guess without context must meet: sure enough,
        ending on a word boundary (not 洛松斯|郎), and a person's name with a common surname."""
        if c.score * YOUNG_MODEL_TRUST < YOUNG_MODEL_FLOOR or c.end not in word_ends:
            return False
        return c.kind != Kind.FIGURE or has_common_surname(line[c.start : c.end], vocab())

    @staticmethod
    def _plausible(line: str, c: Candidate) -> bool:
        """Guards every learned or rule span: an institution looks like a name (`name_doubt`); a
        figure is not anonymized (李某), not 普惠…/小微… ."""
        name = line[c.start : c.end]
        if c.kind != Kind.FIGURE:
            return name_doubt(name, c.kind) is None  # not 银行, 上市公司 or a clause
        if len(name) == 1:  # the model's 陈 of 陈教授 is a person; a lone 普 is not
            return name in vocab().surnames
        if name[-1] in DEPARTMENT_ENDINGS:
            return False  # 市委|宣传部|部长: a department before its head's title, not a person
        return "某" not in name and not any(name.startswith(w) for w in vocab().not_names)

    def train(
        self,
        examples: Iterable[Example],
        *,
        cancel: Callable[[], bool] | None = None,
        second_opinion: bool = False,
    ) -> TrainReport:
        """Learn from accepted mentions and write the model to `model_path` (if set).

        Blocks for the whole run (tens of seconds on a few thousand sentences): call it off the
        GUI thread. `cancel` is polled between sentences and between optimizer iterations; a
        cancelled run leaves the previous model in place. With `second_opinion` the model learns
        from LAC's words too: more accurate, about 2.5 times slower suggestions.
        """

        def prepare(text: str):
            simplified = to_simplified(text)
            tokens = retokenize(segment(simplified), vocab())
            return simplified, tokens, self.rule_candidates(simplified, tokens)

        return self._crf.train(split_examples(examples), prepare, model_path=self.model_path, cancel=cancel,
                               second_opinion=second_opinion)


# Last characters of a department's name (宣传部, 财政局, 教育厅), never of a person's.
DEPARTMENT_ENDINGS = frozenset("部局厅署")

# Tags of a word that opens a new phrase after a subject: 方超|对, 黄海|亲自, 黄海|(.
BREAK_TAGS = frozenset({"v", "p", "c", "d", "x", "w"})


def _words_before_a_break(tokens, offset: int) -> set[tuple[int, int]]:
    """Spans of the words that end a phrase: the next word is a verb, preposition, conjunction,
    adverb or punctuation, or there is none."""
    return {
        (offset + t.start, offset + t.end)
        for t, nxt in zip(tokens, [*tokens[1:], None])
        if nxt is None or nxt.tag in BREAK_TAGS or (nxt.tag == NEW and nxt.word[0] in PHRASE_LEADS)  # 余淼|对市
    }


def _echoes(simplified: str, candidates: list[Candidate], words: set[tuple[int, int]]) -> list[Candidate]:
    """Further mentions of figures that strong evidence named somewhere in the same text.

    A two-character name (行长黄海) recurs only where jieba cut it as a word of its own and the
    sentence goes on with a verb, a preposition or punctuation (黄海亲自领队, 方超对…): 黄海 in 黄海洋,
    方超 in 大方超市 or the sea in 黄海海域 are other words. A longer name is specific enough anywhere.
    """
    names = {
        simplified[c.start : c.end]
        for c in candidates
        if c.kind == Kind.FIGURE and c.source in ("rule", "lexicon") and c.score >= ECHO_MIN_SCORE and c.end - c.start >= 2
    }
    echoes: list[Candidate] = []
    for name in names:
        start = simplified.find(name)
        while start >= 0:
            span = (start, start + len(name))
            if len(name) > 2 or span in words:
                echoes.append(Candidate(*span, Kind.FIGURE, ECHO_SCORE, "rule"))
            start = simplified.find(name, start + len(name))
    return echoes
