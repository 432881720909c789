from __future__ import annotations

from pathlib import Path

import pytest

from speechwriter.common.errors import UserError
from speechwriter.common.reading import parse_yaml, read_text_file


def test_line_map_covers_keys_and_list_items() -> None:
    _, lines = parse_yaml("a:\n  b: 1\n  c:\n    - x\n    - y\n", "t")
    assert lines[("a",)] == 1 and lines[("a", "b")] == 2 and lines[("a", "c", 1)] == 5


def test_read_text_file_names_what_is_missing(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="找不到版式文件"):
        read_text_file(tmp_path / "x.yaml", "版式")


def test_parse_error_names_line_and_column() -> None:
    with pytest.raises(UserError, match="t 第 2 行第 5 列不是有效的 YAML"):
        parse_yaml("a: 1\nb: c: d\n", "t")
