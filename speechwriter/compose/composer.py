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
from typing import Any

from speechwriter.common.chinese_text import clause, full_width_punctuation
from speechwriter.common.errors import UserError
from speechwriter.common.numerals import enumeration_style
from speechwriter.compose.template_set import DEFAULT_VARIANT, TemplateSet, load_template_set
from speechwriter.library.phrases import Phrase, phrase_bank
from speechwriter.profile.model import Point, Profile
from speechwriter.speech.model import Block, Enumeration, Item, Paragraph, Section, Speech

__all__ = ["Facts", "SectionVariants", "compose", "compose_variants", "derive_facts", "template_context"]

_BLANK_LINES = re.compile(r"\n[ \t\u3000]*\n")
_TOKEN = re.compile("\ue000([0-9a-f]+):(\\d+)\ue001")


@dataclass(frozen=True)
class Facts:
    """Facts derived from the profile on the day of composing."""

    age: int | None
    years_of_service: int | None
    birth_text: str | None
    year: int


def derive_facts(profile: Profile, today: date) -> Facts:
    """Age, years of service and the birth date in words, as of ``today``."""
    speaker = profile.speaker
    age = speaker.age
    birth_text = None
    if speaker.birth:
        year, month = int(speaker.birth[:4]), int(speaker.birth[5:])
        birth_text = f"{year}年{month}月"
        age = today.year - year - (1 if today.month < month else 0)
    years = None
    if speaker.joined_year is not None:
        years = today.year - speaker.joined_year
    return Facts(age=age, years_of_service=years, birth_text=birth_text, year=today.year)


class _Enumerations:
    """Collects the enumerations a template places and hands out their tokens."""

    def __init__(self) -> None:
        self.nonce = secrets.token_hex(4)
        self.blocks: list[Enumeration] = []

    def token(self, index: int) -> str:
        return f"\ue000{self.nonce}:{index}\ue001"

    def __call__(self, points: Sequence[Point], style: str, lead: str = "") -> str:
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


def template_context(profile: Profile, today: date) -> dict[str, Any]:
    """The variables every section template sees."""
    return {
        "audience": profile.audience,
        "speaker": profile.speaker,
        "post": profile.post,
        "opening": profile.opening,
        "understanding": profile.understanding,
        "strengths": profile.strengths,
        "plan": profile.plan,
        "closing": profile.closing,
        "styles": profile.styles,
        "facts": derive_facts(profile, today),
        "post_name": (profile.post.unit or "") + profile.post.title,
        "org": profile.speaker.organization_short or profile.speaker.organization or "单位",
    }


def _phrase_globals(templates: TemplateSet, context: dict[str, Any], variant: str) -> dict[str, Any]:
    """``phrase(kind, id)`` and ``phrase_names_post(kind, id)`` for the templates."""
    values = {
        "post_name": context["post_name"],
        "org": context["org"],
        "speech_title": clause(context["post"].speech_title or ""),
    }

    def find(kind: str, phrase_id: str) -> Phrase:
        try:
            return phrase_bank().get(kind, phrase_id)  # type: ignore[arg-type]
        except (KeyError, AttributeError):
            raise UserError(f"句式库里没有“{phrase_id}”（{kind}）。") from None

    def phrase(kind: str, phrase_id: str) -> str:
        return templates.render_string(find(kind, phrase_id).text(variant), values, f"句式“{phrase_id}”")

    def names_post(kind: str, phrase_id: str) -> bool:
        return find(kind, phrase_id).names_post

    return {"phrase": phrase, "phrase_names_post": names_post}


@dataclass(frozen=True)
class SectionVariants:
    """Every section in every length variant, ready to be assembled into a speech."""

    title: str
    author: str
    options: dict[str, dict[str, Section]]
    """Section key → variant name → section, in the template set's order."""

    def assemble(self, choice: Mapping[str, str] | None = None) -> Speech:
        """The speech with the chosen variant per section (``full`` where none is chosen)."""
        choice = choice or {}
        sections = []
        for key, variants in self.options.items():
            wanted = choice.get(key, DEFAULT_VARIANT)
            sections.append(variants[wanted] if wanted in variants else next(iter(variants.values())))
        return Speech(title=self.title, author=self.author, sections=sections)


def compose_variants(
    profile: Profile,
    template_set: TemplateSet | None = None,
    today: date | None = None,
) -> SectionVariants:
    """Render every section template in each of its length variants."""
    templates = template_set or load_template_set(None)
    context = template_context(profile, today or date.today())
    options: dict[str, dict[str, Section]] = {}
    for spec in templates.manifest.sections:
        options[spec.key] = {}
        for variant in spec.variants:
            enumerations = _Enumerations()
            local = {**context, **_phrase_globals(templates, context, variant), "variant": variant}
            text = templates.render(spec.template, {**local, "enumeration": enumerations})
            blocks = _blocks(text, enumerations, spec.template)
            options[spec.key][variant] = Section(key=spec.key, title=spec.title, blocks=blocks)
    title = _join_lines(templates.render_string(templates.manifest.title, context, "title").split("\n"))
    return SectionVariants(full_width_punctuation(title), profile.speaker.name, options)


def compose(
    profile: Profile,
    template_set: TemplateSet | None = None,
    today: date | None = None,
    variants: Mapping[str, str] | None = None,
) -> Speech:
    """Turn a validated profile into a speech (full-length sections unless ``variants`` says otherwise)."""
    return compose_variants(profile, template_set, today).assemble(variants)
