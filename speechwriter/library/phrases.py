"""The phrase bank for openings and closings (``data/phrases.yaml``), tagged by style and length."""

from __future__ import annotations

from functools import cache
from typing import Literal

from pydantic import BaseModel, ConfigDict

from speechwriter.common.reading import load_data_file
from speechwriter.common.resources import DATA_DIR

__all__ = ["Phrase", "PhraseBank", "PhraseKind", "phrase_bank", "phrase_ids"]

_PHRASES_FILE = DATA_DIR / "phrases.yaml"
PhraseKind = Literal["openings", "closings"]


class Phrase(BaseModel):
    """One opening or closing: its style, and its text in full and short length."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    style: Literal["谦逊", "激昂", "稳重"]
    full: str
    short: str
    names_post: bool = False
    auto: bool = True
    """Whether the phrase may be chosen for a profile that names none (a strongly worded one is not)."""
    traditional: str | None = None
    """The id in Traditional characters (a profile may write it either way)."""

    def text(self, variant: str) -> str:
        """The template text for a length variant (``short``, else ``full``)."""
        return self.short if variant == "short" else self.full


class PhraseBank(BaseModel):
    """Every opening and closing."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    openings: list[Phrase]
    closings: list[Phrase]

    def get(self, kind: PhraseKind, phrase_id: str) -> Phrase:
        """The phrase with ``phrase_id``; KeyError when there is none."""
        for phrase in getattr(self, kind):
            if phrase.id == phrase_id:
                return phrase  # type: ignore[no-any-return]
        raise KeyError(phrase_id)


@cache
def phrase_bank() -> PhraseBank:
    """The phrase bank shipped with the package."""
    return PhraseBank.model_validate(load_data_file(_PHRASES_FILE))


def phrase_ids(kind: PhraseKind, *, with_traditional: bool = False) -> list[str]:
    """The ids of one kind, in the bank's order (then their Traditional forms, when asked)."""
    phrases = getattr(phrase_bank(), kind)
    ids = [phrase.id for phrase in phrases]
    return ids + [p.traditional for p in phrases if p.traditional] if with_traditional else ids
