"""Show a speech and its length in the terminal with rich (used by ``new`` and ``edit``)."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

from speechwriter.render.plain_text import INDENT
from speechwriter.speech.model import Speech, speech_lines
from speechwriter.speech.timing import DEFAULT_RATE, minutes_text, section_lengths, total_characters

__all__ = ["print_length", "print_speech"]


def print_speech(console: Console, speech: Speech) -> None:
    """The speech as it will be read: centred title, parts marked by dim rules."""
    for line in speech_lines(speech):
        if line.role == "title":
            console.print(Text(line.text, style="bold"), justify="center")
        elif line.role == "section":
            console.rule(Text(line.text, style="dim"), style="dim")
        else:
            text = Text(INDENT)
            for segment in line.segments:
                text.append(segment.text, style="bold" if segment.strong else "")
            console.print(text)
            console.print()


def print_length(console: Console, speech: Speech, rate: int = DEFAULT_RATE) -> None:
    """Characters and speaking time per part and in total, at ``rate`` 字/分钟."""
    table = Table(title=f"篇幅（按每分钟 {rate} 字估算）", show_edge=False)
    table.add_column("部分")
    table.add_column("字数", justify="right")
    table.add_column("时长", justify="right")
    for length in section_lengths(speech, rate):
        table.add_row(length.title, str(length.characters), minutes_text(length.minutes))
    characters = total_characters(speech)
    table.add_row(Text("合计", style="bold"), str(characters), minutes_text(characters / rate))
    console.print(table)
