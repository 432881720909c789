"""Fit a speech to its time slot by choosing each section's length variant.

Only the templates' own wording has variants; the user's answers appear in
full in every variant, so nothing the user wrote is ever cut. When even the
shortest choice is over the limit, the result says so and names the user's
longest answers to shorten.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from datetime import date

from speechwriter.compose.composer import SectionVariants, compose_variants
from speechwriter.compose.template_set import TemplateSet
from speechwriter.profile.model import Profile
from speechwriter.speech.model import Section, Speech
from speechwriter.speech.timing import DEFAULT_RATE, count_characters, total_characters

__all__ = ["Fitted", "best_choice", "fit", "longest_answers"]


@dataclass(frozen=True)
class Fitted:
    """The fitted speech, the variants chosen and how it compares with the slot."""

    speech: Speech
    choice: dict[str, str]
    characters: int
    target: int
    minutes: float
    rate: int
    longest_answers: list[tuple[str, int]] = field(default_factory=list)

    @property
    def over(self) -> int:
        """Characters over the slot (0 when within it)."""
        return max(self.characters - self.target, 0)


def _length(section: Section) -> int:
    return total_characters(Speech(title="", author="", sections=[section]))


def best_choice(drafted: SectionVariants, target: int) -> dict[str, str]:
    """The variant per section whose total is longest without passing ``target``.

    When every choice is over, the shortest one is taken.
    """
    keys = list(drafted.options)
    lengths = {key: {name: _length(section) for name, section in drafted.options[key].items()} for key in keys}
    totals = []
    for combination in itertools.product(*(list(lengths[key]) for key in keys)):
        total = sum(lengths[key][name] for key, name in zip(keys, combination, strict=True))
        totals.append((total, dict(zip(keys, combination, strict=True))))
    fitting = [item for item in totals if item[0] <= target]
    total, choice = max(fitting, key=lambda item: item[0]) if fitting else min(totals, key=lambda item: item[0])
    return choice


def longest_answers(profile: Profile, limit: int = 3) -> list[tuple[str, int]]:
    """The user's longest answers, as (label, characters), to name what to shorten."""
    candidates: list[tuple[str, str]] = []
    for number, text in enumerate(profile.understanding.paragraphs, start=1):
        candidates.append((f"对岗位的认识第 {number} 段", text))
    for part, points in (("竞聘优势", profile.strengths), ("工作设想", profile.plan)):
        for number, point in enumerate(points, start=1):
            candidates.append((f"{part}第 {number} 条“{point.headline}”", f"{point.headline}{point.detail or ''}"))
    if profile.opening.remarks:
        candidates.append(("补充的开场白", profile.opening.remarks))
    if profile.closing.pledge:
        candidates.append(("结尾表态", profile.closing.pledge))
    measured = [(label, count_characters(text)) for label, text in candidates]
    return sorted(measured, key=lambda item: item[1], reverse=True)[:limit]


def fit(
    profile: Profile,
    minutes: float | None = None,
    rate: int = DEFAULT_RATE,
    template_set: TemplateSet | None = None,
    today: date | None = None,
) -> Fitted:
    """The speech whose length comes closest to the slot (``minutes``, else the profile's limit)."""
    slot = minutes if minutes is not None else profile.time_limit_minutes
    target = round(slot * rate)
    drafted = compose_variants(profile, template_set, today)
    choice = best_choice(drafted, target)
    speech = drafted.assemble(choice)
    characters = total_characters(speech)
    longest = longest_answers(profile) if characters > target else []
    return Fitted(speech, choice, characters, target, slot, rate, longest)
