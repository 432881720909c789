"""``speechwriter new`` and ``speechwriter edit``: the questionnaire in a terminal."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from speechwriter.cli.options import (
    ConvertAnswersOption,
    LayoutOption,
    MinutesOption,
    RateOption,
    ScriptOption,
    TemplateOption,
    check_layout,
    speech_options,
)
from speechwriter.cli.root import app

if TYPE_CHECKING:
    from speechwriter.app.pipeline import SpeechOptions
    from speechwriter.interview.session import Front

__all__ = ["edit", "new"]


SpeechFileOption = Annotated[
    Path | None,
    typer.Option("-o", "--output", metavar="文件", help="演讲稿写入这个文件（.md、.txt 或 .docx）。不给时会询问。"),
]


def _front(force: bool, layout: str | None, options: SpeechOptions) -> Front:
    """A terminal session; a bad --layout is reported before any question is asked."""
    from rich.console import Console

    from speechwriter.interview.session import Front
    from speechwriter.interview.terminal_prompter import TerminalPrompter

    check_layout(layout)
    console = Console(highlight=False)
    return Front(TerminalPrompter(console), console, force, layout, options)


@app.command()
def new(
    from_profile: Annotated[
        str | None,
        typer.Option("--from", metavar="档案", help="以这个档案（名称或路径）的回答为起点，回车即保留原答案。"),
    ] = None,
    save: Annotated[
        str | None,
        typer.Option(
            "--save", metavar="名称|文件", help="档案保存为：档案库中的名称，或 .yaml 文件路径。不给时会询问。"
        ),
    ] = None,
    output: SpeechFileOption = None,
    resume: Annotated[bool, typer.Option("--resume", metavar="", help="继续上次中断的问答。")] = False,
    force: Annotated[bool, typer.Option("--force", metavar="", help="覆盖已存在的档案和演讲稿，不再询问。")] = False,
    layout: LayoutOption = None,
    minutes: MinutesOption = None,
    rate: RateOption = 200,
    script: ScriptOption = None,
    convert_answers: ConvertAnswersOption = False,
    template: TemplateOption = None,
) -> None:
    """回答问题，生成演讲稿，并把回答保存为可复用的档案。"""
    from speechwriter.interview.session import new_command, require_terminal

    require_terminal("new")  # before anything else: without a terminal nothing below can be asked
    front = _front(force, layout, speech_options(minutes, rate, script, template, convert_answers))
    raise typer.Exit(new_command(front, from_profile, save, output, resume))


@app.command()
def edit(
    profile: Annotated[str, typer.Argument(help="要修改的档案：名称或 YAML 文件路径。", metavar="PROFILE")],
    output: SpeechFileOption = None,
    force: Annotated[bool, typer.Option("--force", metavar="", help="覆盖已存在的演讲稿，不再询问。")] = False,
    layout: LayoutOption = None,
    minutes: MinutesOption = None,
    rate: RateOption = 200,
    script: ScriptOption = None,
    convert_answers: ConvertAnswersOption = False,
    template: TemplateOption = None,
) -> None:
    """直接打开修改菜单：只改想改的部分，其余保持不变。"""
    from speechwriter.interview.session import edit_command, require_terminal

    require_terminal("edit")  # before anything else: without a terminal nothing below can be asked
    front = _front(force, layout, speech_options(minutes, rate, script, template, convert_answers))
    raise typer.Exit(edit_command(front, profile, output))
