"""Render a speech as plain text, ready to paste into a word processor."""

from __future__ import annotations

from speechwriter.speech.model import Speech, speech_lines

__all__ = ["INDENT", "render_text"]

INDENT = "\u3000\u3000"
"""Two full-width spaces: the first-line indent of Chinese prose."""


def render_text(speech: Speech) -> str:
    """The speech as plain text: the title, then paragraphs indented two characters.

    Section boundaries are not printed; headings (一、…) are indented like
    paragraphs, as in official documents.
    """
    out: list[str] = []
    for line in speech_lines(speech):
        if line.role == "title":
            out.append(line.text)
        elif line.spoken:
            out.append(INDENT + line.text)
    return "\n\n".join(out) + "\n"
