"""Industry presets: suggestions for the understanding of the role, strengths and plan.

Each preset is a data file in ``data/presets`` (our own words, distilled
from the seed texts). In ``new`` the user picks an industry and a role and
ticks the suggestions to take; nothing is put into a speech unasked.
"""

from __future__ import annotations

from functools import cache
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from speechwriter.common.errors import UserError
from speechwriter.common.reading import load_data_file
from speechwriter.common.resources import DATA_DIR
from speechwriter.common.script import to_simplified
from speechwriter.library.sectors import find_sector

__all__ = [
    "GENERAL",
    "Preset",
    "Suggestion",
    "SuggestionKind",
    "all_presets",
    "find_preset",
    "industries",
    "presets_in",
]

_PRESETS_DIR = DATA_DIR / "presets"

GENERAL = "通用"
"""The sector of presets that fit any trade."""

SuggestionKind = Literal["understanding", "understanding_points", "strengths", "plan"]


class Suggestion(BaseModel):
    """A suggested headline with its detail."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    headline: str
    detail: str = ""


class Preset(BaseModel):
    """Suggestions for one industry and role."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str
    industry: str
    role: str
    title: str
    sources: list[str] = Field(default_factory=list)
    keywords: list[str] = Field(default_factory=list, description="words a user may search for")
    understanding: list[str] = Field(default_factory=list)
    understanding_points: list[Suggestion] = Field(default_factory=list)
    strengths: list[Suggestion] = Field(default_factory=list)
    plan: list[Suggestion] = Field(default_factory=list)

    def suggestions(self, kind: SuggestionKind) -> list[str | dict[str, str]]:
        """The suggestions of one kind, shaped like profile answers."""
        if kind == "understanding":
            return list(self.understanding)
        points: list[Suggestion] = getattr(self, kind)
        return [{"headline": p.headline, **({"detail": p.detail} if p.detail else {})} for p in points]


@cache
def all_presets() -> dict[str, Preset]:
    """Every preset by name, in a stable order (industry, then role)."""
    presets = [Preset.model_validate(load_data_file(path)) for path in sorted(_PRESETS_DIR.glob("*.yaml"))]
    presets.sort(key=lambda p: (p.industry == "通用", p.industry, p.role))
    return {preset.name: preset for preset in presets}


def industries() -> list[str]:
    """The industries that have presets, in order."""
    return list(dict.fromkeys(preset.industry for preset in all_presets().values()))


def presets_in(industry: str) -> list[Preset]:
    """The presets of one industry."""
    return [preset for preset in all_presets().values() if preset.industry == industry]


def search_presets(query: str | None) -> list[Preset]:
    """Presets whose name, sector, post, title or keywords hold ``query`` (in either script); all when None."""
    presets = list(all_presets().values())
    if not query:
        return presets
    wanted = to_simplified(query.strip())
    sector = find_sector(wanted)  # 医院, 学校, 供电… name a whole sector
    return [
        p
        for p in presets
        if (sector is not None and p.industry == sector.name)
        or any(wanted in text for text in (p.name, p.industry, p.role, p.title, *p.keywords))
    ]


def starter_profile(preset: Preset, name: str) -> dict[str, object]:
    """Profile data with every suggestion of ``preset`` filled in, for ``name`` to make their own."""
    post: dict[str, object] = {"title": preset.role.split("或")[0]}
    if preset.industry != GENERAL:
        post["sector"] = preset.industry
    understanding: dict[str, object] = {"paragraphs": list(preset.understanding)}
    if preset.understanding_points:
        understanding["points"] = preset.suggestions("understanding_points")
    return {
        "speaker": {"name": name},
        "post": post,
        "understanding": understanding,
        "strengths": preset.suggestions("strengths"),
        "plan": preset.suggestions("plan"),
    }


def find_preset(name: str) -> Preset:
    """A preset by name, or by “行业/岗位” (保险/理赔); a UserError lists the names."""
    presets = all_presets()
    name = to_simplified(name.strip())
    if name in presets:
        return presets[name]
    for preset in presets.values():
        if name in (f"{preset.industry}/{preset.role}", f"{preset.industry} {preset.role}", preset.role):
            return preset
    known = "、".join(presets)
    raise UserError(f"没有名为“{name}”的素材。可用：{known}（也可以写“行业/岗位”，如“保险/理赔”）。")
