"""``speechwriter profiles list|show|delete|path``."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from speechwriter.cli.root import profiles_app
from speechwriter.common.errors import UserError
from speechwriter.profile.store import (
    HOME_VARIABLE,
    list_stored,
    path_for_name,
    profiles_dir,
    resolve,
)

__all__ = ["profiles_delete", "profiles_list", "profiles_path", "profiles_show"]


@profiles_app.command("list")
def profiles_list() -> None:
    """列出已保存的档案（最近修改的在前）。"""
    _list_profiles()


@profiles_app.command("show")
def profiles_show(
    name: Annotated[str, typer.Argument(help="档案名称或路径。", metavar="PROFILE")],
) -> None:
    """显示一个档案的内容（YAML）。"""
    _show_profile(name)


@profiles_app.command("delete")
def profiles_delete(
    name: Annotated[str, typer.Argument(help="档案名称。", metavar="NAME")],
    yes: Annotated[bool, typer.Option("--yes", "-y", metavar="", help="不询问，直接删除。")] = False,
) -> None:
    """删除档案库中的一个档案。"""
    _delete_profile(name, yes)


@profiles_app.command("path")
def profiles_path(
    name: Annotated[str | None, typer.Argument(help="档案名称；不给时显示档案库所在的文件夹。")] = None,
) -> None:
    """显示档案库的位置，或某个档案的文件路径。"""
    _show_path(name)


def _list_profiles() -> None:
    """Print one line per stored profile: name, speaker, post, last change."""
    from speechwriter.profile.loading import load_profile

    entries = list_stored()
    if not entries:
        typer.echo(f"档案库（{profiles_dir()}）里还没有档案。用 speechwriter new 创建一个。")
        return
    for entry in entries:
        try:
            profile = load_profile(entry.path).profile
            about = f"{profile.speaker.name} · 竞聘{profile.post.title}"
        except UserError:
            about = "（内容有误，可用 speechwriter edit 修改）"
        typer.echo(f"{entry.name}\t{about}\t{entry.modified:%Y-%m-%d %H:%M}")


def _show_profile(reference: str) -> None:
    """Print a profile file as saved."""
    from speechwriter.common.reading import read_text_file

    sys.stdout.write(read_text_file(resolve(reference)))


def _delete_profile(name: str, yes: bool) -> None:
    """Delete a stored profile, asking first unless ``yes``."""
    path = path_for_name(name)
    if not path.is_file():
        resolve(name)  # raises with the list of stored names
        raise UserError(f"“{name}”不在档案库里；只能删除档案库中的档案。")
    if not yes:
        if not sys.stdin.isatty():
            raise UserError("没有终端可以确认。要删除请加 --yes。")
        if not typer.confirm(f"确定删除档案“{name}”（{path}）吗？", default=False):
            typer.echo("未删除。")
            raise typer.Exit(1)
    try:
        path.unlink()
    except OSError as error:
        raise UserError(f"无法删除 {path}：{error.strerror or error}") from None
    typer.echo(f"已删除档案“{name}”。")


def _show_path(name: str | None) -> None:
    """Print the store folder, or the file of one profile."""
    if name is None:
        typer.echo(str(profiles_dir()))
        typer.echo(f"（可用环境变量 {HOME_VARIABLE} 指定其他位置）", err=True)
        return
    typer.echo(str(resolve(name)))
