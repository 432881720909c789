"""The questionary prompter, fed through prompt_toolkit's pipe input (no terminal needed)."""

from __future__ import annotations

import io
from collections.abc import Iterator

import pytest
from prompt_toolkit.application import create_app_session
from prompt_toolkit.input import PipeInput, create_pipe_input
from prompt_toolkit.output import DummyOutput
from rich.console import Console

from speechwriter.interview.terminal_prompter import TerminalPrompter

DOWN = "\x1b[B"


@pytest.fixture
def keys() -> Iterator[PipeInput]:
    with create_pipe_input() as pipe, create_app_session(input=pipe, output=DummyOutput()):
        yield pipe


@pytest.fixture
def prompter() -> TerminalPrompter:
    return TerminalPrompter(Console(file=io.StringIO(), width=80))


def test_text_prefilled_enter_keeps(keys: PipeInput, prompter: TerminalPrompter) -> None:
    keys.send_text("\r")
    assert prompter.text("姓名", default="张三", hint="如“李明”", validate=lambda t: None) == "张三"


def test_text_invalid_answer_must_be_fixed(keys: PipeInput, prompter: TerminalPrompter) -> None:
    keys.send_text("abc\r\x15" + "2008\r")
    answer = prompter.text("年份", default="", hint=None, validate=lambda t: None if t.isdigit() else "请填数字")
    assert answer == "2008"


def test_select_default_and_arrow(keys: PipeInput, prompter: TerminalPrompter) -> None:
    choices = [("甲", 1), ("乙", 2), ("丙", 3)]
    keys.send_text("\r")
    assert prompter.select("选哪个？", choices, 2) == 2
    keys.send_text(DOWN + "\r")
    assert prompter.select("选哪个？", choices, 2) == 3


def test_confirm_default_and_answer(keys: PipeInput, prompter: TerminalPrompter) -> None:
    keys.send_text("\r")
    assert prompter.confirm("覆盖吗？", default=False) is False
    keys.send_text("y")
    assert prompter.confirm("覆盖吗？", default=False) is True


def test_ctrl_c_raises(keys: PipeInput, prompter: TerminalPrompter) -> None:
    keys.send_text("\x03")
    with pytest.raises(KeyboardInterrupt):
        prompter.text("姓名", default="", hint=None, validate=lambda t: None)


def test_progress_line() -> None:
    buffer = io.StringIO()
    TerminalPrompter(Console(file=buffer, width=60)).section(2, 6, "自我介绍", "介绍自己。")
    assert "第 2/6 部分：自我介绍" in buffer.getvalue() and "介绍自己。" in buffer.getvalue()


def test_checkbox_space_ticks_enter_confirms(keys: PipeInput, prompter: TerminalPrompter) -> None:
    choices = [("甲", "a"), ("乙", "b"), ("丙", "c")]
    keys.send_text(" " + DOWN + DOWN + " \r")
    assert prompter.checkbox("勾选", choices) == ["a", "c"]
    keys.send_text("\r")
    assert prompter.checkbox("勾选", choices) == []


def test_menu_preview_is_labelled_in_chinese(keys: PipeInput, prompter: TerminalPrompter) -> None:
    from questionary.prompts import select as select_module

    keys.send_text("\r")
    assert prompter.select("开场", [("甲", 1), ("乙", 2)], 1, ["第一种的预览", "第二种的预览"]) == 1
    control = select_module.InquirerControl([{"name": "甲", "value": 1, "description": "预览内容"}])
    rendered = "".join(text for _, text in control.text())
    assert "预览：预览内容" in rendered and "Description" not in rendered
