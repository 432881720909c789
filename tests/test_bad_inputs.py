"""The bad-input matrix: whatever file a user hands over, a clear message, no traceback, no hang.

Each case runs the installed command in a subprocess with a time limit and a memory cap, writing
to a .docx path; refused cases must leave no output file behind.
"""

from __future__ import annotations

import os
import resource
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import minimal_data

SPEECHWRITER = str(Path(sys.executable).parent / "speechwriter")
WITHOUT_PRIVILEGES = [
    "setpriv",
    "--securebits",
    "+noroot,+noroot_locked",
    "--bounding-set",
    "-all",
    "--inh-caps",
    "-all",
    "--",
]
"""Run as root without capabilities, so file permissions apply as they would to any user."""
MEMORY_CAP = 1024 * 1024 * 1024


def _dump(data: Any) -> bytes:
    return yaml.safe_dump(data, allow_unicode=True).encode("utf-8")


def _with(**overrides: Any) -> bytes:
    return _dump(minimal_data(**overrides))


ALIAS_BOMB = "\n".join(
    ["a: &a [x, x, x, x, x, x, x, x, x, x]"]
    + [f"{chr(98 + n)}: &{chr(98 + n)} [{', '.join(['*' + chr(97 + n)] * 10)}]" for n in range(8)]
).encode()


@dataclass(frozen=True)
class Case:
    """One bad (or merely unusual) input and what must happen."""

    name: str
    content: bytes | None
    exit_code: int
    message: str


CASES = [
    Case("empty file", b"", 2, "是空的"),
    Case("binary garbage", bytes(range(256)) * 8, 2, "不是文本文件"),
    Case("GBK-encoded YAML", yaml.safe_dump(minimal_data(), allow_unicode=True).encode("gbk"), 0, "已按 GBK 读取"),
    Case("UTF-8 with BOM", b"\xef\xbb\xbf" + _with(), 0, "篇幅"),
    Case("a list, not a mapping", b"- a\n- b\n", 2, "最外层"),
    Case("a scalar, not a mapping", b"just words\n", 2, "最外层"),
    Case("wrong types", _with(time_limit_minutes="五分钟", strengths="很多"), 2, "应当是整数"),
    Case("unknown field", _with(speaker={"name": "张三", "nmae": "x"}), 2, "是不是想写“name”"),
    Case("YAML alias bomb", ALIAS_BOMB, 2, "展开后的内容太多"),
    Case("deep nesting", b"a: " + b"[" * 3000 + b"]" * 3000 + b"\n", 2, "嵌套太深"),
    Case(
        "a 1 MB answer", _with(speaker={"name": "张" * 1_000}, plan=[{"headline": "a" * 1_000_000}]), 2, "最多 5000 字"
    ),
    Case("a 3 MB file", _with(plan=[{"headline": "好" * 1_000_000}]), 2, "太大了"),
    Case("thousands of list items", _with(strengths=[{"headline": f"优势{n}"} for n in range(3000)]), 2, "最多 50 条"),
    Case(
        "emoji and RTL marks",
        _with(speaker={"name": "张三😀\u200f"}, strengths=[{"headline": "服务🌟第一\u202b"}]),
        0,
        "篇幅",
    ),
    Case(
        "template syntax in answers", _with(speaker={"name": "{{ 7*7 }}"}, plan=[{"headline": "{% for %}"}]), 0, "篇幅"
    ),
    Case("a directory given as a profile", None, 2, "是一个文件夹"),
]


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))


def _run(args: list[str], cwd: Path, unprivileged: bool = False) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SPEECHWRITER_HOME": str(cwd / "home"), "HOME": str(cwd)}
    prefix = WITHOUT_PRIVILEGES if unprivileged and os.geteuid() == 0 else []
    return subprocess.run(
        [*prefix, SPEECHWRITER, *args],
        capture_output=True, text=True, cwd=cwd, env=env, timeout=30, preexec_fn=_limit_memory,
    )  # fmt: skip


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
def test_bad_input(case: Case, tmp_path: Path) -> None:
    profile = tmp_path / "profile.yaml"
    if case.content is None:
        profile.mkdir()
    else:
        profile.write_bytes(case.content)
    output = tmp_path / "out.docx"
    result = _run(["render", str(profile), "-o", str(output)], tmp_path)
    assert result.returncode == case.exit_code, result.stderr
    assert case.message in result.stderr, result.stderr
    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout
    assert output.exists() == (case.exit_code == 0)
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".out")] == []  # no temporary left behind


def test_template_syntax_and_emoji_are_printed_as_typed(tmp_path: Path) -> None:
    profile = tmp_path / "p.yaml"
    profile.write_bytes(_with(speaker={"name": "{{ 7*7 }}😀"}, plan=[{"headline": "{% raw %}计划"}]))
    result = _run(["render", str(profile), "--format", "txt"], tmp_path)
    assert result.returncode == 0 and "{{ 7*7 }}😀" in result.stdout and "{% raw %}计划" in result.stdout


needs_setpriv = pytest.mark.skipif(
    os.geteuid() == 0 and shutil.which("setpriv") is None, reason="root needs setpriv to drop its privileges"
)


@needs_setpriv
def test_unreadable_profile(tmp_path: Path) -> None:
    profile = tmp_path / "secret.yaml"
    profile.write_bytes(_with())
    profile.chmod(0o000)
    result = _run(["render", str(profile), "-o", str(tmp_path / "x.docx")], tmp_path, unprivileged=True)
    assert result.returncode == 2 and "没有权限读取" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "x.docx").exists()


@needs_setpriv
def test_unwritable_output_directory(tmp_path: Path) -> None:
    profile = tmp_path / "p.yaml"
    profile.write_bytes(_with())
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o555)
    result = _run(["render", str(profile), "-o", str(locked / "x.docx")], tmp_path, unprivileged=True)
    assert result.returncode == 2 and "无法写入" in result.stderr and "没有写入权限" in result.stderr
    assert list(locked.iterdir()) == []
