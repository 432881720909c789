"""pydantic's errors in Chinese: the line, the field's Chinese name and path, and what to fix."""

from __future__ import annotations

from typing import Any, Literal

import pytest
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from speechwriter.common.reading import parse_yaml
from speechwriter.common.validation_messages import chinese_reason, format_validation_error


class _Item(BaseModel):
    model_config = ConfigDict(extra="forbid")

    headline: str = Field(title="要点", max_length=10)
    detail: str = Field("", title="具体内容")


class _Person(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(title="姓名", min_length=1)
    year: int = Field(2000, title="出生年份", ge=1940, le=2010)
    kind: Literal["manager", "staff"] = Field("staff", title="类别")
    married: bool = Field(False, title="已婚")
    items: list[_Item] = Field(default_factory=list, title="优势", min_length=1, max_length=3)

    @field_validator("name")
    @classmethod
    def _no_xx(cls, value: str) -> str:
        if value == "XX":
            raise ValueError("姓名还没有填写")
        return value


def _errors(data: dict[str, Any]) -> list[Any]:
    with pytest.raises(ValidationError) as caught:
        _Person.model_validate(data)
    return caught.value.errors()


def _reason(data: dict[str, Any]) -> str:
    errors = _errors(data)
    assert len(errors) == 1, errors
    return chinese_reason(errors[0], _Person)


GOOD_ITEMS = [{"headline": "熟悉业务"}]


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        ({"items": GOOD_ITEMS}, "缺少这一项，请补上"),
        ({"name": 3, "items": GOOD_ITEMS}, "应当是文字"),
        ({"name": "", "items": GOOD_ITEMS}, "不能为空"),
        ({"name": "张三", "year": "去年", "items": GOOD_ITEMS}, "应当是整数（如 2008）"),
        ({"name": "张三", "year": 1990.5, "items": GOOD_ITEMS}, "应当是整数"),
        ({"name": "张三", "year": 1900, "items": GOOD_ITEMS}, "不能小于 1940"),
        ({"name": "张三", "year": 2020, "items": GOOD_ITEMS}, "不能大于 2010"),
        ({"name": "张三", "married": [True], "items": GOOD_ITEMS}, "应当是 true 或 false"),
        ({"name": "张三", "items": "熟悉业务"}, "应当是一个列表（每项以“- ”开头）"),
        ({"name": "张三", "items": []}, "至少需要 1 条"),
        ({"name": "张三", "items": GOOD_ITEMS * 4}, "最多 3 条"),
        ({"name": "张三", "items": ["熟悉业务"]}, "应当是“字段: 值”的形式"),
        ({"name": "张三", "items": [{"headline": "熟" * 11}]}, "太长了，最多 10 字"),
        ({"name": "XX", "items": GOOD_ITEMS}, "姓名还没有填写"),
    ],
)
def test_chinese_reason(data: dict[str, Any], reason: str) -> None:
    assert _reason(data) == reason


def test_a_literal_names_every_choice_without_quotes() -> None:
    reason = _reason({"name": "张三", "kind": "boss", "items": GOOD_ITEMS})
    assert reason.startswith("只能是以下之一：") and "'" not in reason
    assert "manager" in reason and "staff" in reason


def test_a_literal_lists_its_choices_without_english_words() -> None:
    reason = _reason({"name": "张三", "kind": "boss", "items": GOOD_ITEMS})
    assert " or " not in reason


def test_an_unknown_key_close_to_a_known_one_is_suggested() -> None:
    assert _reason({"name": "张三", "items": GOOD_ITEMS, "nmae": "李四"}) == "不认识这个字段，是不是想写“name”？"


def test_an_unknown_key_inside_a_list_item_is_matched_against_the_items_fields() -> None:
    reason = _reason({"name": "张三", "items": [{"headline": "熟悉业务", "detial": "十年"}]})
    assert reason == "不认识这个字段，是不是想写“detail”？"


def test_an_unknown_key_like_nothing_known_is_to_be_deleted() -> None:
    assert _reason({"name": "张三", "items": GOOD_ITEMS, "zzz": 1}) == "不认识这个字段，请删除或检查拼写"


def test_an_error_type_without_chinese_wording_keeps_pydantics_message() -> None:
    error = {"type": "url_parsing", "loc": ("name",), "msg": "Input should be a valid URL", "input": "x"}
    assert chinese_reason(error, _Person) == "Input should be a valid URL"


def test_format_names_line_chinese_field_path_and_reason() -> None:
    text = "name: 张三\nyear: 1900\nitems:\n  - headline: 熟悉业务\n    detial: 十年\n"
    data, lines = parse_yaml(text, "p.yaml")
    with pytest.raises(ValidationError) as caught:
        _Person.model_validate(data)
    message = format_validation_error(caught.value, lines, "p.yaml", _Person)
    assert message == (
        "档案 p.yaml 有 2 处需要修改：\n"
        "  第 2 行 出生年份（year）：不能小于 1940\n"
        "  第 5 行 优势 › 第 1 条 › detial（items[0].detial）：不认识这个字段，是不是想写“detail”？"
    )


def test_a_missing_field_has_no_line_of_its_own_and_the_kind_of_file_is_named() -> None:
    data, lines = parse_yaml("year: 1990\nitems:\n  - headline: 熟悉业务\n", "l.yaml")
    with pytest.raises(ValidationError) as caught:
        _Person.model_validate(data)
    message = format_validation_error(caught.value, lines, "l.yaml", _Person, "版式文件")
    assert message == "版式文件 l.yaml 有 1 处需要修改：\n  姓名（name）：缺少这一项，请补上"


def test_a_missing_field_inside_an_item_takes_the_items_line() -> None:
    data, lines = parse_yaml("name: 张三\nitems:\n  - detail: 十年\n", "p.yaml")
    with pytest.raises(ValidationError) as caught:
        _Person.model_validate(data)
    message = format_validation_error(caught.value, lines, "p.yaml", _Person)
    assert message.endswith("  第 3 行 优势 › 第 1 条 › 要点（items[0].headline）：缺少这一项，请补上")
