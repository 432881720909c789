"""A speech with every text converted to another script (Simplified ↔ Traditional)."""

from __future__ import annotations

from speechwriter.common.script import converter
from speechwriter.speech.model import Enumeration, Item, Paragraph, Section, Speech

__all__ = ["convert_speech"]


def convert_speech(speech: Speech, script: str | None) -> Speech:
    """The speech with every text converted to ``script`` (unchanged when ``script`` is None)."""
    if script is None:
        return speech
    convert = converter(script)

    def block(item: Paragraph | Enumeration) -> Paragraph | Enumeration:
        if isinstance(item, Paragraph):
            return Paragraph(text=convert(item.text))
        items = [
            Item(marker=convert(i.marker), headline=convert(i.headline), detail=convert(i.detail)) for i in item.items
        ]
        return Enumeration(style=item.style, lead=convert(item.lead), items=items)

    sections = [
        Section(key=s.key, title=convert(s.title), blocks=[block(b) for b in s.blocks]) for s in speech.sections
    ]
    return Speech(title=convert(speech.title), author=convert(speech.author), sections=sections, script=script)
