"""Character counts and speaking time, read from the speech model."""

from __future__ import annotations

import re
from dataclasses import dataclass

from speechwriter.speech import Speech, speech_lines

DEFAULT_RATE = 200
"""Characters a minute of formal Chinese speech (GUIDE §3: 150–220, 200 by default)."""

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
