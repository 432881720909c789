"""Compose a :class:`~speechwriter.speech.Speech` from a profile through a template set.

Each section template renders to text: paragraphs are separated by blank
lines, and lists are placed with ``{{ enumeration(points, style) }}`` on a
paragraph of their own. User answers are passed to templates as data and are
never compiled as template source, so ``{{ 7*7 }}`` in an answer prints as
typed.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from speechwriter.common.chinese_text import full_width_punctuation
from speechwriter.common.errors import UserError
from speechwriter.common.numerals import enumeration_style
from speechwriter.common.script import SIMPLIFIED, detect_script
from speechwriter.compose.context import answer_texts, phrase_globals, template_context
from speechwriter.compose.template_set import DEFAULT_VARIANT, TemplateSet, load_template_set
from speechwriter.profile.model import Point, Profile
from speechwriter.speech.model import Block, Enumeration, Item, Paragraph, Section, Speech

__all__ = ["SectionVariants", "compose", "compose_variants"]

_BLANK_LINES = re.compile(r"\n[ \t\u3000]*\n")
_TOKEN = re.compile("\ue000([0-9a-f]+):(\\d+)\ue001")


class _Enumerations:
    """Collects the enumerations a template places and hands out their tokens."""

    def __init__(self) -> None:
        self.nonce = secrets.token_hex(4)
        self.blocks: list[Enumeration] = []

    def token(self, index: int) -> str:
        return f"\ue000{self.nonce}:{index}\ue001"

    def __call__(self, points: Sequence[Point], style: str, lead: str = "") -> str:
        if style == "一要" and any("要" in point.headline for point in points):
            style = "一是"  # "一要数据要真" doubles the 要
        try:
            enum_style = enumeration_style(style)
        except KeyError as error:
            raise UserError(f"模板中的列举样式有误：{error.args[0]}") from None
        items = [
            Item(
                marker=enum_style.marker_for(number),
                headline=full_width_punctuation(point.headline),
                detail=full_width_punctuation(point.detail or ""),
            )
            for number, point in enumerate(points, start=1)
        ]
        self.blocks.append(Enumeration(style=style, lead=lead or "", items=items))
        return self.token(len(self.blocks) - 1)


def _join_lines(lines: Iterable[str]) -> str:
    out = ""
    for line in (line.strip() for line in lines):
        if not line:
            continue
        if out and out[-1].isascii() and out[-1].isalnum() and line[0].isascii():
            out += " "
        out += line
    return out


def _blocks(text: str, enumerations: _Enumerations, template: str) -> list[Block]:
    blocks: list[Block] = []
    for chunk in _BLANK_LINES.split(text.replace("\r\n", "\n")):
        joined = _join_lines(chunk.split("\n"))
        if not joined:
            continue
        match = _TOKEN.fullmatch(joined)
        if match and match.group(1) == enumerations.nonce:
            blocks.append(enumerations.blocks[int(match.group(2))])
        elif f"\ue000{enumerations.nonce}:" in joined:
            raise UserError(f"模板 {template} 中的 enumeration(...) 必须单独成段（前后各空一行）。")
        else:
            blocks.append(Paragraph(text=full_width_punctuation(joined)))
    return blocks


@dataclass(frozen=True)
class SectionVariants:
    """Every section in every length variant, ready to be assembled into a speech."""

    title: str
    author: str
    options: dict[str, dict[str, Section]]
    """Section key → variant name → section, in the template set's order."""
    script: str = SIMPLIFIED

    def assemble(self, choice: Mapping[str, str] | None = None) -> Speech:
        """The speech with the chosen variant per section (``full`` where none is chosen)."""
        choice = choice or {}
        sections = []
        for key, variants in self.options.items():
            wanted = choice.get(key, DEFAULT_VARIANT)
            sections.append(variants[wanted] if wanted in variants else next(iter(variants.values())))
        return Speech(title=self.title, author=self.author, sections=sections, script=self.script)


def compose_variants(
    profile: Profile,
    template_set: TemplateSet | None = None,
    today: date | None = None,
) -> SectionVariants:
    """Render every section template in each of its length variants."""
    templates = template_set or load_template_set(None, detect_script(answer_texts(profile, everything=True)))
    context = template_context(profile, today or date.today(), templates)
    options: dict[str, dict[str, Section]] = {}
    for spec in templates.manifest.sections:
        options[spec.key] = {}
        for variant in spec.variants:
            enumerations = _Enumerations()
            local = {**context, **phrase_globals(templates, context, variant), "variant": variant}
            text = templates.render(spec.template, {**local, "enumeration": enumerations})
            blocks = _blocks(text, enumerations, spec.template)
            options[spec.key][variant] = Section(key=spec.key, title=spec.title, blocks=blocks, share=spec.share)
    title = _join_lines(templates.render_string(templates.manifest.title, context, "title").split("\n"))
    return SectionVariants(full_width_punctuation(title), profile.speaker.name, options, templates.script)


def compose(
    profile: Profile,
    template_set: TemplateSet | None = None,
    today: date | None = None,
    variants: Mapping[str, str] | None = None,
) -> Speech:
    """Turn a validated profile into a speech (full-length sections unless ``variants`` says otherwise)."""
    return compose_variants(profile, template_set, today).assemble(variants)
