"""The ``speechwriter`` entry point: every command, with errors shown in Chinese, never as tracebacks."""

from __future__ import annotations

import os
import sys
import traceback

import typer

# Each command module registers its commands on the application when imported.
from speechwriter.cli import check, interview, presets, profiles, render, schema, templates  # noqa: F401
from speechwriter.cli.root import app
from speechwriter.common.errors import UserError

__all__ = ["main"]


def _ancestor(cls: type, name: str) -> type[Exception]:
    """A base class of ``cls`` by name (typer may vendor click, so it is not imported)."""
    return next(base for base in cls.__mro__ if base.__name__ == name)


_UsageError = _ancestor(typer.BadParameter, "UsageError")
_ClickException = _ancestor(typer.BadParameter, "ClickException")


def main(argv: list[str] | None = None) -> None:
    """Run the command line; exit with 0, or non-zero after a short Chinese message."""
    command = typer.main.get_command(app)
    try:
        result = command.main(args=argv, prog_name="speechwriter", standalone_mode=False)
    except UserError as error:
        print(f"错误：{error.message}", file=sys.stderr)
        sys.exit(error.exit_code)
    except _UsageError as error:
        context = getattr(error, "ctx", None)
        where = context.command_path if context else "speechwriter"
        print(f"用法错误：{error.format_message()}", file=sys.stderr)  # type: ignore[attr-defined]
        print(f"运行 {where} --help 查看用法。", file=sys.stderr)
        sys.exit(2)
    except _ClickException as error:
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
