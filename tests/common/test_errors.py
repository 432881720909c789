"""UserError: a Chinese message the command line prints as is, and the exit code it ends with."""

from __future__ import annotations

import pytest

from speechwriter.common.errors import UserError
from tests.cli_runner import runner, speechwriter_cli


def test_the_message_is_the_text_and_the_exit_code_defaults_to_two() -> None:
    error = UserError("找不到档案文件 p.yaml。")
    assert error.message == "找不到档案文件 p.yaml。"
    assert str(error) == "找不到档案文件 p.yaml。"
    assert error.exit_code == 2


def test_an_exit_code_may_be_given() -> None:
    error = UserError("检查发现问题。", exit_code=1)
    assert error.exit_code == 1 and str(error) == "检查发现问题。"


def test_it_is_raised_and_caught_as_an_exception() -> None:
    with pytest.raises(UserError, match=r"^没有权限读取"):
        raise UserError("没有权限读取 p.yaml。请检查文件权限。")


def test_the_command_line_prints_it_after_错误_and_exits_with_its_code() -> None:
    result = runner.invoke(speechwriter_cli, ["presets", "show", "nope"])
    assert result.exit_code == 2
    assert result.stderr.startswith("错误：没有名为“nope”的素材")
    assert "Traceback" not in result.stderr
