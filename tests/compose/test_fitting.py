from __future__ import annotations

import pytest

from speechwriter.compose.composer import SectionVariants
from speechwriter.compose.fitting import Fitted, best_choice, fillers, fit, longest_answers
from speechwriter.profile.loading import load_profile
from speechwriter.profile.model import Profile
from speechwriter.speech.model import Paragraph, Section
from speechwriter.speech.timing import UNDER, total_characters
from tests.conftest import EXAMPLES, TODAY, minimal_data


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


def _variants(**sections: dict[str, int]) -> SectionVariants:
    """Sections whose variants are paragraphs of the given numbers of spoken characters (no usual share)."""
    options = {
        key: {name: Section(key=key, title=key, blocks=[Paragraph(text="字" * size)]) for name, size in sizes.items()}
        for key, sizes in sections.items()
    }
    return SectionVariants(title="题", author="某", options=options)


def test_a_choice_exactly_filling_the_slot_is_taken() -> None:
    drafted = _variants(a={"full": 50, "short": 49}, b={"full": 50})
    assert best_choice(drafted, 100) == {"a": "full", "b": "full"}  # exactly on time, not one short
    assert best_choice(drafted, 99) == {"a": "short", "b": "full"}  # exactly on time, not one over


def test_on_an_exact_tie_the_first_variants_win() -> None:
    drafted = _variants(a={"full": 60, "short": 40}, b={"full": 50, "short": 30})
    assert best_choice(drafted, 90) == {"a": "full", "b": "short"}  # 60 + 30 and 40 + 50 both fill the slot


def _on_the_dot(profile: Profile) -> Fitted:
    """The profile fitted to a slot of exactly its own full length (the rate is picked so)."""
    full = fit(profile, minutes=1, rate=5000, today=TODAY)
    fitted = fit(profile, minutes=1, rate=full.characters, today=TODAY)
    assert fitted.characters == fitted.target == full.characters  # the case on the boundary
    return fitted


FULLER = minimal_data(
    strengths=[{"headline": "熟悉业务", "detail": "在柜面干了八年"}, {"headline": "善于沟通"}],
    plan=[{"headline": "做好服务", "detail": "每周回访重点客户"}, {"headline": "带好团队"}],
    closing={"pledge": "无论结果如何，我都会一如既往地做好本职工作"},
)


@pytest.mark.parametrize("data", [minimal_data(), FULLER], ids=["minimal", "fuller"])
def test_exactly_the_slot_is_not_over_and_one_more_is(data: dict[str, object]) -> None:
    profile = Profile.model_validate(data)
    fitted = _on_the_dot(profile)
    assert fitted.over == 0 and fitted.longest_answers == []
    tighter = fit(profile, minutes=1, rate=fitted.characters - 1, today=TODAY)
    assert tighter.characters == fitted.characters  # still the closest: any shorter wording falls short by far more
    assert tighter.over == 1
    assert tighter.longest_answers == longest_answers(profile)


def test_exactly_four_fifths_of_the_slot_needs_no_fillers() -> None:
    """Fillers are suggested only below 80 % of the slot (timing.UNDER), not at it."""
    pledge = "我会一如既往地做好本职工作"
    for extra in range(4):
        profile = Profile.model_validate(minimal_data(closing={"pledge": pledge + "好" * extra}))
        full = fit(profile, minutes=1, rate=5000, today=TODAY)
        if full.characters % 4 == 0:
            break
    else:
        raise AssertionError("no length divisible by four")
    slot = full.characters * 5 // 4
    at = fit(profile, minutes=1, rate=slot, today=TODAY)
    assert at.characters == full.characters and at.characters == UNDER * at.target
    assert at.fillers == []
    below = fit(profile, minutes=1, rate=slot + 1, today=TODAY)
    assert below.characters == full.characters and below.fillers == fillers(profile) != []
