"""``speechwriter templates list|copy``: the built-in template sets, and a copy to change."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from speechwriter.cli.root import templates_app

__all__ = ["templates_copy", "templates_list"]


@templates_app.command("list")
def templates_list() -> None:
    """列出内置模板集。"""
    from speechwriter.compose.template_set import builtin_template_sets

    for name, description in builtin_template_sets().items():
        typer.echo(f"{name}\t{description}")


@templates_app.command("copy")
def templates_copy(
    name: Annotated[str, typer.Argument(help="内置模板集的名称，如 default。")],
    folder: Annotated[Path, typer.Argument(help="复制到这个文件夹（不存在会新建）。")],
    force: Annotated[bool, typer.Option("--force", metavar="", help="覆盖文件夹里已有的同名文件。")] = False,
) -> None:
    """把内置模板集复制到文件夹，修改后用 --template 文件夹 使用；只留想改的文件也可以，其余沿用内置模板。"""
    from speechwriter.compose.template_set import copy_template_set

    written = copy_template_set(name, folder, force)
    typer.echo(f"已复制 {len(written)} 个文件到 {folder}。修改后用：speechwriter render 档案 --template {folder}")
