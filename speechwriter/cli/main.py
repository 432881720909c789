"""The ``speechwriter`` entry point: every command, with errors shown in Chinese, never as tracebacks."""

from __future__ import annotations

import errno
import os
import sys
import traceback
from typing import NoReturn

import typer

# Each command module registers its commands on the application when imported.
from speechwriter.cli import check, interview, presets, profiles, render, schema, templates  # noqa: F401
from speechwriter.cli.root import app
from speechwriter.common.chinese_text import printable
from speechwriter.common.errors import UserError

__all__ = ["main"]


def _ancestor(cls: type, name: str) -> type[Exception]:
    """A base class of ``cls`` by name (typer may vendor click, so it is not imported)."""
    return next(base for base in cls.__mro__ if base.__name__ == name)


_UsageError = _ancestor(typer.BadParameter, "UsageError")
_ClickException = _ancestor(typer.BadParameter, "ClickException")


_USER_CAUSED = {
    errno.ENAMETOOLONG: "文件名或路径太长，请用短一些的名字",
    errno.ELOOP: "路径里的符号链接绕成了圈，请检查链接",
    errno.EOVERFLOW: "文件或数值超出了系统能处理的范围",
}
"""File-system failures a user's input causes (the others are reported as defects)."""


def _internal_error(error: BaseException) -> NoReturn:
    if os.environ.get("SPEECHWRITER_DEBUG"):
        traceback.print_exc()
    print(
        f"内部错误（{type(error).__name__}：{error}）。这是 speechwriter 的缺陷，"
        "请设置 SPEECHWRITER_DEBUG=1 重新运行，并把输出报告给维护者。",
        file=sys.stderr,
    )
    sys.exit(70)


def main(argv: list[str] | None = None) -> None:
    """Run the command line; exit with 0, or non-zero after a short Chinese message."""
    command = typer.main.get_command(app)
    try:
        result = command.main(args=argv, prog_name="speechwriter", standalone_mode=False)
    except UserError as error:
        print(f"错误：{printable(error.message)}", file=sys.stderr)
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
    except OSError as error:
        if error.errno not in _USER_CAUSED:
            _internal_error(error)
        where = f"（{str(error.filename)[:60]}…）" if error.filename else ""
        print(f"错误：{_USER_CAUSED[error.errno]}{where}", file=sys.stderr)
        sys.exit(2)
    except RuntimeError as error:
        if "home directory" not in str(error):
            _internal_error(error)
        print("错误：路径里的“~用户名”找不到这个用户。请写出完整的路径。", file=sys.stderr)
        sys.exit(2)
    except Exception as error:  # a bug: short message, traceback only on request
        _internal_error(error)
    sys.exit(result if isinstance(result, int) else 0)
