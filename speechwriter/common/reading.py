"""Reading the files people give us: size-limited text, and YAML with the line of every key.

The line map lets a validation error name the line (see
:mod:`speechwriter.common.validation_messages`). Used for answer profiles,
layout files, template sets and drafts alike.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

from speechwriter.common.errors import UserError

__all__ = ["MAX_FILE_BYTES", "MAX_NODES", "LineMap", "load_data_file", "parse_yaml", "read_text_file"]


LineMap = dict[tuple[str | int, ...], int]


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


def _refuse_duplicate_keys(node: yaml.Node | None, source: str) -> None:
    """A key written twice in one mapping is an error naming both lines (YAML would keep the last silently)."""
    pending = [node]
    while pending:
        current = pending.pop()
        if isinstance(current, yaml.MappingNode):
            seen: dict[str, int] = {}
            for key_node, value_node in current.value:
                key, line = str(key_node.value), key_node.start_mark.line + 1
                if key in seen and key != "<<":
                    where = f"第 {seen[key]} 行和第 {line} 行"
                    raise UserError(f"{source} {where}都写了“{key}”。同一层只能写一次，请删去或合并其中一处。")
                seen[key] = line
                pending.append(value_node)
        elif isinstance(current, yaml.SequenceNode):
            pending.extend(current.value)


_FAST_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""libyaml's loader when PyYAML was built with it (much faster), else the pure-Python one."""

MAX_NODES = 20_000
"""Most values a file may expand to (aliases counted every time they are used): stops alias bombs."""


def _expanded_size(node: yaml.Node | None, memo: dict[int, int]) -> int:
    if node is None:
        return 0
    known = memo.get(id(node))
    if known is not None:
        return known
    memo[id(node)] = 1  # a cycle counts once while it is being measured
    size = 1
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            size += _expanded_size(key, memo) + _expanded_size(value, memo)
            if size > MAX_NODES:
                break
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            size += _expanded_size(item, memo)
            if size > MAX_NODES:
                break
    memo[id(node)] = size
    return size


def parse_yaml(text: str, source: str) -> tuple[Any, LineMap]:
    """Parse YAML text into data and a map from key paths to line numbers.

    Files that expand to more than :data:`MAX_NODES` values (an alias bomb)
    or nest too deeply are refused before they are built.
    """
    loader = _FAST_LOADER(text)
    try:
        node = loader.get_single_node()
        if _expanded_size(node, {}) > MAX_NODES:
            raise UserError(
                f"{source} 展开后的内容太多（超过 {MAX_NODES} 项），可能用了大量的锚点和别名（& 与 *）。"
                "请直接写出内容，不要用别名重复大段内容。"
            )
        _refuse_duplicate_keys(node, source)
        data = loader.construct_document(node) if node is not None else None
    except RecursionError:
        raise UserError(f"{source} 的层次嵌套太深，不像是答案档案。请检查文件内容。") from None
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        where = f"第 {mark.line + 1} 行第 {mark.column + 1} 列" if mark else "某处"
        problem = error.problem or error.context or "格式错误"
        if "nesting depth" in problem:
            raise UserError(f"{source} 的层次嵌套太深，不像是答案档案。请检查文件内容。") from None
        raise UserError(
            f"{source} {where}不是有效的 YAML（{problem}）。请检查该行的缩进、冒号后的空格和引号是否成对。"
        ) from None
    except yaml.YAMLError as error:
        raise UserError(f"{source} 不是有效的 YAML：{error}") from None
    except ValueError:  # a number of thousands of digits: Python refuses to convert it
        raise UserError(f"{source} 里有一个几千位长的数字，不像是年份或分钟数。请检查文件内容。") from None
    finally:
        loader.dispose()
    return data, dict(_line_map(node))


MAX_FILE_BYTES = 2 * 1024 * 1024
"""Largest file read (a speech's answers are a few kilobytes)."""


def read_text_file(path: Path, what: str = "档案", notes: list[str] | None = None) -> str:
    """The text of a UTF-8 file (or GBK/GB18030, with a note), with clear errors otherwise."""
    try:
        if path.is_dir():
            raise IsADirectoryError(path)
        if not path.is_file():
            if path.exists():  # a device, FIFO or socket: reading it could block or never end
                raise UserError(f"{path} 不是普通文件（可能是设备或管道），请给出{what}文件的路径。")
            raise FileNotFoundError(path)
        with path.open("rb") as handle:  # at most one byte past the limit: a growing file cannot overrun it
            data = handle.read(MAX_FILE_BYTES + 1)
        if len(data) > MAX_FILE_BYTES:
            size = max(path.stat().st_size, len(data)) / 1024 / 1024
            raise UserError(f"{path} 有 {size:.1f} MB，太大了，不像是{what}文件（最大 2 MB）。请检查文件。")
        if b"\x00" in data:
            raise UserError(f"{path} 看起来不是文本文件（含有 NUL 字节）。请给出用文本编辑器保存的{what}文件。")
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("gb18030")
        except UnicodeDecodeError:
            raise UserError(
                f"{path} 既不是 UTF-8 也不是 GBK 编码的文本，无法读取。请在编辑器中另存为 UTF-8 后重试。"
            ) from None
        if notes is not None:
            notes.append(f"{path} 是 GBK 编码，已按 GBK 读取；建议另存为 UTF-8。")
        return text
    except FileNotFoundError:
        raise UserError(f"找不到{what}文件 {path}。请检查路径和文件名。") from None
    except IsADirectoryError:
        raise UserError(f"{path} 是一个文件夹，请给出{what}文件（.yaml）的路径。") from None
    except PermissionError:
        raise UserError(f"没有权限读取 {path}。请检查文件权限。") from None
    except OSError as error:
        raise UserError(f"无法读取 {path}：{error.strerror or error}") from None


def load_data_file(path: Path) -> Any:
    """A YAML data file shipped with the package, parsed with libyaml when it is there (fast start-up)."""
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_FAST_LOADER)
