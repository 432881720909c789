"""The ``speechwriter`` command line (typer), with errors shown in Chinese, never as tracebacks."""

from __future__ import annotations

import functools
import os
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, ParamSpec

import typer

from speechwriter import __version__
from speechwriter.common.errors import UserError

app = typer.Typer(
    name="speechwriter",
    help="竞聘演讲稿写作助手：回答问题或编写答案档案（YAML），生成演讲稿（Markdown、纯文本、Word）。",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _ancestor(cls: type, name: str) -> type[Exception]:
    """A base class of ``cls`` by name (typer may vendor click, so it is not imported)."""
    return next(base for base in cls.__mro__ if base.__name__ == name)


UsageError = _ancestor(typer.BadParameter, "UsageError")
ClickException = _ancestor(typer.BadParameter, "ClickException")


P = ParamSpec("P")


def friendly_errors(command: Callable[P, None]) -> Callable[P, None]:
    """Turn a UserError inside a command into its Chinese message and exit code."""

    @functools.wraps(command)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> None:
        try:
            command(*args, **kwargs)
        except UserError as error:
            typer.echo(f"错误：{error.message}", err=True)
            raise typer.Exit(error.exit_code) from None

    return wrapper


def _version(value: bool) -> None:
    if value:
        print(f"speechwriter {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option("--version", metavar="", callback=_version, is_eager=True, help="显示版本号后退出。"),
    ] = False,
) -> None:
    """竞聘演讲稿写作助手。"""


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
        help="输出字形：simplified（简体）、traditional（繁体，OpenCC 标准）、taiwan（台湾用语）、hongkong（香港）。",
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


def _speech_options(minutes: float | None, rate: int, script: str | None, template: str | None) -> object:
    from speechwriter.app.pipeline import SpeechOptions
    from speechwriter.common.script import SCRIPTS
    from speechwriter.compose.template_set import load_template_set

    if script is not None and script not in SCRIPTS:
        raise UserError(f"不认识的字形“{script}”。可用：{'、'.join(SCRIPTS)}。")
    load_template_set(template)  # a bad set is reported before any question is asked
    return SpeechOptions(minutes=minutes, rate=rate, script=script, template=template)


def _check_layout(layout: str | None) -> None:
    """Read a --layout file at once, so a bad one is reported before any question is asked."""
    if layout is not None:
        from speechwriter.render.page_layout import load_layout

        load_layout(layout)


@app.command()
@friendly_errors
def render(
    profiles: Annotated[
        list[str],
        typer.Argument(help="答案档案：档案库中的名称或 YAML 文件路径，可以给多个。", metavar="PROFILE..."),
    ],
    output: Annotated[
        Path | None,
        typer.Option("-o", "--output", metavar="文件", help="写入这个文件；格式由扩展名决定（.md、.txt、.docx）。"),
    ] = None,
    out_dir: Annotated[
        Path | None,
        typer.Option("--out-dir", metavar="文件夹", help="多个档案时写入这个文件夹，每个档案一个文件，以档案名命名。"),
    ] = None,
    format_name: Annotated[
        str | None,
        typer.Option(
            "--format", "-f", metavar="md|txt|docx", help="输出格式：md、txt 或 docx。默认按扩展名，终端输出为 md。"
        ),
    ] = None,
    force: Annotated[bool, typer.Option("--force", metavar="", help="覆盖已存在的输出文件。")] = False,
    layout: LayoutOption = None,
    minutes: MinutesOption = None,
    rate: RateOption = 200,
    script: ScriptOption = None,
    template: TemplateOption = None,
) -> None:
    """由答案档案生成演讲稿。不给 -o 时演讲稿输出到终端；字数、时长等提示输出到标准错误。"""
    from speechwriter.app.pipeline import render_command

    options = _speech_options(minutes, rate, script, template)
    render_command(profiles, output, out_dir, format_name, force, layout, options)  # type: ignore[arg-type]


def _interactive() -> tuple[object, object]:
    from rich.console import Console

    from speechwriter.interview.terminal_prompter import TerminalPrompter

    console = Console(highlight=False)
    return TerminalPrompter(console), console


