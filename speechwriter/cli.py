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
from speechwriter.errors import UserError

app = typer.Typer(
    name="speechwriter",
    help="竞聘演讲稿写作助手：由答案档案（YAML）生成演讲稿（Markdown、纯文本）。",
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
        typer.Option("--version", callback=_version, is_eager=True, help="显示版本号后退出。"),
    ] = False,
) -> None:
    """竞聘演讲稿写作助手。"""


@app.command()
@friendly_errors
def render(
    profiles: Annotated[
        list[str], typer.Argument(help="答案档案（YAML 文件），可以给多个。", metavar="PROFILE...")
    ],
    output: Annotated[
        Path | None,
        typer.Option("-o", "--output", help="写入这个文件；格式由扩展名决定（.md、.txt）。"),
    ] = None,
    out_dir: Annotated[
        Path | None,
        typer.Option(
            "--out-dir", help="多个档案时写入这个文件夹，每个档案一个文件，以档案名命名。"
        ),
    ] = None,
    format_name: Annotated[
        str | None,
        typer.Option("--format", "-f", help="输出格式：md 或 txt。默认按扩展名，终端输出为 md。"),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="覆盖已存在的输出文件。")] = False,
) -> None:
    """由答案档案生成演讲稿。不给 -o 时演讲稿输出到终端，提示信息输出到标准错误。"""
    from speechwriter.rendering import render_command

    render_command(profiles, output, out_dir, format_name, force)


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
