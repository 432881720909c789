from __future__ import annotations

from datetime import date
from typing import Any

import pytest
import yaml
from pydantic import ValidationError

from speechwriter.profile.model import Profile
from tests.conftest import EXAMPLES, minimal_data


def _errors(data: dict[str, Any]) -> list[tuple[tuple[Any, ...], str]]:
    with pytest.raises(ValidationError) as caught:
        Profile.model_validate(data)
    return [(tuple(e["loc"]), e["type"]) for e in caught.value.errors()]


def test_minimal_profile_has_defaults() -> None:
    profile = Profile.model_validate(minimal_data())
    assert profile.schema_version == 1
    assert profile.audience.greeting == "大家好！"
    assert profile.speaker.birth is None
    assert profile.time_limit_minutes == 5


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_examples_validate(path: Any) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    profile = Profile.model_validate(data)
    assert profile.speaker.name == data["speaker"]["name"] and profile.post.title == data["post"]["title"]
    assert [point.headline for point in profile.strengths] == [item["headline"] for item in data["strengths"]]
    assert [point.headline for point in profile.plan] == [item["headline"] for item in data["plan"]]


def test_unknown_keys_rejected_everywhere() -> None:
    data = minimal_data(extra=1)
    data["speaker"] = {"name": "张三", "nmae": "x"}
    data["strengths"] = [{"headline": "a", "details": "b"}]
    found = _errors(data)
    assert (("extra",), "extra_forbidden") in found
    assert (("speaker", "nmae"), "extra_forbidden") in found
    assert (("strengths", 0, "details"), "extra_forbidden") in found


def test_required_fields() -> None:
    found = _errors({"speaker": {}, "post": {}})
    locations = {loc for loc, _ in found}
    assert {
        ("speaker", "name"),
        ("post", "title"),
        ("understanding",),
        ("strengths",),
        ("plan",),
    } <= locations


def test_blank_required_text_rejected_and_blank_optional_becomes_none() -> None:
    assert (("speaker", "name"), "string_too_short") in _errors(minimal_data(speaker={"name": "  "}))
    profile = Profile.model_validate(minimal_data(speaker={"name": "张三", "school": "  "}))
    assert profile.speaker.school is None


def test_whitespace_collapsed() -> None:
    profile = Profile.model_validate(minimal_data(speaker={"name": " 张 三\n"}))
    assert profile.speaker.name == "张三"


@pytest.mark.parametrize("text", ["1985-03", "1985.3", "1985年3月", "1985/03"])
def test_birth_forms_normalised(text: str) -> None:
    profile = Profile.model_validate(minimal_data(speaker={"name": "张三", "birth": text}))
    assert profile.speaker.birth == "1985-03"


@pytest.mark.parametrize("text", ["1985-13", "85-03", "去年", "3000-01"])
def test_bad_birth_rejected(text: str) -> None:
    found = _errors(minimal_data(speaker={"name": "张三", "birth": text}))
    assert found == [(("speaker", "birth"), "value_error")]


@pytest.mark.parametrize("year", [1800, 3000, 99])
def test_years_must_be_real(year: int) -> None:
    found = _errors(minimal_data(speaker={"name": "张三", "joined_year": year}))
    assert found == [(("speaker", "joined_year"), "value_error")]


def test_future_years_and_inverted_periods_still_load() -> None:
    """The model does not refuse what only the prompt and ``check`` judge (so a schema-valid file renders)."""
    speaker = {
        "name": "张三",
        "joined_year": date.today().year + 1,
        "career": [{"start": 2010, "end": 2008, "post": "营业员"}],
    }
    profile = Profile.model_validate(minimal_data(speaker=speaker))
    assert profile.speaker.career[0].end == 2008


def test_lists_need_at_least_one_item() -> None:
    found = _errors(minimal_data(strengths=[], plan=[]))
    assert (("strengths",), "too_short") in found
    assert (("plan",), "too_short") in found


def test_time_limit_range() -> None:
    assert _errors(minimal_data(time_limit_minutes=0)) == [(("time_limit_minutes",), "greater_than_equal")]
    assert _errors(minimal_data(time_limit_minutes=31)) == [(("time_limit_minutes",), "less_than_equal")]


def test_style_names_checked() -> None:
    found = _errors(minimal_data(styles={"strengths": "甲"}))
    assert found == [(("styles", "strengths"), "literal_error")]


def test_every_field_has_chinese_title() -> None:
    schema = Profile.model_json_schema()

    def walk(node: Any, where: str) -> None:
        if isinstance(node, dict):
            for name, prop in node.get("properties", {}).items():
                assert prop.get("title") and not prop["title"].isascii(), f"{where}.{name}"
            for key, value in node.items():
                walk(value, f"{where}.{key}")
        elif isinstance(node, list):
            for index, value in enumerate(node):
                walk(value, f"{where}[{index}]")

    walk(schema, "#")
