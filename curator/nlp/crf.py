"""The learned model: a character CRF (python-crfsuite) over `features.char_features`."""

import json
import os
import re
import tempfile
import time
from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import pycrfsuite

from curator.core.types import Kind
from curator.nlp.features import char_features
from curator.nlp.lexicon import LexiconMatcher
from curator.nlp.suggestion import Candidate
from curator.nlp.vocab import institution_suffix_length, vocab

LABELS = {Kind.FIGURE: "F", Kind.INSTITUTION: "I"}
KINDS = {v: k for k, v in LABELS.items()}
FOLDS = 4
BIOES = True
# Posterior recovery: where Viterbi says O but the model gives O at most this probability
# over a run of characters, that run is offered too. In 3-fold cross-validation on dev.bio
# it raised figure F1 by 0.5 to 1.5 points; institutions gained (+0.3) only once a recovered
# run had to end like an institution (…公司, …中学).
RECOVER_MAX_O = 0.65
RECOVER_TAGS = (LABELS[Kind.FIGURE], LABELS[Kind.INSTITUTION])
RECOVER_MIN_EDGES = {"F": 0.5, "I": 0.5}  # marginals of a start plus an end the run needs
RECOVER_SCORE_SCALE = 0.8  # recovered spans rank below the Viterbi path's own spans
PARAMS = {"c1": 0.05, "c2": 0.02, "max_iterations": 120, "feature.possible_transitions": True}
# The file a run writes before it replaces the model, named for the process: the leftover of a run
# that was ended can be told apart beside the model (curator.services.model_training).
TRAINING_SUFFIX = ".crfsuite"


def training_prefix(pid: int) -> str:
    return f"curator-training-{pid}-"


_HAN = re.compile(r"[\u3400-\u9fff]+")
MIDDLE_DOTS = frozenset("·•・‧")
# Characters a name never spans: lists (、，), asides (（…）), a conjunction token (和, 与).
JOINS = frozenset("，、；：,;:（）()")
OPENING, CLOSING = "“‘《〈「『（(", "”’》〉」』）)"


def split_at_joins(text: str, start: int, end: int, conjunctions: set[int]) -> list[tuple[int, int]]:
    """The pieces of a span cut at list punctuation and conjunctions, unpaired quotes trimmed.

    美国《时代》周刊和有线新闻电视公司 is two names; “旅行者集团 and 天津日报》 lose the stray mark.
    """
    pieces: list[tuple[int, int]] = []
    a = start
    for k in range(start, end + 1):
        if k == end or text[k] in JOINS or k in conjunctions:
            b = k
            while a < b and text[a] in OPENING and not any(text[x] in CLOSING for x in range(a + 1, b)):
                a += 1
            while b > a and text[b - 1] in CLOSING and not any(text[x] in OPENING for x in range(a, b - 1)):
                b -= 1
            if b - a >= 1:
                pieces.append((a, b))
            a = k + 1
    return pieces


def institution_start(text: str, token_starts: list[int], pos: int) -> int:
    """Where a model's institution span starting at `pos` really starts.

    At the start of the jieba word `pos` falls inside (李嘉诚|基金会, not 诚基金会: in dev.bio
    982 of 984 institutions start on a word boundary), and before a transliterated name
    joined by a middle dot (葛兰素·威康公司, 约翰·霍普金斯大学). In 3-fold cross-validation
    on dev.bio each move gained exact matches and lost none. A word before the dot that ends like
    an institution is a name of its own: 山东商报·速豹新闻网 is two outlets.
    """
    pos = _word_start(text, token_starts, pos)
    if pos >= 2 and text[pos - 1] in MIDDLE_DOTS and _HAN.fullmatch(text[pos - 2]):
        before = _word_start(text, token_starts, pos - 2)
        return pos if institution_suffix_length()(text[before : pos - 1]) else before
    return pos


def _word_start(text: str, token_starts: list[int], pos: int) -> int:
    start = token_starts[bisect_right(token_starts, pos) - 1] if token_starts else pos
    return start if start < pos and _HAN.fullmatch(text[start:pos]) else pos


def _features(text, tokens, rules, lexicon, *, second_opinion: bool) -> list[list[str]]:
    out = char_features(text, tokens, rules, lexicon, vocab())
    if second_opinion:
        from curator.nlp.second_opinion import add_second_opinion  # onnxruntime loads only here

        add_second_opinion(out, text)
    return out


class TrainingCancelled(Exception):
    """Raised inside crfsuite's iteration callback when the caller cancels."""


@dataclass(frozen=True, slots=True)
class TrainReport:
    """What one training run did."""

    sentences: int
    characters: int
    mentions: int
    seconds: float
    iterations: int
    cancelled: bool = False
    model_path: Path | None = None
    second_opinion: bool = False  # the model learned LAC's words too


