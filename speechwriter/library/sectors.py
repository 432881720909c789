"""Trade vocabularies (``data/sectors.yaml``): whom the work serves, where its front line is, what
the organisation is called — the words a speech changes with its sector, and a neutral set for none."""

from __future__ import annotations

from functools import cache

from pydantic import BaseModel, ConfigDict, Field

from speechwriter.common.reading import load_data_file
from speechwriter.common.resources import DATA_DIR
from speechwriter.common.script import to_simplified

__all__ = ["Sector", "SectorBook", "Vocabulary", "find_sector", "hint_for", "sector_book", "sector_names"]

_SECTORS_FILE = DATA_DIR / "sectors.yaml"


class Vocabulary(BaseModel):
    """The words templates take from a trade: ``{{ trade.served }}`` and the rest."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    served: str = Field(description="whom the work serves: 客户、患者、学生、群众…")
    front_line: str = Field(description="the trade's front line: 临床一线、教学一线…")
    org: str = Field(description="what people call their organisation: 医院、学校、单位…")
    team: str = Field(description="the people one works beside: 老师们、科室的同事们…")
    lesson: str = Field(description="what the trade teaches, a whole clause: 群众的事再小也是大事")
    hints: dict[str, str] = Field(default_factory=dict, description="questionnaire examples by question field")


class Sector(Vocabulary):
    """A sector: its name, the other names people write for it, its vocabulary and its own words."""

    name: str
    aliases: list[str] = Field(default_factory=list)
    traditional: list[str] = Field(default_factory=list, description="the name and aliases in Traditional")
    words: list[str] = Field(default_factory=list, description="words no other sector's speech should use")


class SectorBook(BaseModel):
    """Every sector, and the neutral vocabulary for a profile that names none."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    neutral: Vocabulary
    sectors: list[Sector]


@cache
def sector_book() -> SectorBook:
    """The sectors shipped with the package."""
    return SectorBook.model_validate(load_data_file(_SECTORS_FILE))


def sector_names(*, with_aliases: bool = False) -> list[str]:
    """The sectors' names in the book's order (then every alias, Traditional ones too, when asked)."""
    sectors = sector_book().sectors
    names = [sector.name for sector in sectors]
    if not with_aliases:
        return names
    return names + [alias for sector in sectors for alias in (*sector.aliases, *sector.traditional)]


def find_sector(name: str) -> Sector | None:
    """The sector called ``name`` or one of its aliases, in Simplified or Traditional; None if unknown."""
    wanted = to_simplified(name.strip())
    for sector in sector_book().sectors:
        if wanted == sector.name or wanted in sector.aliases:
            return sector
    return None


def hint_for(field: str, sector_name: str | None) -> str | None:
    """The questionnaire's example for ``field`` in a sector (neutral when none is named or it has none)."""
    book = sector_book()
    sector = find_sector(sector_name) if sector_name else None
    if sector is not None and field in sector.hints:
        return sector.hints[field]
    return book.neutral.hints.get(field)