@app.command()
@friendly_errors
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
    output: Annotated[
        Path | None,
        typer.Option("-o", "--output", metavar="文件", help="演讲稿写入这个文件（.md、.txt 或 .docx）。不给时会询问。"),
    ] = None,
    resume: Annotated[bool, typer.Option("--resume", metavar="", help="继续上次中断的问答。")] = False,
    force: Annotated[bool, typer.Option("--force", metavar="", help="覆盖已存在的档案和演讲稿，不再询问。")] = False,
    layout: LayoutOption = None,
    minutes: MinutesOption = None,
    rate: RateOption = 200,
    script: ScriptOption = None,
    template: TemplateOption = None,
) -> None:
    """回答问题，生成演讲稿，并把回答保存为可复用的档案。"""
    from speechwriter.interview.session import new_command, require_terminal

    require_terminal("new")
    options = _speech_options(minutes, rate, script, template)
    _check_layout(layout)
    prompter, console = _interactive()
    code = new_command(from_profile, save, output, resume, force, prompter, console, layout, options)  # type: ignore[arg-type]
    raise typer.Exit(code)


@app.command()
@friendly_errors
def edit(
    profile: Annotated[str, typer.Argument(help="要修改的档案：名称或 YAML 文件路径。", metavar="PROFILE")],
    output: Annotated[
        Path | None,
        typer.Option("-o", "--output", metavar="文件", help="演讲稿写入这个文件（.md、.txt 或 .docx）。不给时会询问。"),
    ] = None,
    force: Annotated[bool, typer.Option("--force", metavar="", help="覆盖已存在的演讲稿，不再询问。")] = False,
    layout: LayoutOption = None,
    minutes: MinutesOption = None,
    rate: RateOption = 200,
    script: ScriptOption = None,
    template: TemplateOption = None,
) -> None:
    """直接打开修改菜单：只改想改的部分，其余保持不变。"""
    from speechwriter.interview.session import edit_command, require_terminal

    require_terminal("edit")
    options = _speech_options(minutes, rate, script, template)
    _check_layout(layout)
    prompter, console = _interactive()
    code = edit_command(profile, output, force, prompter, console, layout, options)  # type: ignore[arg-type]
    raise typer.Exit(code)


@app.command()
@friendly_errors
def check(
    target: Annotated[
        str,
        typer.Argument(
            help="答案档案（名称或 .yaml 路径）或演讲稿（.md、.txt，谁写的都行）。", metavar="PROFILE_OR_MARKDOWN"
        ),
    ],
    minutes: MinutesOption = None,
    rate: RateOption = 200,
    output_format: Annotated[
        str, typer.Option("--format", "-f", metavar="text|json", help="报告格式：text 或 json。")
    ] = "text",
) -> None:
    """检查演讲稿：没填的占位符、删掉数值留下的空缺、重复的句子、长句、缺少的部分、超时、不当措辞。

    退出码：0 没有问题，1 有需要注意的地方，2 输入无法使用。
    """
    from speechwriter.cli.check import check_command

    raise typer.Exit(check_command(target, minutes, rate, output_format))


@app.command()
@friendly_errors
def schema(
    output: Annotated[
        Path | None, typer.Option("-o", "--output", metavar="文件", help="写入这个文件；不给时输出到终端。")
    ] = None,
) -> None:
    """输出答案档案的 JSON Schema（含中文标题、说明和示例），供编辑器补全和检查。"""
    from speechwriter.common.atomic_write import write_text_atomic
    from speechwriter.profile.schema import schema_text

    if output is None:
        sys.stdout.write(schema_text())
    else:
        write_text_atomic(output, schema_text())
        typer.echo(f"已写入 {output}", err=True)


templates_app = typer.Typer(help="模板集：列出内置模板集，或复制一份来修改。", no_args_is_help=True)
app.add_typer(templates_app, name="templates")


@templates_app.command("list")
@friendly_errors
def templates_list() -> None:
    """列出内置模板集。"""
    from speechwriter.compose.template_set import builtin_template_sets

    for name, description in builtin_template_sets().items():
        typer.echo(f"{name}\t{description}")


