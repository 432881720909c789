from __future__ import annotations

import pytest

from speechwriter.compose.fitting import fit, longest_answers
from speechwriter.profile.loading import load_profile
from speechwriter.speech.timing import total_characters
from tests.conftest import EXAMPLES, TODAY


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_three_minutes_shorter_than_eight(path: object) -> None:
    profile = load_profile(path).profile  # type: ignore[arg-type]
    short, long = fit(profile, 3, today=TODAY), fit(profile, 8, today=TODAY)
    assert total_characters(short.speech) < total_characters(long.speech)
    assert set(short.choice.values()) == {"short", "full"} or set(short.choice.values()) == {"short"}
    assert set(long.choice.values()) == {"full"}


def test_user_text_is_never_cut() -> None:
    profile = load_profile(EXAMPLES[0]).profile
    fitted = fit(profile, 1, today=TODAY)
    text = "".join(line for section in fitted.speech.sections for line in str(section.model_dump()))
    for point in [*profile.strengths, *profile.plan]:
        assert point.headline in text and (point.detail or "") in text
    assert fitted.over > 0
    assert fitted.longest_answers and fitted.longest_answers[0][1] >= fitted.longest_answers[-1][1]


def test_choice_is_the_longest_within_the_slot() -> None:
    profile = load_profile(EXAMPLES[0]).profile
    full = fit(profile, 30, today=TODAY)
    shortest = fit(profile, 0.5, today=TODAY)
    middle = (full.characters + shortest.characters) // 2
    fitted = fit(profile, middle / 200, today=TODAY)
    assert shortest.characters <= fitted.characters <= middle
    assert fitted.over == 0


def test_longest_answers_names_user_text() -> None:
    labels = [label for label, _ in longest_answers(load_profile(EXAMPLES[2]).profile)]
    assert len(labels) == 3 and all(("条" in label or "段" in label or "表态" in label) for label in labels)
