"""Menu letters never contradict keys (issue 12: 拒绝建议(J) was rejected with X)."""

import re

import pytest

from curator.core.settings import Settings

pytestmark = pytest.mark.gui


def mnemonic(text: str) -> str | None:
    """The letter after a single & (&& is a literal ampersand)."""
    found = re.search(r"(?<!&)&([^&])", text)
    return found.group(1).upper() if found else None


def single_keys(action) -> set[str]:
    return {k.toString().upper() for k in action.shortcuts() if len(k.toString()) == 1 and k.toString().isalpha()}


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_menu_letters_match_their_keys_and_no_other_command_s(make_window, language):
    window = make_window(Settings(user="ann", language=language))
    actions = [*window.commands.all(), *window.review.actions.all()]
    contradictions = []
    for action in actions:
        letter = mnemonic(action.text())
        own = single_keys(action)
        others = set().union(*(single_keys(a) for a in actions if a is not action))
        if letter is not None and ((own and letter not in own) or letter in others):
            contradictions.append(f"{action.text()}: {letter} (keys: {sorted(own) or '-'})")
    assert contradictions == [], "\n".join(contradictions)


def test_the_check_catches_a_contradiction(make_window):
    """Positive control: the reviewer's reject shown with J while J jumps to the next tag."""
    window = make_window()
    window.review.actions.reject_mention.setText("Re&ject tag…")
    assert mnemonic(window.review.actions.reject_mention.text()) in single_keys(window.review.actions.next_pending)
