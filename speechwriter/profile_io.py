"""Read and write answer profiles as YAML, with errors that name file, line and field.

Reading keeps the line of every key, so a validation error says
``第 12 行 个人情况 › 出生年月（speaker.birth）：…``. Characters an XML
document cannot hold are removed on reading, and the fields cleaned are
reported as notes.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from difflib import get_close_matches
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

from speechwriter.errors import UserError
from speechwriter.field_labels import Location, describe, inner_model
from speechwriter.profile import SCHEMA_VERSION, Profile
from speechwriter.textutil import has_control_chars, remove_control_chars

LineMap = dict[tuple[str | int, ...], int]


@dataclass
class LoadedProfile:
    """A validated profile with where it came from and notes for the user."""

    profile: Profile
    source: Path
    notes: list[str] = field(default_factory=list)

    @property
    def name(self) -> str:
        """The profile's name: its file name without the extension."""
        return self.source.stem


def _line_map(node: yaml.Node | None, path: tuple[str | int, ...] = ()) -> Iterator[tuple[tuple[str | int, ...], int]]:
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            key_path = (*path, str(key_node.value))
            yield key_path, key_node.start_mark.line + 1
            yield from _line_map(value_node, key_path)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            item_path = (*path, index)
            yield item_path, item.start_mark.line + 1
            yield from _line_map(item, item_path)


def parse_yaml(text: str, source: str) -> tuple[Any, LineMap]:
    """Parse YAML text into data and a map from key paths to line numbers."""
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        where = f"第 {mark.line + 1} 行第 {mark.column + 1} 列" if mark else "某处"
        problem = error.problem or error.context or "格式错误"
        raise UserError(
            f"{source} {where}不是有效的 YAML（{problem}）。请检查该行的缩进、冒号后的空格和引号是否成对。"
        ) from None
    except yaml.YAMLError as error:
        raise UserError(f"{source} 不是有效的 YAML：{error}") from None
    return data, dict(_line_map(node))


def _clean_strings(data: Any, path: tuple[str | int, ...], cleaned: list[Location]) -> Any:
    if isinstance(data, str):
        if has_control_chars(data):
            cleaned.append(path)
            return remove_control_chars(data)
        return data
    if isinstance(data, dict):
        return {key: _clean_strings(value, (*path, str(key)), cleaned) for key, value in data.items()}
    if isinstance(data, list):
        return [_clean_strings(value, (*path, index), cleaned) for index, value in enumerate(data)]
    return data


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
    "string_too_short": "不能为空",
    "greater_than_equal": "不能小于 {ge}",
    "less_than_equal": "不能大于 {le}",
    "literal_error": "只能是以下之一：{expected}",
    "bool_type": "应当是 true 或 false",
}
"""Chinese wording of pydantic's error types; ``value_error`` uses our own message."""


def _known_keys(location: tuple[str | int, ...]) -> list[str]:
    model: type[BaseModel] | None = Profile
    for part in location[:-1]:
        if isinstance(part, int) or model is None:
            continue
        field_info = model.model_fields.get(part)
        model = inner_model(field_info.annotation) if field_info else None
    return list(model.model_fields) if model else []


def chinese_reason(error: Any) -> str:
    """The Chinese reason for one pydantic error (as in ``ValidationError.errors()``)."""
    kind = error["type"]
    context = dict(error.get("ctx") or {})
    if kind == "value_error":
        return str(context.get("error", error["msg"]))
    if kind == "extra_forbidden":
        name = str(error["loc"][-1])
        close = get_close_matches(name, _known_keys(tuple(error["loc"])), n=1)
        context["hint"] = f"，是不是想写“{close[0]}”？" if close else "，请删除或检查拼写"
    if kind == "literal_error":
        context["expected"] = str(context.get("expected", "")).replace("'", "")
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


def format_validation_error(error: ValidationError, lines: LineMap, source: str) -> str:
    """A Chinese message listing each problem with its line, field and fix."""
    problems = []
    for item in error.errors():
        location = tuple(item["loc"])
        line = _line_for(location, lines)
        where = f"第 {line} 行 " if line else ""
        problems.append(f"  {where}{describe(location)}：{chinese_reason(item)}")
    count = len(problems)
    return f"档案 {source} 有 {count} 处需要修改：\n" + "\n".join(problems)


def profile_from_data(data: Any, source: str, lines: LineMap | None = None) -> tuple[Profile, list[str]]:
    """Validate parsed YAML data as a profile; return it with notes on cleaned fields."""
    if data is None:
        raise UserError(f"档案 {source} 是空的。可以从 examples/ 里复制一个示例开始。")
    if not isinstance(data, dict):
        raise UserError(f"档案 {source} 的最外层应当是“字段: 值”的形式，而不是列表或单个值。")
    cleaned: list[Location] = []
    data = _clean_strings(data, (), cleaned)
    try:
        profile = Profile.model_validate(data)
    except ValidationError as error:
        raise UserError(format_validation_error(error, lines or {}, source)) from None
    notes = [f"{source}：{describe(place)} 含有无法打印的控制字符，已删除。" for place in cleaned]
    return profile, notes


def read_profile_text(path: Path) -> str:
    """The text of a profile file, with clear errors for missing or unreadable files."""
    try:
        return path.read_bytes().decode("utf-8-sig")
    except FileNotFoundError:
        raise UserError(f"找不到档案文件 {path}。请检查路径和文件名。") from None
    except IsADirectoryError:
        raise UserError(f"{path} 是一个文件夹，请给出档案文件（.yaml）的路径。") from None
    except PermissionError:
        raise UserError(f"没有权限读取 {path}。请检查文件权限。") from None
    except UnicodeDecodeError:
        raise UserError(f"{path} 不是 UTF-8 编码（可能是 GBK）。请在编辑器中另存为 UTF-8 后重试。") from None
    except OSError as error:
        raise UserError(f"无法读取 {path}：{error.strerror or error}") from None


def load_profile(path: Path) -> LoadedProfile:
    """Read, parse and validate a profile file."""
    text = read_profile_text(path)
    data, lines = parse_yaml(text, str(path))
    profile, notes = profile_from_data(data, str(path), lines)
    return LoadedProfile(profile=profile, source=path, notes=notes)


PROFILE_HEADER = (
    f"# speechwriter 答案档案（schema_version {SCHEMA_VERSION}）。"
    "可以直接编辑，改完用 speechwriter render 生成演讲稿。\n"
)


def _pruned(data: Any) -> Any:
    if isinstance(data, dict):
        return {k: _pruned(v) for k, v in data.items() if v is not None and v != []}
    if isinstance(data, list):
        return [_pruned(v) for v in data]
    return data


def profile_data(profile: Profile) -> dict[str, Any]:
    """The profile as plain data, leaving out empty values (None and empty lists)."""
    data: dict[str, Any] = _pruned(profile.model_dump(mode="json"))
    return data


def dump_profile(profile: Profile) -> str:
    """The profile as YAML text: header comment, readable Chinese, fields in model order."""
    data = profile_data(profile)
    body = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)
    return PROFILE_HEADER + body
