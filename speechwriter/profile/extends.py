"""``extends:`` — a profile may build on a base profile that holds the speaker's facts.

One person keeps one set of facts and several post-specific profiles. The
base is merged first and the profile's own answers win (mappings merge key
by key; lists and single values are replaced). A missing or circular base is
a clean error naming the file and line.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from speechwriter.common.errors import UserError
from speechwriter.common.reading import LineMap, parse_yaml, read_text_file
from speechwriter.profile.store import looks_like_path, resolve

__all__ = ["EXTENDS", "Base", "difference", "merge", "read_with_bases"]

EXTENDS = "extends"


@dataclass(frozen=True)
class Base:
    """The base a profile extends: how it was named, and its merged data."""

    reference: str
    data: dict[str, Any]


def merge(base: Any, own: Any) -> Any:
    """``own`` laid over ``base``: mappings merge recursively, anything else is replaced."""
    if isinstance(base, dict) and isinstance(own, dict):
        merged = dict(base)
        for key, value in own.items():
            merged[key] = merge(base.get(key), value) if key in base else value
        return merged
    return own


def difference(base: Any, full: Any) -> Any:
    """What ``full`` has beyond ``base`` (the inverse of :func:`merge` for saving)."""
    if isinstance(base, dict) and isinstance(full, dict):
        out = {}
        for key, value in full.items():
            if key not in base:
                out[key] = value
            elif value != base[key]:
                out[key] = difference(base[key], value) if isinstance(value, dict) else value
        return out
    return full


def _base_path(reference: str, child: Path) -> Path:
    if looks_like_path(reference):
        candidate = Path(reference).expanduser()
        return candidate if candidate.is_absolute() else child.parent / candidate
    return resolve(reference)


def read_with_bases(
    path: Path, chain: tuple[Path, ...] = (), notes: list[str] | None = None
) -> tuple[Any, LineMap, Base | None]:
    """The file's data with every base merged in, its own line map, and its direct base."""
    data, lines = parse_yaml(read_text_file(path, notes=notes), str(path))
    if not isinstance(data, dict) or EXTENDS not in data:
        return data, lines, None
    reference = data.pop(EXTENDS)
    line = lines.get((EXTENDS,))
    where = f"{path} 第 {line} 行" if line else str(path)
    if reference is None or reference == "":
        return data, lines, None
    if not isinstance(reference, str):
        raise UserError(f"{where}：extends 应当写基础档案的名称或路径。")
    try:
        base_path = _base_path(reference, path)
    except UserError as error:
        raise UserError(f"{where}：找不到基础档案“{reference}”。{error.message}") from None
    seen = (*chain, path.resolve())
    if base_path.resolve() in seen:
        loop = " → ".join(p.name for p in (*seen, base_path))
        raise UserError(f"{where}：基础档案循环引用（{loop}）。请去掉其中一个 extends。")
    if not base_path.is_file():
        raise UserError(f"{where}：找不到基础档案“{reference}”（{base_path}）。")
    base_data, _, _ = read_with_bases(base_path, seen, notes)
    if base_data is None:
        raise UserError(f"{where}：基础档案 {base_path} 是空的。请在里面写上共用的回答，或去掉 extends。")
    if not isinstance(base_data, dict):
        raise UserError(f"基础档案 {base_path} 的最外层应当是“字段: 值”的形式。")
    return merge(base_data, data), lines, Base(reference, base_data)