def _labels(n: int, spans: list[tuple[int, int, Kind]]) -> list[str]:
    labels = ["O"] * n
    for start, end, kind in spans:
        if not 0 <= start < end <= n or any(x != "O" for x in labels[start:end]):
            continue  # overlapping or out-of-range spans cannot be expressed in BIO
        # BIOES: the model learns where names end, not only where they start.
        tag = LABELS[Kind(kind)]
        if not BIOES:
            labels[start:end] = ["B-" + tag] + ["I-" + tag] * (end - start - 1)
            continue
        if end - start == 1:
            labels[start] = "S-" + tag
            continue
        labels[start] = "B-" + tag
        for i in range(start + 1, end - 1):
            labels[i] = "I-" + tag
        labels[end - 1] = "E-" + tag
    return labels


class _Trainer(pycrfsuite.Trainer):
    """Counts iterations and stops crfsuite when the caller cancels.

    An exception raised from `message` propagates out of `train()` (checked with
    python-crfsuite 0.9), which is the only way to interrupt the optimizer.
    """

    def __init__(self, cancel: Callable[[], bool] | None):
        super().__init__(verbose=False)
        self.cancel = cancel
        self.iterations = 0

    def message(self, message):
        if message.startswith("***** Iteration"):
            self.iterations += 1
            if self.cancel is not None and self.cancel():
                raise TrainingCancelled


def names_path(model_path: Path) -> Path:
    """Where the names learned with a model are kept, beside the model file."""
    return model_path.with_name(model_path.name + ".names.tsv")


def features_path(model_path: Path) -> Path:
    """Where the features a model was trained on are recorded, beside the model file."""
    return model_path.with_name(model_path.name + ".features.json")