@templates_app.command("copy")
@friendly_errors
def templates_copy(
    name: Annotated[str, typer.Argument(help="内置模板集的名称，如 default。")],
    folder: Annotated[Path, typer.Argument(help="复制到这个文件夹（不存在会新建）。")],
    force: Annotated[bool, typer.Option("--force", metavar="", help="覆盖文件夹里已有的同名文件。")] = False,
) -> None:
    """把内置模板集复制到文件夹，修改后用 --template 文件夹 使用；只留想改的文件也可以，其余沿用内置模板。"""
    from speechwriter.compose.template_set import copy_template_set

    written = copy_template_set(name, folder, force)
    typer.echo(f"已复制 {len(written)} 个文件到 {folder}。修改后用：speechwriter render 档案 --template {folder}")


presets_app = typer.Typer(help="素材库：按行业和岗位提供的岗位认识、竞聘优势和工作设想建议。", no_args_is_help=True)
app.add_typer(presets_app, name="presets")


@presets_app.command("list")
@friendly_errors
def presets_list() -> None:
    """列出素材：名称、行业/岗位、适用岗位和出处。"""
    from speechwriter.cli.presets import list_presets

    list_presets()


@presets_app.command("show")
@friendly_errors
def presets_show(
    name: Annotated[str, typer.Argument(help="素材名称，或“行业/岗位”，如 保险/理赔。", metavar="NAME")],
) -> None:
    """显示一份素材的全部建议。"""
    from speechwriter.cli.presets import show_preset

    show_preset(name)


profiles_app = typer.Typer(help="管理档案库中保存的答案档案。", no_args_is_help=True)
app.add_typer(profiles_app, name="profiles")


@profiles_app.command("list")
@friendly_errors
def profiles_list() -> None:
    """列出已保存的档案（最近修改的在前）。"""
    from speechwriter.cli.profiles import list_profiles

    list_profiles()


@profiles_app.command("show")
@friendly_errors
def profiles_show(
    name: Annotated[str, typer.Argument(help="档案名称或路径。", metavar="PROFILE")],
) -> None:
    """显示一个档案的内容（YAML）。"""
    from speechwriter.cli.profiles import show_profile

    show_profile(name)


@profiles_app.command("delete")
@friendly_errors
def profiles_delete(
    name: Annotated[str, typer.Argument(help="档案名称。", metavar="NAME")],
    yes: Annotated[bool, typer.Option("--yes", "-y", metavar="", help="不询问，直接删除。")] = False,
) -> None:
    """删除档案库中的一个档案。"""
    from speechwriter.cli.profiles import delete_profile

    delete_profile(name, yes)


@profiles_app.command("path")
@friendly_errors
def profiles_path(
    name: Annotated[str | None, typer.Argument(help="档案名称；不给时显示档案库所在的文件夹。")] = None,
) -> None:
    """显示档案库的位置，或某个档案的文件路径。"""
    from speechwriter.cli.profiles import show_path

    show_path(name)


def main(argv: list[str] | None = None) -> None:
    """Run the command line; exit with 0, or non-zero after a short Chinese message."""
    command = typer.main.get_command(app)
    try:
        result = command.main(args=argv, prog_name="speechwriter", standalone_mode=False)
    except UserError as error:
        print(f"错误：{error.message}", file=sys.stderr)
        sys.exit(error.exit_code)
    except UsageError as error:
        context = getattr(error, "ctx", None)
        where = context.command_path if context else "speechwriter"
        print(f"用法错误：{error.format_message()}", file=sys.stderr)  # type: ignore[attr-defined]
        print(f"运行 {where} --help 查看用法。", file=sys.stderr)
        sys.exit(2)
    except ClickException as error:
        print(f"错误：{error.format_message()}", file=sys.stderr)  # type: ignore[attr-defined]
        sys.exit(getattr(error, "exit_code", 1))
    except (typer.Abort, KeyboardInterrupt):
        print("\n已取消。", file=sys.stderr)
        sys.exit(130)
    except BrokenPipeError:
        sys.stderr.close()
        sys.exit(0)
    except Exception as error:  # a bug: short message, traceback only on request
        if os.environ.get("SPEECHWRITER_DEBUG"):
            traceback.print_exc()
        print(
            f"内部错误（{type(error).__name__}：{error}）。这是 speechwriter 的缺陷，"
            "请设置 SPEECHWRITER_DEBUG=1 重新运行，并把输出报告给维护者。",
            file=sys.stderr,
        )
        sys.exit(70)
    sys.exit(result if isinstance(result, int) else 0)
