from __future__ import annotations

import os
from pathlib import Path

import pytest

from speechwriter.common.atomic_write import write_bytes_atomic, write_text_atomic
from speechwriter.common.errors import UserError


def test_writes_and_creates_parents(tmp_path: Path) -> None:
    target = tmp_path / "a" / "b" / "x.md"
    write_text_atomic(target, "内容")
    assert target.read_text(encoding="utf-8") == "内容"
    assert [p.name for p in target.parent.iterdir()] == ["x.md"]


def test_refuses_to_overwrite_without_permission(tmp_path: Path) -> None:
    target = tmp_path / "x.md"
    target.write_text("旧", encoding="utf-8")
    with pytest.raises(UserError, match="--force"):
        write_text_atomic(target, "新", overwrite=False)
    assert target.read_text(encoding="utf-8") == "旧"
    write_text_atomic(target, "新")
    assert target.read_text(encoding="utf-8") == "新"


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write anywhere")
def test_unwritable_folder_gives_chinese_message(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(UserError, match="无法写入"):
            write_bytes_atomic(folder / "x.md", b"x")
    finally:
        folder.chmod(0o700)


def test_path_through_a_file_fails_cleanly_and_leaves_nothing(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(UserError, match="无法写入"):
        write_bytes_atomic(blocker / "x.md", b"x")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file"]


def test_target_is_a_directory(tmp_path: Path) -> None:
    (tmp_path / "d.md").mkdir()
    with pytest.raises(UserError, match="同名的文件夹"):
        write_bytes_atomic(tmp_path / "d.md", b"x")
    assert [p.name for p in tmp_path.iterdir()] == ["d.md"]
