from __future__ import annotations

from pathlib import Path

import pytest

from speechwriter.common.errors import UserError
from speechwriter.common.reading import MAX_FILE_BYTES, parse_yaml, read_text_file


def test_line_map_covers_keys_and_list_items() -> None:
    _, lines = parse_yaml("a:\n  b: 1\n  c:\n    - x\n    - y\n", "t")
    assert lines[("a",)] == 1 and lines[("a", "b")] == 2 and lines[("a", "c", 1)] == 5


def test_read_text_file_names_what_is_missing(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="找不到版式文件"):
        read_text_file(tmp_path / "x.yaml", "版式")


def test_parse_error_names_line_and_column() -> None:
    with pytest.raises(UserError, match="t 第 2 行第 5 列不是有效的 YAML"):
        parse_yaml("a: 1\nb: c: d\n", "t")


def test_a_fifo_or_device_is_refused_without_reading(tmp_path: Path) -> None:
    import os

    fifo = tmp_path / "profile.yaml"
    os.mkfifo(fifo)
    with pytest.raises(UserError, match="不是普通文件（可能是设备或管道）"):
        read_text_file(fifo)  # reading would block forever
    with pytest.raises(UserError, match="不是普通文件"):
        read_text_file(Path("/dev/zero"))  # reading would never end


def test_a_file_is_read_no_further_than_the_limit(tmp_path: Path) -> None:
    big = tmp_path / "big.yaml"
    big.write_bytes(b"a" * (MAX_FILE_BYTES + 10))
    with pytest.raises(UserError, match="太大了"):
        read_text_file(big)


def test_a_key_written_twice_names_both_lines() -> None:
    with pytest.raises(UserError, match="第 2 行和第 3 行都写了“name”"):
        parse_yaml("speaker:\n  name: 甲\n  name: 乙\n", "p.yaml")
    data, _ = parse_yaml("a: {x: 1}\nb: {x: 2}\n", "p.yaml")  # the same key in different mappings is fine
    assert data == {"a": {"x": 1}, "b": {"x": 2}}
