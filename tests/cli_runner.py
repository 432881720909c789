"""Run the command line in-process exactly as the installed ``speechwriter`` does: through ``main``.

typer's CliRunner captures the streams and the exit code; the one command of
:data:`speechwriter_cli` hands the arguments untouched to
:func:`speechwriter.cli.main.main`, so error translation, exit codes and
messages are the ones users see.
"""

from __future__ import annotations

import typer
from typer.testing import CliRunner

from speechwriter.cli.main import main

speechwriter_cli = typer.Typer(add_completion=False)
"""The whole command line, arguments passed through unchanged (use with ``runner.invoke``)."""


@speechwriter_cli.command(
    context_settings={"ignore_unknown_options": True, "allow_extra_args": True, "help_option_names": []},
    add_help_option=False,
)
def _through_main(context: typer.Context) -> None:
    main(list(context.args))


runner = CliRunner()
"""A runner whose ``invoke(speechwriter_cli, [...])`` returns output, stderr and exit code."""
