"""Fit a speech to its time slot by choosing each section's length variant.

Only the templates' own wording has variants; the user's answers appear in
full in every variant, so nothing the user wrote is ever cut. When even the
shortest choice is over the limit, the result says so and names the user's
longest answers to shorten.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass, field
from datetime import date

from speechwriter.compose.composer import SectionVariants, compose_variants
from speechwriter.compose.template_set import TemplateSet
from speechwriter.profile.model import Profile
from speechwriter.speech.model import Section, Speech
from speechwriter.speech.timing import DEFAULT_RATE, UNDER, count_characters, total_characters

__all__ = ["Fitted", "best_choice", "fillers", "fit", "longest_answers"]


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
    fillers: list[str] = field(default_factory=list)
    """What to add when the speech is well under its slot (see :data:`speechwriter.speech.timing.UNDER`)."""

    @property
    def over(self) -> int:
        """Characters over the slot (0 when within it)."""
        return max(self.characters - self.target, 0)


def _length(section: Section) -> int:
    return total_characters(Speech(title="", author="", sections=[section]))


_OVER_WEIGHT = 3.0
"""Running over the slot costs this much more than falling short of it by the same amount."""
_BALANCE_WEIGHT = 0.5
"""How much a part's distance from its usual share counts against the distance from the slot."""


def best_choice(drafted: SectionVariants, target: int) -> dict[str, str]:
    """The variant per section that comes closest to ``target`` with the parts in their usual proportions.

    Each combination costs its distance from the slot (running over costs
    three times as much as falling short) plus half of how far each part is
    from its usual share of the slot; the cheapest wins, the longer variant on a tie.
    """
    keys = list(drafted.options)
    lengths = {key: {name: _length(section) for name, section in drafted.options[key].items()} for key in keys}
    shares = {key: next(iter(drafted.options[key].values())).share for key in keys}
    best: tuple[float, int, dict[str, str]] | None = None
    if math.prod(len(lengths[key]) for key in keys) > _MOST_COMBINATIONS:
        return _greedy_choice(lengths, target)
    for combination in itertools.product(*(list(lengths[key]) for key in keys)):
        parts = {key: lengths[key][name] for key, name in zip(keys, combination, strict=True)}
        total = sum(parts.values())
        cost = _OVER_WEIGHT * max(total - target, 0) + max(target - total, 0)
        cost += _BALANCE_WEIGHT * sum(
            max(parts[key] - share * target, 0) for key, share in shares.items() if share is not None
        )
        if best is None or (cost, -total) < (best[0], -best[1]):
            best = (cost, total, dict(zip(keys, combination, strict=True)))
    assert best is not None
    return best[2]


_MOST_FILLERS = 4


_MOST_COMBINATIONS = 4096
"""Beyond this many combinations of variants (a user's large template set) the choice is made greedily."""


def _greedy_choice(lengths: dict[str, dict[str, int]], target: int) -> dict[str, str]:
    """The longest variant everywhere, then the section that saves most shortened until the slot is met."""
    longest = {key: max(variants.items(), key=lambda item: item[1])[0] for key, variants in lengths.items()}
    shortest = {key: min(variants.items(), key=lambda item: item[1])[0] for key, variants in lengths.items()}
    choice = dict(longest)
    while sum(lengths[key][name] for key, name in choice.items()) > target:
        key = max(choice, key=lambda k: lengths[k][choice[k]] - lengths[k][shortest[k]])
        if lengths[key][choice[key]] <= lengths[key][shortest[key]]:
            break
        choice[key] = shortest[key]
    return choice


def fillers(profile: Profile) -> list[str]:
    """What the speaker could add when the speech leaves much of its slot unused, most useful first."""
    found: list[str] = []
    bare = [n for n, point in enumerate(profile.strengths, start=1) if not point.detail]
    if bare:
        each = "各" if len(bare) > 1 else ""
        found.append(f"给竞聘优势第 {'、'.join(map(str, bare))} 条{each}补一个具体事例或数字")
    if len(profile.plan) < 3:
        found.append(f"工作设想再加 {3 - len(profile.plan)} 条，通常写三四条")
    bare = [n for n, point in enumerate(profile.plan, start=1) if not point.detail]
    if bare:
        found.append(f"给工作设想第 {'、'.join(map(str, bare))} 条写出具体做法（怎么做、多久见效）")
    if len(profile.understanding.paragraphs) < 2:
        found.append("对岗位的认识再写一段：这个岗位难在哪里、要求什么")
    if len(profile.strengths) < 3:
        found.append(f"竞聘优势再加 {3 - len(profile.strengths)} 条，通常写三条")
    speaker = profile.speaker
    if not speaker.career:
        found.append("在自我介绍里写上工作经历（哪年在哪里做什么）")
    if not speaker.joined_year:
        found.append("写上参加工作的年份")
    if not speaker.honours:
        found.append("写上获得过的荣誉（没有可以不写）")
    if not profile.closing.pledge:
        found.append("结尾用自己的话表个态")
    return found[:_MOST_FILLERS]


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
    to_add = fillers(profile) if characters < UNDER * target else []
    return Fitted(speech, choice, characters, target, slot, rate, longest, to_add)
