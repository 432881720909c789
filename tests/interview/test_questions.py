from __future__ import annotations

from typing import Any

import pytest
from pydantic import BaseModel

from speechwriter.common.field_labels import inner_model
from speechwriter.interview.questions import field_info, load_questions, parse_answer, rule_for
from speechwriter.profile.model import CareerPeriod, Profile


def _leaf_fields(model: type[BaseModel], prefix: str = "") -> set[str]:
    paths: set[str] = set()
    for name, info in model.model_fields.items():
        sub = inner_model(info.annotation)
        if sub is not None and not str(info.annotation).startswith("list"):
            paths |= _leaf_fields(sub, f"{prefix}{name}.")
        else:
            paths.add(prefix + name)
    return paths


def test_one_question_per_field_covering_the_profile() -> None:
    asked = [q.field for s in load_questions().sections for q in s.questions]
    assert len(asked) == len(set(asked))
    assert set(asked) == _leaf_fields(Profile) - {"schema_version", "extends"}  # written by hand, not asked


def test_six_sections_like_the_speech() -> None:
    assert [s.title for s in load_questions().sections] == [
        "开场",
        "自我介绍",
        "对岗位的认识",
        "竞聘优势",
        "工作设想",
        "结尾",
    ]


def test_choice_labels_match_model_values_and_item_questions_exist() -> None:
    for section in load_questions().sections:
        for question in section.questions:
            rule = rule_for(question.field)
            if question.choices is not None:
                assert set(question.choices) == {str(c) for c in rule.choices}, question.field
            for sub in question.items or []:
                assert rule.item_model is not None
                field_info(sub.field, rule.item_model)
            if question.skip_if or question.skip_unless:
                field_info(question.skip_if or question.skip_unless or "")


def test_unknown_field_path() -> None:
    with pytest.raises(KeyError, match=r"speaker\.nope"):
        field_info("speaker.nope")


@pytest.mark.parametrize(
    ("path", "text", "value", "problem"),
    [
        ("speaker.name", " 张 三 ", "张三", None),
        ("speaker.name", "   ", None, "这一项不能为空"),
        ("speaker.school", "", None, None),
        ("speaker.birth", "1985年3月", "1985-03", None),
        ("speaker.birth", "1985-13", None, "月份 13 不存在，请填写 1 到 12"),
        ("speaker.joined_year", "２００８", 2008, None),
        ("speaker.joined_year", "08", None, "请填写四位数的年份，如 2008"),
        ("speaker.joined_year", "3000", None, "请填写四位数的年份，如 2008"),
        ("speaker.joined_year", "二零零八", None, "请用阿拉伯数字填写，如 2008 或 5"),
        ("speaker.age", "12", None, "不能小于 18"),
        ("time_limit_minutes", "45", None, "不能大于 30"),
        ("time_limit_minutes", "", None, "这一项不能为空"),
    ],
)
def test_parse_answer(path: str, text: str, value: Any, problem: str | None) -> None:
    assert parse_answer(path, text) == (value, problem)


def test_parse_item_field() -> None:
    assert parse_answer("end", "", CareerPeriod) == (None, None)
    assert parse_answer("start", "", CareerPeriod) == (None, "这一项不能为空")


def test_not_future_is_checked_at_the_prompt() -> None:
    assert parse_answer("speaker.joined_year", "2099", not_future=True) == (None, "年份 2099 还没有到，请检查是否填错")
    assert parse_answer("speaker.joined_year", "2099") == (2099, None)
    assert parse_answer("speaker.birth", "2099-01", not_future=True) == (None, "年份 2099 还没有到，请检查是否填错")
    assert parse_answer("speaker.birth", "1999-01", not_future=True) == ("1999-01", None)
