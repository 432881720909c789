"""The speech model between a profile and any output format.

A :class:`Speech` is a title and ordered :class:`Section` objects; a section
holds blocks, each a :class:`Paragraph` or an :class:`Enumeration` of
:class:`Item` objects. Renderers are functions of this model: they share
:func:`speech_lines`, the reading-order view with roles and emphasis, and
never parse each other's output.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from speechwriter.common.chinese_text import clause, sentence
from speechwriter.common.numerals import enumeration_style

__all__ = ["Block", "Enumeration", "Item", "LineRole", "Paragraph", "Section", "Speech", "SpeechLine", "speech_lines"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Paragraph(_Model):
    """A paragraph of running text."""

    kind: Literal["paragraph"] = "paragraph"
    text: str


class Item(_Model):
    """One enumerated item: its marker (一是、（一）…), headline and detail."""

    marker: str
    headline: str
    detail: str = ""


class Enumeration(_Model):
    """Items enumerated in one style (see :data:`speechwriter.numerals.ENUMERATION_STYLES`)."""

    kind: Literal["enumeration"] = "enumeration"
    style: str
    lead: str = ""
    items: list[Item]


Block = Annotated[Paragraph | Enumeration, Field(discriminator="kind")]


class Section(_Model):
    """A part of the speech (开场, 自我介绍, …) with its blocks in order."""

    key: str
    title: str
    blocks: list[Block]
    share: float | None = None
    """The usual share of the whole speech this part takes (from the template set), if known."""


class Speech(_Model):
    """A complete speech: title, author and sections in speaking order."""

    title: str
    author: str
    sections: list[Section]
    script: str = "simplified"
    """The script of the speech's own words (simplified, traditional, taiwan, hongkong): the Word
    footer, document language and properties follow it."""

    def section(self, key: str) -> Section:
        """The section with ``key``; ``KeyError`` when there is none."""
        for section in self.sections:
            if section.key == key:
                return section
        raise KeyError(key)


@dataclass(frozen=True)
class _Segment:
    """A run of text, emphasised (bold) or not."""

    text: str
    strong: bool = False


LineRole = Literal["title", "section", "heading", "paragraph"]


@dataclass(frozen=True)
class SpeechLine:
    """One line (paragraph) of the speech as any renderer lays it out.

    ``role`` is ``title`` (the speech title), ``section`` (a section boundary,
    not spoken), ``heading`` (an enumerated heading such as 一、…, with
    ``level`` 1 for 一、 and 2 for （一）) or ``paragraph``.
    """

    role: LineRole
    segments: tuple[_Segment, ...]
    section_key: str = ""
    level: int = 0

    @property
    def text(self) -> str:
        """The plain text of the line."""
        return "".join(segment.text for segment in self.segments)

    @property
    def spoken(self) -> bool:
        """Whether the line is read aloud (headings and paragraphs, not the title)."""
        return self.role in ("heading", "paragraph")


_SHORT_DETAIL = 16


def _continues(detail: str) -> bool:
    """A short detail of one clause reads on from its headline after a comma (抓培训，把早会开出质量。)."""
    body = clause(detail)
    return len(body) <= _SHORT_DETAIL and not any(mark in body for mark in "。！？；")


def _enumeration_lines(block: Enumeration, key: str) -> list[SpeechLine]:
    style = enumeration_style(block.style)
    if style.layout == "run_in":
        segments: list[_Segment] = [_Segment(block.lead)] if block.lead else []
        for item in block.items:
            body = clause(item.headline)
            if item.detail:
                body += "，" + clause(item.detail)
            segments.append(_Segment(item.marker + body + "。"))
        return [SpeechLine("paragraph", tuple(segments), key)]
    lines: list[SpeechLine] = []
    if block.lead:
        lines.append(SpeechLine("paragraph", (_Segment(block.lead),), key))
    for item in block.items:
        if style.layout == "heading":
            heading = (_Segment(item.marker), _Segment(clause(item.headline), strong=True))
            lines.append(SpeechLine("heading", heading, key, level=style.heading_level))
            if item.detail:
                lines.append(SpeechLine("paragraph", (_Segment(sentence(item.detail)),), key))
        else:
            if item.detail and _continues(item.detail):
                headline = _Segment(clause(item.headline) + "，", strong=True)
            else:
                headline = _Segment(sentence(item.headline), strong=True)
            parts = [_Segment(item.marker), headline]
            if item.detail:
                parts.append(_Segment(sentence(item.detail)))
            lines.append(SpeechLine("paragraph", tuple(parts), key))
    return lines


def speech_lines(speech: Speech) -> list[SpeechLine]:
    """The speech in reading order as lines with roles and emphasis.

    Every renderer lays out these lines; character counts and checks read
    the ``spoken`` ones.
    """
    lines = [SpeechLine("title", (_Segment(speech.title),))]
    for section in speech.sections:
        lines.append(SpeechLine("section", (_Segment(section.title),), section.key))
        for block in section.blocks:
            if isinstance(block, Paragraph):
                lines.append(SpeechLine("paragraph", (_Segment(block.text),), section.key))
            else:
                lines.extend(_enumeration_lines(block, section.key))
    return lines
