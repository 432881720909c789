"""The eight trades, found by name or alias in either script, each with its own words."""

from __future__ import annotations

import pytest

from speechwriter.common.script import converter
from speechwriter.library.sectors import Vocabulary, find_sector, sector_book, sector_names

EIGHT = ["通信", "银行", "保险", "医疗卫生", "教育", "电力与能源", "机关事业单位", "制造业"]
SECTORS = sector_book().sectors


def test_eight_sectors_in_the_book_order() -> None:
    assert sector_names() == EIGHT


def test_names_with_aliases_start_with_the_names_and_hold_every_alias() -> None:
    names = sector_names(with_aliases=True)
    assert names[: len(EIGHT)] == EIGHT
    for sector in SECTORS:
        assert set(sector.aliases) <= set(names) and set(sector.traditional) <= set(names)


@pytest.mark.parametrize("sector", SECTORS, ids=lambda sector: sector.name)
def test_found_by_name_and_every_alias(sector: object) -> None:
    for name in [sector.name, *sector.aliases, *sector.traditional]:  # type: ignore[attr-defined]
        found = find_sector(name)
        assert found is not None and found.name == sector.name, name  # type: ignore[attr-defined]


@pytest.mark.parametrize("sector", SECTORS, ids=lambda sector: sector.name)
def test_found_by_its_name_converted_to_traditional(sector: object) -> None:
    traditional = converter("traditional")(sector.name)  # type: ignore[attr-defined]
    found = find_sector(f"  {traditional} ")
    assert found is not None and found.name == sector.name  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("written", "name"), [("醫療", "医疗卫生"), ("銀行", "银行"), ("學校", "教育"), ("電網", "电力与能源")]
)
def test_traditional_aliases(written: str, name: str) -> None:
    found = find_sector(written)
    assert found is not None and found.name == name


@pytest.mark.parametrize("name", ["航天", "", "   ", "医疗卫生行业"])
def test_unknown_is_none(name: str) -> None:
    assert find_sector(name) is None


def test_no_alias_names_two_sectors() -> None:
    written = [name for sector in SECTORS for name in (sector.name, *sector.aliases)]
    assert len(written) == len(set(written))


@pytest.mark.parametrize("sector", SECTORS, ids=lambda sector: sector.name)
def test_a_sectors_own_words_belong_to_no_other_sector(sector: object) -> None:
    words = set(sector.words)  # type: ignore[attr-defined]
    assert words
    for other in SECTORS:
        if other is not sector:
            assert not words & set(other.words), f"{sector.name} and {other.name}"  # type: ignore[attr-defined]


@pytest.mark.parametrize("vocabulary", [sector_book().neutral, *SECTORS], ids=lambda v: getattr(v, "name", "neutral"))
def test_every_vocabulary_field_is_filled(vocabulary: Vocabulary) -> None:
    for field in Vocabulary.model_fields:
        value = getattr(vocabulary, field)
        if field == "hints":
            assert all(isinstance(hint, str) and hint.startswith(("如", "写", "每", "第")) for hint in value.values())
            continue
        assert isinstance(value, str) and value.strip() == value and value, field
        assert not value.endswith("。"), field  # words and clauses go inside template sentences


def test_the_neutral_words_name_no_sector() -> None:
    neutral = " ".join(str(getattr(sector_book().neutral, field)) for field in Vocabulary.model_fields)
    for sector in SECTORS:
        assert not [word for word in sector.words if word in neutral], sector.name
