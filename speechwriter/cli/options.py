"""Options shared by several commands, and the speech options they add up to."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from speechwriter.common.errors import UserError

if TYPE_CHECKING:
    from speechwriter.app.pipeline import SpeechOptions

__all__ = [
    "ConvertAnswersOption",
    "LayoutOption",
    "MinutesOption",
    "RateOption",
    "ScriptOption",
    "TemplateOption",
    "check_layout",
    "speech_options",
]


LayoutOption = Annotated[
    str | None,
    typer.Option(
        "--layout",
        metavar="official|stage|文件",
        help="Word 版式：official（公文，默认）、stage（上台朗读，字大行宽），或自己的版式文件路径。",
    ),
]
MinutesOption = Annotated[
    float | None,
    typer.Option(
        "--minutes",
        min=0.5,
        max=60,
        metavar="分钟",
        help="限时（分钟），代替档案里的限时；按它挑选模板的长短并估算是否超时。",
    ),
]
RateOption = Annotated[
    int, typer.Option("--rate", min=60, max=400, metavar="字/分钟", help="语速（字/分钟），默认 200。")
]
ScriptOption = Annotated[
    str | None,
    typer.Option(
        "--script",
        metavar="字形",
        help="模板文字的字形：simplified（简体）、traditional（繁体）、taiwan（台湾用语）、hongkong（香港）；默认跟随回答的字形。",
    ),
]
ConvertAnswersOption = Annotated[
    bool,
    typer.Option(
        "--convert-answers",
        metavar="",
        help="连同自己写的回答也转换成 --script 的字形（默认只转换模板的文字，回答保持原样）。",
    ),
]
TemplateOption = Annotated[
    str | None,
    typer.Option(
        "--template",
        metavar="名称|文件夹",
        help="模板集：内置名称（见 speechwriter templates list）或自己的模板文件夹。",
    ),
]


def speech_options(
    minutes: float | None, rate: int, script: str | None, template: str | None, convert_answers: bool = False
) -> SpeechOptions:
    """The options checked at once: a bad script or template set is reported before any work."""
    from speechwriter.app.pipeline import SpeechOptions
    from speechwriter.common.script import SCRIPTS
    from speechwriter.compose.template_set import load_template_set

    if script is not None and script not in SCRIPTS:
        raise UserError(f"不认识的字形“{script}”。可用：{'、'.join(SCRIPTS)}。")
    load_template_set(template)
    if convert_answers and script is None:
        raise UserError("--convert-answers 要和 --script 一起用，例如 --script traditional --convert-answers。")
    return SpeechOptions(minutes=minutes, rate=rate, script=script, template=template, convert_answers=convert_answers)


def check_layout(layout: str | None) -> None:
    """Read a --layout file at once, so a bad one is reported before any question is asked."""
    if layout is not None:
        from speechwriter.render.page_layout import load_layout

        load_layout(layout)
