"""Entity suggestions for articles: computed by the engine, filtered by what editors decided.

The library's tags feed the engine twice: accepted names become a lexicon that is
matched everywhere, and the tagged articles train its sequence model.
"""

import json
import re
from dataclasses import asdict, dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from platformdirs import user_data_dir

from curator.core.errors import Msg
from curator.core.progress import Cancel, never_cancel
from curator.core.types import Kind, Origin
from curator.nlp.features import FEATURES_VERSION
from curator.nlp.suggestion import Suggestion
from curator.services import tagging
from curator.services.changes import Change, ChangeBatch
from curator.services.library import NotFound
from curator.storage import articles as article_store
from curator.storage import entities as entity_store
from curator.storage import mentions as mention_store
from curator.storage import suggestions as suggestion_store
from curator.storage.db import Database

if TYPE_CHECKING:
    from curator.nlp.engine import SuggestionEngine

# A name turned down this many times is no longer suggested anywhere.
BLOCK_AFTER_REJECTIONS = 3
# Retrain once this many mentions were added since the model was last trained.
RETRAIN_AFTER_NEW_MENTIONS = 50


def model_path_for(db: Database) -> Path:
    """The model file lives beside a library file (one model per library). A library on a server
    has its model in this computer's data directory, named for the server and database: each
    desktop trains its own from the team's tags."""
    url = db.engine.url
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        path = Path(url.database)
        return path.with_name(path.stem + ".model.crfsuite")
    data = Path(user_data_dir("Curator", appauthor=False))
    if url.get_backend_name() == "sqlite":
        return data / "library.model.crfsuite"
    place = "-".join(str(part) for part in (url.host or "local", url.port or "", url.database or "") if part != "")
    models = data / "models"
    models.mkdir(parents=True, exist_ok=True)
    return models / (re.sub(r"[^\w.-]", "_", place) + ".model.crfsuite")


@dataclass(frozen=True, slots=True)
class TrainingState:
    """How many mentions the model has seen and on which features, stored beside the model."""

    mentions_seen: int = 0
    features_version: int = 0  # a state written before versions were kept

    @staticmethod
    def path(model_path: Path) -> Path:
        return model_path.with_suffix(".state.json")

    @classmethod
    def load(cls, model_path: Path) -> "TrainingState":
        try:
            return cls(**json.loads(cls.path(model_path).read_text(encoding="utf-8")))
        except (OSError, ValueError, TypeError):
            return cls()

    def save(self, model_path: Path) -> None:
        self.path(model_path).write_text(json.dumps(asdict(self)), encoding="utf-8")


