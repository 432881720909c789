"""``speechwriter schema [-o FILE]``: the answer profile's JSON Schema for editors."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from speechwriter.cli.root import app

__all__ = ["schema"]


@app.command()
def schema(
    output: Annotated[
        Path | None, typer.Option("-o", "--output", metavar="文件", help="写入这个文件；不给时输出到终端。")
    ] = None,
    force: Annotated[bool, typer.Option("--force", metavar="", help="覆盖已存在的文件。")] = False,
) -> None:
    """输出答案档案的 JSON Schema（含中文标题、说明和示例），供编辑器补全和检查。"""
    from speechwriter.common.atomic_write import write_text_atomic
    from speechwriter.profile.schema import schema_text

    if output is None:
        sys.stdout.write(schema_text())
    else:
        write_text_atomic(output, schema_text(), overwrite=force)
        typer.echo(f"已写入 {output}", err=True)
