from __future__ import annotations

import pytest

from speechwriter.common.errors import UserError
from speechwriter.library.presets import all_presets, find_preset, industries, presets_in

SEEDS = {"范文1", "范文2", "范文3", "范文4", "范文5", "范文6"}


def test_presets_cover_all_six_seeds_and_the_required_roles() -> None:
    presets = all_presets()
    assert {source for p in presets.values() for source in p.sources} == SEEDS
    roles = {(p.industry, p.role) for p in presets.values()}
    assert {
        ("通信", "客户经理"),
        ("保险", "理赔"),
        ("保险", "经理"),
        ("银行", "客户经理"),
        ("通用", "部门经理"),
    } <= roles
    assert any(p.industry == "机关事业单位" for p in presets.values())
    assert industries()[-1] == "通用"


@pytest.mark.parametrize("name", list(all_presets()))
def test_every_preset_has_suggestions_for_each_part(name: str) -> None:
    preset = all_presets()[name]
    assert preset.understanding and len(preset.strengths) >= 3 and len(preset.plan) >= 3
    for item in preset.suggestions("strengths"):
        assert isinstance(item, dict) and item["headline"]


def test_claims_preset_draws_on_insurance_seeds() -> None:
    claims = find_preset("保险/理赔")
    assert claims.sources == ["范文4", "范文6"]
    assert "主动、迅速、准确、合理" in "".join(claims.understanding)
    assert [p.name for p in presets_in("保险")] == ["insurance-claims", "insurance-manager"]
    with pytest.raises(UserError, match="保险/理赔"):
        find_preset("航天")
