from __future__ import annotations

import io
import os
import sys
from pathlib import Path

import pexpect
import pytest
from typer.testing import CliRunner

from speechwriter.profile.store import path_for_name
from tests.cli_runner import speechwriter_cli
from tests.conftest import EXAMPLES

runner = CliRunner()


@pytest.fixture(autouse=True)
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SPEECHWRITER_HOME", str(tmp_path / "home"))
    return tmp_path / "home"


def _store(name: str, example: Path) -> Path:
    path = path_for_name(name)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(example.read_bytes())
    return path


def test_list_empty_and_filled() -> None:
    assert "还没有档案" in runner.invoke(speechwriter_cli, ["profiles", "list"]).stdout
    _store("赵建国-经理", EXAMPLES[0])
    broken = path_for_name("坏档案")
    broken.write_text("speaker: [", encoding="utf-8")
    result = runner.invoke(speechwriter_cli, ["profiles", "list"])
    assert result.exit_code == 0
    assert "赵建国-经理\t赵建国 · 竞聘经理" in result.stdout
    assert "坏档案\t（内容有误" in result.stdout


def test_show_path_and_render_by_name(store: Path) -> None:
    path = _store("林悦", EXAMPLES[2])
    assert runner.invoke(speechwriter_cli, ["profiles", "show", "林悦"]).stdout == EXAMPLES[2].read_text(
        encoding="utf-8"
    )
    assert runner.invoke(speechwriter_cli, ["profiles", "path", "林悦"]).stdout.strip() == str(path)
    assert runner.invoke(speechwriter_cli, ["profiles", "path"]).stdout.strip() == str(store / "profiles")
    rendered = runner.invoke(speechwriter_cli, ["render", "林悦"])
    assert rendered.exit_code == 0 and "我叫林悦" in rendered.stdout


def test_delete_needs_yes_without_terminal() -> None:
    path = _store("林悦", EXAMPLES[2])
    refused = runner.invoke(speechwriter_cli, ["profiles", "delete", "林悦"])
    assert refused.exit_code == 2 and "--yes" in refused.stderr and path.exists()
    assert runner.invoke(speechwriter_cli, ["profiles", "delete", "林悦", "--yes"]).exit_code == 0
    assert not path.exists()


def test_unknown_names() -> None:
    _store("林悦", EXAMPLES[2])
    for args in (["profiles", "show", "林月"], ["profiles", "delete", "林月", "--yes"], ["render", "林月"]):
        result = runner.invoke(speechwriter_cli, args)
        assert result.exit_code == 2
        assert "找不到档案“林月”" in result.stderr and "是不是“林悦”" in result.stderr


SPEECHWRITER = str(Path(sys.executable).parent / "speechwriter")


def _delete_in_a_terminal(name: str, answer: str, store: Path) -> tuple[str, int]:
    """Run ``profiles delete`` in a pseudo-terminal, answer the question; what it printed and its exit code."""
    env = {**os.environ, "SPEECHWRITER_HOME": str(store), "TERM": "xterm"}
    child = pexpect.spawn(SPEECHWRITER, ["profiles", "delete", name], env=env, encoding="utf-8", timeout=30)
    log = io.StringIO()
    child.logfile_read = log
    child.expect_exact(f"确定删除档案“{name}”")
    child.expect_exact("[y/N]")
    child.sendline(answer)
    child.expect(pexpect.EOF)
    child.close()
    return log.getvalue(), child.exitstatus


def test_delete_after_answering_yes(store: Path) -> None:
    path = _store("林悦", EXAMPLES[2])
    printed, code = _delete_in_a_terminal("林悦", "y", store)
    assert code == 0 and "已删除档案“林悦”。" in printed
    assert not path.exists()


@pytest.mark.parametrize("answer", ["n", ""], ids=["no", "just enter"])
def test_answering_no_keeps_the_profile(store: Path, answer: str) -> None:
    path = _store("林悦", EXAMPLES[2])
    before = path.read_bytes()
    printed, code = _delete_in_a_terminal("林悦", answer, store)
    assert code == 1 and "未删除。" in printed and "已删除" not in printed
    assert path.read_bytes() == before
