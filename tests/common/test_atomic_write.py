from __future__ import annotations

import errno
import os
import re
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from speechwriter.common.atomic_write import write_bytes_atomic, write_text_atomic
from speechwriter.common.errors import UserError
from tests.conftest import ROOT
from tests.test_bad_inputs import WITHOUT_PRIVILEGES, needs_setpriv


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


_WRITE_INTO = """
import sys
from pathlib import Path
from speechwriter.common.atomic_write import write_bytes_atomic
from speechwriter.common.errors import UserError
try:
    write_bytes_atomic(Path(sys.argv[1]) / "x.md", b"x")
except UserError as error:
    print(error.message)
    sys.exit(2)
"""


@needs_setpriv
def test_unwritable_folder_gives_chinese_message(tmp_path: Path) -> None:
    """Run as a user without privileges (root drops them with setpriv), so the folder's mode applies."""
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    prefix = WITHOUT_PRIVILEGES if os.geteuid() == 0 else []
    try:
        result = subprocess.run(
            [*prefix, sys.executable, "-c", _WRITE_INTO, str(folder)],
            capture_output=True, text=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=60,
        )  # fmt: skip
        assert result.returncode == 2, result.stderr
        assert result.stdout.strip() == f"无法写入 {folder / 'x.md'}：没有写入权限。请换一个位置或检查权限。"
        assert list(folder.iterdir()) == []
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


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_failed_rename_keeps_the_old_file_and_leaves_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "x.md"
    target.write_text("旧的完整内容", encoding="utf-8")

    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(UserError, match=f"无法写入 {re.escape(str(target))}：没有写入权限"):
        write_text_atomic(target, "新的内容")
    assert target.read_text(encoding="utf-8") == "旧的完整内容"
    assert _leftovers(tmp_path) == []


class _DiskFull:
    """A file handle that takes half of what is written, then reports a full disk."""

    def __init__(self, handle: Any) -> None:
        self._handle = handle

    def __enter__(self) -> _DiskFull:
        return self

    def __exit__(self, *exc: object) -> None:
        self._handle.close()

    def write(self, data: bytes) -> int:
        self._handle.write(data[: len(data) // 2])
        raise OSError(errno.ENOSPC, "No space left on device")

    def __getattr__(self, name: str) -> Any:
        return getattr(self._handle, name)


def test_failure_mid_write_never_leaves_half_a_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "x.md"
    target.write_text("旧的完整内容", encoding="utf-8")
    real_fdopen = os.fdopen
    monkeypatch.setattr(os, "fdopen", lambda *args, **kwargs: _DiskFull(real_fdopen(*args, **kwargs)))
    with pytest.raises(UserError, match=r"无法写入 .*No space left on device。请换一个位置或检查权限。"):
        write_text_atomic(target, "新的内容" * 100)
    assert target.read_text(encoding="utf-8") == "旧的完整内容"
    assert _leftovers(tmp_path) == []
    monkeypatch.undo()
    fresh = tmp_path / "fresh.md"
    monkeypatch.setattr(os, "fdopen", lambda *args, **kwargs: _DiskFull(real_fdopen(*args, **kwargs)))
    with pytest.raises(UserError, match="无法写入"):
        write_text_atomic(fresh, "新的内容" * 100)
    assert not fresh.exists()  # no half-written new file either
    assert _leftovers(tmp_path) == []


@pytest.fixture
def umask_022() -> Iterator[None]:
    previous = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(previous)


@pytest.mark.usefixtures("umask_022")
def test_new_file_follows_the_umask_like_any_other_file(tmp_path: Path) -> None:
    write_text_atomic(tmp_path / "x.md", "内容")
    assert stat.S_IMODE((tmp_path / "x.md").stat().st_mode) == 0o644
    os.umask(0o027)
    write_text_atomic(tmp_path / "y.md", "内容")
    assert stat.S_IMODE((tmp_path / "y.md").stat().st_mode) == 0o640


@pytest.mark.usefixtures("umask_022")
def test_overwriting_keeps_the_files_permissions(tmp_path: Path) -> None:
    target = tmp_path / "x.md"
    target.write_text("旧", encoding="utf-8")
    target.chmod(0o664)
    write_text_atomic(target, "新")
    assert stat.S_IMODE(target.stat().st_mode) == 0o664
    assert target.read_text(encoding="utf-8") == "新"


def test_force_never_replaces_a_device_or_fifo(tmp_path: Path) -> None:
    fifo = tmp_path / "speech.md"
    os.mkfifo(fifo)
    with pytest.raises(UserError, match="不是普通文件（可能是设备或管道），不会写入或替换它"):
        write_bytes_atomic(fifo, b"x", overwrite=True)
    assert stat.S_ISFIFO(fifo.stat().st_mode)


def test_of_two_writers_racing_for_one_new_name_one_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "speech.md"
    real_link = os.link

    def another_writer_got_there_first(source: str, destination: Path) -> None:
        target.write_bytes(b"the other writer")  # lands between the existence check and the link
        real_link(source, destination)

    monkeypatch.setattr(os, "link", another_writer_got_there_first)
    with pytest.raises(UserError, match="已存在，未覆盖"):
        write_bytes_atomic(target, b"mine", overwrite=False)
    assert target.read_bytes() == b"the other writer"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["speech.md"]  # no temporary file left