def _trained_with_second_opinion(model_path: Path) -> bool:
    """Whether a model learned LAC's features; a model without the record (older ones) did not."""
    try:
        recorded = json.loads(features_path(model_path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(recorded, dict) and recorded.get("second_opinion") is True


class CrfTagger:
    """Holds a loaded crfsuite model; trains new ones."""

    def __init__(self):
        self._tagger: pycrfsuite.Tagger | None = None
        # Names seen in training: a feature at tagging time, so a learned name is recognised
        # again in a new context (the model decides, not the list).
        self.names = LexiconMatcher(())
        # Whether the loaded model learned LAC's features (`second_opinion`): then it gets them
        # at tagging time too, and a model without them never loads LAC.
        self.second_opinion = False

    @property
    def is_ready(self) -> bool:
        return self._tagger is not None

    def load(self, path: Path) -> None:
        tagger = pycrfsuite.Tagger()
        tagger.open(str(path))
        names = names_path(path)
        entries = []
        if names.is_file():
            for line in names.read_text(encoding="utf-8").splitlines():
                name, _, kind = line.partition("\t")
                if name and kind in (Kind.FIGURE.value, Kind.INSTITUTION.value):
                    entries.append((name, Kind(kind)))
        self.names = LexiconMatcher(entries)
        self._labels = frozenset(tagger.labels())  # a label never seen in training has no id
        self.second_opinion = _trained_with_second_opinion(path)
        self._tagger = tagger

    def candidates(self, text, tokens, rules: list[Candidate], lexicon: list[Candidate]) -> list[Candidate]:
        """Spans the model labels, scored by the mean marginal probability of their labels."""
        assert self._tagger is not None
        xseq = _features(text, tokens, rules, lexicon + self.names.find(text), second_opinion=self.second_opinion)
        labels = self._tagger.tag(xseq)
        conjunctions = {t.start for t in tokens if t.tag == "c" and t.end - t.start == 1}
        token_starts = [t.start for t in tokens]
        out: list[Candidate] = []
        i, n = 0, len(labels)
        while i < n:
            if labels[i] == "O":
                i += 1
                continue
            kind = labels[i][2:]
            j = i + 1
            if labels[i][0] not in "SE":
                while j < n and labels[j][2:] == kind and labels[j][0] in "IE":
                    j += 1
                    if labels[j - 1][0] == "E":
                        break
            score = sum(self._tagger.marginal(labels[k], k) for k in range(i, j)) / (j - i)
            start = max(i, text.rfind(" ", i, j) + 1, text.rfind("\u3000", i, j) + 1)
            # A span running over a space keeps only its last piece: "Reserved. 山东…公司".
            pieces = split_at_joins(text, start, j, conjunctions) if kind == "I" else [(start, j)] if start < j else []
            for a, b in pieces:
                if kind == "I":
                    a = institution_start(text, token_starts, a)
                out.append(Candidate(a, b, KINDS[kind], score, "crf"))
            i = j
        if RECOVER_MAX_O > 0:
            out += self._recovered(text, labels)
        return out

    def _recovered(self, text: str, labels: list[str]) -> list[Candidate]:
        """Runs of characters the Viterbi path left O although O is unlikely there."""
        tagger = self._tagger
        out: list[Candidate] = []
        n = len(labels)
        i = 0
        while i < n:
            if labels[i] != "O" or tagger.marginal("O", i) > RECOVER_MAX_O:
                i += 1
                continue
            j = i + 1
            while j < n and labels[j] == "O" and tagger.marginal("O", j) <= RECOVER_MAX_O:
                j += 1
            if j - i >= 2 and not text[i:j].isspace():
                best = None
                known = self._labels
                for tag in RECOVER_TAGS:
                    if tag == "I" and not 0 < institution_suffix_length()(text[i:j]) < j - i:
                        continue  # an institution must end like one (…公司, …中学)
                    starts = sum(tagger.marginal(p + tag, i) for p in ("B-", "S-") if p + tag in known)
                    ends = sum(tagger.marginal(p + tag, j - 1) for p in ("E-", "S-") if p + tag in known)
                    if starts + ends >= RECOVER_MIN_EDGES[tag] and (best is None or starts + ends > best[0]):
                        best = (starts + ends, tag)
                inside = 1 - sum(tagger.marginal("O", k) for k in range(i, j)) / (j - i)
                if best is not None:  # the run has a start and an end, not only a middle
                    out.append(Candidate(i, j, KINDS[best[1]], inside * RECOVER_SCORE_SCALE, "crf"))
            i = j
        return out

    def train(
        self,
        examples: Iterable[tuple[str, list[tuple[int, int, Kind]]]],
        prepare: Callable,
        *,
        model_path: Path | None,
        cancel: Callable[[], bool] | None = None,
        second_opinion: bool = False,
    ) -> TrainReport:
        """Train on `(text, spans)` examples; `prepare(text)` gives (simplified, tokens, rule candidates).

        With `second_opinion` the model also learns from LAC's words (see `second_opinion.py`),
        and records so: it gets them whenever it tags.
        """
        t0 = time.perf_counter()
        trainer = _Trainer(cancel)
        trainer.set_params(PARAMS)
        examples = list(examples)
        # Jackknifed gazetteer: each sentence sees the names of the *other* folds as lexicon
        # features, so the model learns how far a known name can be trusted in a new sentence.
        folds = [
            LexiconMatcher((text[s:e], k) for i, (text, spans) in enumerate(examples) if i % FOLDS != f for s, e, k in spans)
            for f in range(FOLDS)
        ]
        sentences = chars = mentions = 0
        for i, (text, spans) in enumerate(examples):
            if cancel is not None and cancel():
                return TrainReport(sentences, chars, mentions, time.perf_counter() - t0, 0, True)
            if not text:
                continue
            simplified, tokens, rules = prepare(text)
            lex = folds[i % FOLDS].find(simplified)
            trainer.append(_features(simplified, tokens, rules, lex, second_opinion=second_opinion), _labels(len(text), spans))
            sentences, chars, mentions = sentences + 1, chars + len(text), mentions + len(spans)
        learned = sorted({(text[s:e], Kind(k)) for text, spans in examples for s, e, k in spans})
        learned = [(n, k) for n, k in learned if n.strip() and "\t" not in n and "\n" not in n]
        if sentences == 0:
            return TrainReport(0, 0, 0, time.perf_counter() - t0, 0)  # nothing to learn: keep the current model
        fd, tmp = tempfile.mkstemp(prefix=training_prefix(os.getpid()), suffix=TRAINING_SUFFIX,
                                   dir=model_path.parent if model_path else None)
        os.close(fd)
        try:
            try:
                trainer.train(tmp)
            except TrainingCancelled:
                return TrainReport(sentences, chars, mentions, time.perf_counter() - t0, trainer.iterations, True)
            target = model_path if model_path is not None else Path(tmp)
            # Names first, then the model replaced atomically: a reader never sees half a model.
            names_path(target).write_text("".join(f"{n}\t{k.value}\n" for n, k in learned), encoding="utf-8")
            features_path(target).write_text(json.dumps({"second_opinion": second_opinion}), encoding="utf-8")
            if model_path is not None:
                os.replace(tmp, model_path)
            tmp = None  # without a model_path the temporary file backs the loaded tagger
            self.load(target)
        finally:
            if tmp is not None and os.path.exists(tmp):
                os.unlink(tmp)
        seconds = time.perf_counter() - t0
        return TrainReport(sentences, chars, mentions, seconds, trainer.iterations, False, model_path, second_opinion)
