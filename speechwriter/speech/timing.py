"""Character counts and speaking time, read from the speech model."""

from __future__ import annotations

import re
from dataclasses import dataclass

from speechwriter.speech.model import Speech, speech_lines

__all__ = [
    "DEFAULT_RATE",
    "ON_TIME",
    "USUAL_SPLIT",
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


USUAL_SPLIT: tuple[tuple[str, tuple[str, ...], float], ...] = (
    ("开场", ("opening",), 0.08),
    ("自我介绍", ("introduction",), 0.17),
    ("对岗位的认识与竞聘优势", ("understanding", "strengths"), 0.33),
    ("工作设想", ("plan",), 0.33),
    ("结尾", ("closing",), 0.08),
)
"""The usual share of each part of a competition speech (a published six-minute split: 0.5 · 1 · 2 · 2 · 0.5)."""

ON_TIME = 0.03
"""Within this share of the slot, a speech counts as on time."""


def long_parts(speech: Speech, rate: int = DEFAULT_RATE) -> list[tuple[str, int, float, float, int]]:
    """Parts longer than their usual share: (name, characters, share, usual share, excess characters).

    Sorted by excess, largest first.
    """
    lengths = {length.key: length.characters for length in section_lengths(speech, rate)}
    total = sum(lengths.values()) or 1
    found = []
    for name, keys, usual in USUAL_SPLIT:
        characters = sum(lengths.get(key, 0) for key in keys)
        excess = characters - round(usual * total)
        if characters / total > usual + 0.02:
            found.append((name, characters, characters / total, usual, excess))
    return sorted(found, key=lambda item: item[4], reverse=True)


def timing_report(
    speech: Speech,
    rate: int = DEFAULT_RATE,
    minutes: float | None = None,
    longest_answers: list[tuple[str, int]] | None = None,
) -> list[str]:
    """Lines telling the length per part and in total, and how it compares with the slot."""
    lengths = section_lengths(speech, rate)
    total = sum(length.characters for length in lengths)
    lines = [f"篇幅：共 {total} 字，{minutes_text(total / rate)}（按每分钟 {rate} 字）。"]
    lines.append("  " + "｜".join(f"{length.title} {length.characters} 字" for length in lengths))
    if minutes is None:
        return lines
    return lines + slot_report(speech, rate, minutes, longest_answers)


def slot_report(
    speech: Speech,
    rate: int,
    minutes: float,
    longest_answers: list[tuple[str, int]] | None = None,
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
    return lines
