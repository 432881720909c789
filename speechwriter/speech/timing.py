"""Character counts and speaking time, read from the speech model."""

from __future__ import annotations

import re
from dataclasses import dataclass

from speechwriter.speech.model import Speech, speech_lines

__all__ = [
    "DEFAULT_RATE",
    "LONG_BY",
    "ON_TIME",
    "UNDER",
    "SectionLength",
    "count_characters",
    "long_parts",
    "minutes_text",
    "section_lengths",
    "slot_report",
    "timing_report",
    "total_characters",
]

DEFAULT_RATE = 200
"""Characters a minute of formal Chinese read aloud: about 160–220 is usual, so 200 is the default."""

_COUNTED = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]|[A-Za-z0-9]+(?:\.\d+)?")


def count_characters(text: str) -> int:
    """Spoken units: each Chinese character, each run of Latin letters and digits (5G, 2.5).

    Punctuation and spaces are not spoken and not counted.
    """
    return len(_COUNTED.findall(text))


@dataclass(frozen=True)
class SectionLength:
    """Characters and minutes of one section."""

    key: str
    title: str
    characters: int
    minutes: float


def section_lengths(speech: Speech, rate: int = DEFAULT_RATE) -> list[SectionLength]:
    """Characters and speaking minutes of each section, in order."""
    counts: dict[str, int] = {section.key: 0 for section in speech.sections}
    for line in speech_lines(speech):
        if line.spoken:
            counts[line.section_key] += count_characters(line.text)
    return [
        SectionLength(section.key, section.title, counts[section.key], counts[section.key] / rate)
        for section in speech.sections
    ]


def total_characters(speech: Speech) -> int:
    """Spoken characters of the whole speech."""
    return sum(length.characters for length in section_lengths(speech))


def minutes_text(minutes: float) -> str:
    """``约 4.5 分钟`` (``约 4 分 30 秒`` would be false precision)."""
    return f"约 {minutes:.1f} 分钟"


ON_TIME = 0.03
"""Within this share of the slot, a speech counts as on time."""


LONG_BY = 0.05
"""A part counts as long when its share passes its usual share by this much."""

UNDER = 0.8
"""A speech shorter than this share of its slot leaves time unused: the report says what to add."""


def long_parts(speech: Speech, rate: int = DEFAULT_RATE) -> list[tuple[str, int, float, float, int]]:
    """Parts longer than their usual share: (name, characters, share, usual share, excess characters).

    Sorted by excess, largest first. The usual shares come with the sections
    (the template set's ``share``); parts without one are not judged.
    """
    lengths = section_lengths(speech, rate)
    usual = {section.key: section.share for section in speech.sections}
    total = sum(length.characters for length in lengths) or 1
    found = []
    for length in lengths:
        share = usual.get(length.key)
        if share is None:
            continue
        if length.characters / total > share + LONG_BY:
            excess = length.characters - round(share * total)
            found.append((length.title, length.characters, length.characters / total, share, excess))
    return sorted(found, key=lambda item: item[4], reverse=True)


def _proportions(speech: Speech, rate: int) -> str:
    lengths = section_lengths(speech, rate)
    total = sum(length.characters for length in lengths) or 1
    return "｜".join(f"{length.title} {length.characters} 字（{length.characters / total:.0%}）" for length in lengths)


def timing_report(
    speech: Speech,
    rate: int = DEFAULT_RATE,
    minutes: float | None = None,
    longest_answers: list[tuple[str, int]] | None = None,
    fillers: list[str] | None = None,
) -> list[str]:
    """Lines telling the length per part and in total, and how it compares with the slot."""
    lengths = section_lengths(speech, rate)
    total = sum(length.characters for length in lengths)
    lines = [f"篇幅：共 {total} 字，{minutes_text(total / rate)}（按每分钟 {rate} 字）。"]
    lines.append("  " + _proportions(speech, rate))
    if minutes is None:
        return lines
    return lines + slot_report(speech, rate, minutes, longest_answers, fillers)


def slot_report(
    speech: Speech,
    rate: int,
    minutes: float,
    longest_answers: list[tuple[str, int]] | None = None,
    fillers: list[str] | None = None,
) -> list[str]:
    """Lines telling how the speech compares with a slot of ``minutes``: on time, over (and where), under."""
    total = total_characters(speech)
    lines: list[str] = []
    target = round(minutes * rate)
    difference = total - target
    slot = f"限时 {minutes:g} 分钟（约 {target} 字）"
    if abs(difference) <= ON_TIME * target:
        lines.append(f"{slot}：长度合适。")
    elif difference > 0:
        lines.append(f"{slot}：超出 {difference} 字（约 {difference / rate:.1f} 分钟），需要删减约 {difference} 字。")
        parts = long_parts(speech, rate)
        if parts:
            described = "；".join(
                f"{name} {characters} 字，占 {share:.0%}（通常约 {usual:.0%}）"
                for name, characters, share, usual, _ in parts
            )
            lines.append(f"  比通常比例长的部分：{described}。")
        if longest_answers:
            named = "、".join(f"{label}（{count} 字）" for label, count in longest_answers)
            lines.append(f"  模板已用最精简的说法，还需要精简您自己写的内容，最长的是：{named}。")
    else:
        lines.append(
            f"{slot}：还差 {-difference} 字（约 {-difference / rate:.1f} 分钟），可以再充实约 {-difference} 字。"
        )
        if total < UNDER * target and fillers:
            lines.append("  可以补充的内容：" + "；".join(fillers) + "。")
    parts = long_parts(speech, rate) if UNDER * target <= total <= target else []
    if parts:
        described = "；".join(f"{name}占 {share:.0%}（通常约 {usual:.0%}）" for name, _, share, usual, _ in parts)
        lines.append(f"  比例提示：{described}，可以适当压缩，把时间留给工作设想。")
    return lines
