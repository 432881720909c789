"""``new`` and ``edit`` need a terminal, and check their options before asking anything."""

from __future__ import annotations

import pytest

from tests.cli_runner import runner, speechwriter_cli

NO_TERMINAL = (
    "错误：speechwriter {command} 需要在终端里回答问题，但现在没有可交互的终端（例如在管道或 CI 中）。"
    "请编写答案档案（可参考 examples/），再用 speechwriter render 档案.yaml 生成演讲稿。\n"
)


@pytest.mark.parametrize(("args", "command"), [(["new"], "new"), (["edit", "张三"], "edit")])
def test_refused_without_a_terminal(args: list[str], command: str) -> None:
    result = runner.invoke(speechwriter_cli, args)
    assert result.exit_code == 2
    assert result.stderr == NO_TERMINAL.format(command=command)
    assert result.stdout == ""


@pytest.fixture
def terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """As if run in a terminal (no question is ever asked by these tests)."""
    monkeypatch.setattr("speechwriter.interview.session.require_terminal", lambda command: None)


@pytest.mark.parametrize("command", [["new"], ["edit", "张三"]])
@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--script", "klingon"], "错误：不认识的字形“klingon”。可用：simplified、traditional、taiwan、hongkong。"),
        (["--template", "fancy"], "错误：找不到模板集“fancy”：它既不是内置模板集的名字，也不是一个文件夹。"),
        (
            ["--convert-answers"],
            "错误：--convert-answers 要和 --script 一起用，例如 --script traditional --convert-answers。",
        ),
        (["--layout", "fancy"], "错误：没有名为“fancy”的版式。"),
    ],
)
def test_bad_options_refused_before_any_question(
    terminal: None, command: list[str], options: list[str], message: str
) -> None:
    result = runner.invoke(speechwriter_cli, [*command, *options])
    assert result.exit_code == 2
    assert result.stderr.startswith(message)
    assert result.stdout == ""


def test_out_of_range_minutes_are_a_usage_error() -> None:
    result = runner.invoke(speechwriter_cli, ["new", "--minutes", "0.1"])
    assert result.exit_code == 2
    assert result.stderr.startswith("用法错误：")
    assert "运行 speechwriter new --help 查看用法。" in result.stderr


def test_edit_needs_the_profile_to_edit() -> None:
    result = runner.invoke(speechwriter_cli, ["edit"])
    assert result.exit_code == 2
    assert "PROFILE" in result.stderr and "运行 speechwriter edit --help 查看用法。" in result.stderr


@pytest.mark.parametrize(
    ("command", "summary"),
    [
        ("new", "回答问题，生成演讲稿，并把回答保存为可复用的档案。"),
        ("edit", "直接打开修改菜单：只改想改的部分，其余保持不变。"),
    ],
)
def test_help_in_chinese(command: str, summary: str) -> None:
    result = runner.invoke(speechwriter_cli, [command, "--help"])
    assert result.exit_code == 0
    assert summary in result.stdout and "--convert-answers" in result.stdout
