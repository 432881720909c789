"""pydantic's validation errors in Chinese, each with its line and the field's Chinese name.

``第 12 行 个人情况 › 出生年月（speaker.birth）：…``. The model is always
given: the same wording serves answer profiles, layouts and template manifests.
"""

from __future__ import annotations

from difflib import get_close_matches
from typing import Any

from pydantic import BaseModel, ValidationError

from speechwriter.common.field_labels import describe, inner_model
from speechwriter.common.reading import LineMap

__all__ = ["chinese_reason", "format_validation_error"]


_MESSAGES: dict[str, str] = {
    "missing": "缺少这一项，请补上",
    "extra_forbidden": "不认识这个字段{hint}",
    "string_type": "应当是文字",
    "int_type": "应当是整数",
    "int_parsing": "应当是整数（如 2008）",
    "int_from_float": "应当是整数",
    "list_type": "应当是一个列表（每项以“- ”开头）",
    "model_type": "应当是“字段: 值”的形式",
    "model_attributes_type": "应当是“字段: 值”的形式",
    "dict_type": "应当是“字段: 值”的形式",
    "too_short": "至少需要 {min_length} 条",
    "too_long": "最多 {max_length} 条",
    "string_too_long": "太长了，最多 {max_length} 字",
    "string_too_short": "不能为空",
    "greater_than_equal": "不能小于 {ge}",
    "less_than_equal": "不能大于 {le}",
    "literal_error": "只能是以下之一：{expected}",
    "bool_type": "应当是 true 或 false",
}
"""Chinese wording of pydantic's error types; ``value_error`` uses our own message."""


def _known_keys(location: tuple[str | int, ...], root: type[BaseModel]) -> list[str]:
    model: type[BaseModel] | None = root
    for part in location[:-1]:
        if isinstance(part, int) or model is None:
            continue
        field_info = model.model_fields.get(part)
        model = inner_model(field_info.annotation) if field_info else None
    return list(model.model_fields) if model else []


def chinese_reason(error: Any, model: type[BaseModel]) -> str:
    """The Chinese reason for one pydantic error (as in ``ValidationError.errors()``)."""
    kind = error["type"]
    context = dict(error.get("ctx") or {})
    if kind == "value_error":
        return str(context.get("error", error["msg"]))
    if kind == "extra_forbidden":
        name = str(error["loc"][-1])
        close = get_close_matches(name, _known_keys(tuple(error["loc"]), model), n=1)
        context["hint"] = f"，是不是想写“{close[0]}”？" if close else "，请删除或检查拼写"
    if kind == "literal_error":
        context["expected"] = (
            str(context.get("expected", "")).replace("'", "").replace(" or ", "、").replace(", ", "、")
        )
    template = _MESSAGES.get(kind)
    if template is None:
        return str(error["msg"])
    try:
        return template.format(**context)
    except (KeyError, IndexError):
        return template


def _line_for(location: tuple[str | int, ...], lines: LineMap) -> int | None:
    for end in range(len(location), 0, -1):
        line = lines.get(location[:end])
        if line is not None:
            return line
    return None


def format_validation_error(
    error: ValidationError,
    lines: LineMap,
    source: str,
    model: type[BaseModel],
    what: str = "档案",
) -> str:
    """A Chinese message listing each problem with its line, field and fix."""
    problems = []
    for item in error.errors():
        location = tuple(item["loc"])
        line = _line_for(location, lines)
        where = f"第 {line} 行 " if line else ""
        problems.append(f"  {where}{describe(location, model)}：{chinese_reason(item, model)}")
    count = len(problems)
    return f"{what} {source} 有 {count} 处需要修改：\n" + "\n".join(problems)
