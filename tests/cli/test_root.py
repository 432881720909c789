"""The ``speechwriter`` application: its version, its Chinese help and its command groups."""

from __future__ import annotations

import pytest

from speechwriter import __version__
from tests.cli_runner import runner, speechwriter_cli


def test_version() -> None:
    result = runner.invoke(speechwriter_cli, ["--version"])
    assert result.exit_code == 0 and result.stdout == f"speechwriter {__version__}\n"


@pytest.mark.parametrize("flag", ["--help", "-h"])
def test_help_lists_every_command_in_chinese(flag: str) -> None:
    result = runner.invoke(speechwriter_cli, [flag])
    assert result.exit_code == 0
    text = result.stdout
    assert "竞聘演讲稿写作助手：回答问题或编写答案档案（YAML），生成演讲稿" in text
    assert "显示版本号后退出。" in text
    for command in ("check", "new", "edit", "render", "schema", "templates", "presets", "profiles"):
        assert f"│ {command} " in text, command
    assert "模板集：列出内置模板集，或复制一份来修改。" in text
    assert "素材库：按行业和岗位提供的岗位认识、竞聘优势和工作设想建议。" in text
    assert "管理档案库中保存的答案档案。" in text


@pytest.mark.parametrize(("group", "commands"), [("templates", ("list", "copy")), ("presets", ("list", "show"))])
def test_groups_show_their_commands(group: str, commands: tuple[str, ...]) -> None:
    result = runner.invoke(speechwriter_cli, [group, "--help"])
    assert result.exit_code == 0
    assert all(f"│ {command} " in result.stdout for command in commands)


def test_an_unknown_command_is_a_usage_error() -> None:
    result = runner.invoke(speechwriter_cli, ["nosuch"])
    assert result.exit_code == 2
    assert result.stderr == "用法错误：No such command 'nosuch'.\n运行 speechwriter --help 查看用法。\n"


@pytest.mark.parametrize("args", [[], ["presets"], ["templates"]])
def test_no_command_shows_the_help(args: list[str]) -> None:
    result = runner.invoke(speechwriter_cli, args)
    assert result.exit_code == 2
    assert "Usage: speechwriter" in result.stdout


@pytest.mark.xfail(
    strict=True,
    reason="product bug: with no command the help is followed by an empty '用法错误：' line on stderr",
)
@pytest.mark.parametrize("args", [[], ["presets"]])
def test_no_command_prints_no_empty_usage_error(args: list[str]) -> None:
    result = runner.invoke(speechwriter_cli, args)
    assert "用法错误：\n" not in result.stderr
