import pytest

from curator.nlp.engine import SuggestionEngine
from tests.shared_data import shared

BENCH = shared("bench", "peoples_daily")


@pytest.fixture(scope="session")
def engine() -> SuggestionEngine:
    """One untrained engine for the session: jieba loads once."""
    return SuggestionEngine()


def spans(suggestions, kind=None):
    return {(s.text, s.kind.value) for s in suggestions if kind is None or s.kind == kind}