class SuggestionService:
    """Suggestions per article, cached until the lexicon, the model or the rejections change."""

    def __init__(self, db: Database, engine: "SuggestionEngine | None" = None):
        self.db = db
        self.model_path = model_path_for(db)
        if engine is not None:
            self.engine = engine
        self._lexicon: list[tuple[str, Kind]] = []
        self._lexicon_version: tuple | None = None
        self._model_generation = 0
        self._cache: dict[int, tuple[tuple, list[Suggestion]]] = {}

    @cached_property
    def engine(self) -> "SuggestionEngine":
        """The engine over the library's model, loaded on first use: in the window, on the suggestion
        lane once the window is up, rather than while it is being built (issue 16)."""
        from curator.nlp.engine import SuggestionEngine  # its rules and the model's library load with it

        return SuggestionEngine(model_path=self.model_path)

    def _current_lexicon(self, session) -> tuple:
        version = suggestion_store.lexicon_version(session)
        if version != self._lexicon_version:
            self._lexicon = [(name, Kind(kind)) for name, kind in entity_store.lexicon(session)]
            self._lexicon_version = version
        return version

    def suggest(self, article_id: int) -> list[Suggestion]:
        """What the engine proposes for an article, minus tagged spans and rejected ones."""
        with self.db.session() as session:
            article = article_store.get_article(session, article_id)
            if article is None:
                raise NotFound(Msg.NO_ARTICLE, article_id=article_id)
            rejected = suggestion_store.rejected_spans(session, article_id)
            # Any rejection anywhere may block a name here, so the key counts them all.
            key = (self._current_lexicon(session), self._model_generation, suggestion_store.rejection_count(session))
            cached = self._cache.get(article_id)
            if cached is None or cached[0] != key:
                blocked = suggestion_store.blocked_names(session, threshold=BLOCK_AFTER_REJECTIONS)
                found = self.engine.suggest(
                    article.text, lexicon=self._lexicon,
                    rejected_spans={(s, e, Kind(k)) for s, e, k in rejected},
                    blocked_names={(n, Kind(k)) for n, k in blocked},
                )
                self._cache[article_id] = cached = (key, found)
            tagged = [(m.start, m.end) for m in mention_store.article_mentions(session, article_id)]
        return [s for s in cached[1] if not any(a < s.end and s.start < b for a, b in tagged)]

    def accept(self, article_id: int, suggestions: list[Suggestion], *, user: str, **options) -> Change:
        """Accept suggestions as mentions whose origin says they were suggested (one undo step);
        `options` (role, expected_version) as for tagging.tag_spans."""
        spans = [tagging.Span(s.start, s.end, Kind(s.kind), s.score) for s in suggestions]
        return tagging.tag_spans(self.db, article_id=article_id, spans=spans, user=user, origin=Origin.SUGGESTED, **options)

    def accept_all(self, article_id: int, *, min_score: float = 0.0, user: str, **options) -> Change:
        """Accept every current suggestion of an article scoring at least `min_score`."""
        chosen = [s for s in self.suggest(article_id) if s.score >= min_score]
        return self.accept(article_id, chosen, user=user, **options)

    def reject(self, article_id: int, suggestion: Suggestion, *, user: str, expected_version: int | None = None) -> Change:
        """Never offer this span again; a name rejected often enough stops being suggested."""
        with self.db.writing() as session:
            batch = ChangeBatch(session, user=user, action="reject", expected_version=expected_version)
            batch.reject_suggestion({
                "article_id": article_id, "start": suggestion.start, "end": suggestion.end,
                "kind": str(suggestion.kind), "name": suggestion.text, "user": user, "at": batch.at,
            })
            return batch.finish()

    def needs_training(self) -> bool:
        with self.db.session() as session:
            total = suggestion_store.lexicon_version(session)[1]
        state = TrainingState.load(self.model_path)
        if self.model_path.is_file() and state.features_version != FEATURES_VERSION:
            return True  # a model from an older release: relearn the same tags with today's features
        return total - state.mentions_seen >= RETRAIN_AFTER_NEW_MENTIONS

    def train(self, *, cancel: Cancel = never_cancel, second_opinion: bool = False, apart: bool = False):
        """Retrain the model on every tagged article of the library (run it off the GUI thread);
        `second_opinion`: learn from LAC's words too (more accurate, about 3× slower suggestions).

        `apart`: in a process of its own (curator.services.model_training), which leaves this
        service's engine alone: the window suggests meanwhile and calls `reload_model` after.
        """
        with self.db.session() as session:
            total = suggestion_store.lexicon_version(session)[1]
            examples = [(text, [(s, e, Kind(k)) for s, e, k in spans])
                        for text, spans in suggestion_store.training_examples(session)]
        if apart:
            from curator.services.model_training import train_in_process

            report = train_in_process(self.model_path, examples, second_opinion=second_opinion, cancel=cancel)
        else:
            report = self.engine.train(examples, cancel=cancel, second_opinion=second_opinion)
        if not report.cancelled:  # a stopped run taught nothing: the next check must retrain
            TrainingState(mentions_seen=total, features_version=FEATURES_VERSION).save(self.model_path)
            if not apart:
                self._model_generation += 1
        return report

    def reload_model(self) -> None:
        """Take up the model a training apart wrote; suggestions cached before are made again."""
        self.engine.reload_model()
        self._model_generation += 1


def suggestion_dict(suggestion: Suggestion) -> dict:
    return {
        "start": suggestion.start, "end": suggestion.end, "text": suggestion.text,
        "kind": str(suggestion.kind), "score": round(suggestion.score, 4), "source": suggestion.source,
    }


