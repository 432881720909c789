from __future__ import annotations

import io

from rich.console import Console

from speechwriter.compose.composer import compose
from speechwriter.interview.terminal_preview import print_length, print_speech
from speechwriter.profile.loading import load_profile
from speechwriter.speech.timing import minutes_text, total_characters
from tests.conftest import EXAMPLES, TODAY


def test_preview_shows_title_parts_and_length() -> None:
    speech = compose(load_profile(EXAMPLES[0]).profile, today=TODAY)
    buffer = io.StringIO()
    console = Console(file=buffer, width=200, color_system=None)
    print_speech(console, speech)
    print_length(console, speech)
    shown = buffer.getvalue()
    assert speech.title in shown
    for section in speech.sections:
        assert section.title in shown
    assert "　　" + speech.sections[0].blocks[0].text in shown  # type: ignore[union-attr]
    total_row = next(line for line in shown.splitlines() if "合计" in line)
    assert [cell.strip() for cell in total_row.split("│")] == [
        "合计",
        str(total_characters(speech)),
        minutes_text(total_characters(speech) / 200),
    ]
