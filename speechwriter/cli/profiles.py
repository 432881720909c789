"""``speechwriter profiles list|show|delete|path``."""

from __future__ import annotations

import sys

import typer

from speechwriter.common.errors import UserError
from speechwriter.common.reading import read_text_file
from speechwriter.profile.loading import load_profile
from speechwriter.profile.store import (
    HOME_VARIABLE,
    list_stored,
    path_for_name,
    profiles_dir,
    resolve,
)


def list_profiles() -> None:
    """Print one line per stored profile: name, speaker, post, last change."""
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


def show_profile(reference: str) -> None:
    """Print a profile file as saved."""
    sys.stdout.write(read_text_file(resolve(reference)))


def delete_profile(name: str, yes: bool) -> None:
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


def show_path(name: str | None) -> None:
    """Print the store folder, or the file of one profile."""
    if name is None:
        typer.echo(str(profiles_dir()))
        typer.echo(f"（可用环境变量 {HOME_VARIABLE} 指定其他位置）", err=True)
        return
    typer.echo(str(resolve(name)))
