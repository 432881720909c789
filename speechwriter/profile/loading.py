"""Read and write answer profiles as YAML, with errors that name file, line and field.

Reading keeps the line of every key, so a validation error says
``第 12 行 个人情况 › 出生年月（speaker.birth）：…``. Characters an XML
document cannot hold are removed on reading, and the fields cleaned are
reported as notes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from speechwriter.common.chinese_text import has_control_chars, remove_control_chars
from speechwriter.common.errors import UserError
from speechwriter.common.field_labels import Location, describe
from speechwriter.common.reading import LineMap
from speechwriter.common.validation_messages import format_validation_error
from speechwriter.profile.extends import EXTENDS, Base, difference, read_with_bases
from speechwriter.profile.model import SCHEMA_VERSION, Profile

__all__ = ["PROFILE_HEADER", "LoadedProfile", "dump_profile", "load_profile", "profile_data", "profile_from_data"]


@dataclass
class LoadedProfile:
    """A validated profile with where it came from and notes for the user."""

    profile: Profile
    source: Path
    notes: list[str] = field(default_factory=list)
    base: Base | None = None

    @property
    def name(self) -> str:
        """The profile's name: its file name without the extension."""
        return self.source.stem


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
        raise UserError(format_validation_error(error, lines or {}, source, Profile)) from None
    notes = [f"{source}：{describe(place, Profile)} 含有无法打印的控制字符，已删除。" for place in cleaned]
    return profile, notes


def load_profile(path: Path) -> LoadedProfile:
    """Read, parse and validate a profile file, merging the base profile it ``extends``."""
    notes: list[str] = []
    data, lines, base = read_with_bases(path, notes=notes)
    profile, cleaned = profile_from_data(data, str(path), lines)
    return LoadedProfile(profile=profile, source=path, notes=notes + cleaned, base=base)


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


def dump_profile(profile: Profile, schema_line: str = "", base: Base | None = None) -> str:
    """The profile as YAML text: header comments, readable Chinese, fields in model order.

    ``schema_line`` (see :func:`speechwriter.schema.modeline`) lets editors check the file.
    With ``base``, only what differs from the base is written, after ``extends``.
    """
    data = profile_data(profile)
    if base is not None:
        data = {EXTENDS: base.reference, **difference(_pruned(base.data), data)}
    body = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)
    return PROFILE_HEADER + schema_line + body
