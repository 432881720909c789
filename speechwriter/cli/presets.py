"""``speechwriter presets list|show NAME``."""

from __future__ import annotations

from typing import Annotated

import typer

from speechwriter.cli.root import presets_app

__all__ = ["presets_list", "presets_show"]


_KIND_TITLES = {
    "understanding": "对岗位的认识",
    "understanding_points": "岗位的具体要求",
    "strengths": "竞聘优势",
    "plan": "工作设想",
}


@presets_app.command("list")
def presets_list() -> None:
    """列出素材：名称、行业/岗位、适用岗位和出处。"""
    _list_presets()


@presets_app.command("show")
def presets_show(
    name: Annotated[str, typer.Argument(help="素材名称，或“行业/岗位”，如 保险/理赔。", metavar="NAME")],
) -> None:
    """显示一份素材的全部建议。"""
    _show_preset(name)


def _list_presets() -> None:
    """One line per preset: name, industry/role, what it is for, its sources."""
    from speechwriter.library.presets import all_presets

    for preset in all_presets().values():
        sources = "、".join(preset.sources)
        typer.echo(f"{preset.name}\t{preset.industry}/{preset.role}\t{preset.title}（提炼自{sources}）")


def _show_preset(name: str) -> None:
    """Every suggestion of one preset, grouped."""
    from speechwriter.library.presets import find_preset

    preset = find_preset(name)
    typer.echo(f"{preset.industry}/{preset.role}：{preset.title}（提炼自{'、'.join(preset.sources)}）")
    for kind, title in _KIND_TITLES.items():
        suggestions = preset.suggestions(kind)  # type: ignore[arg-type]
        if not suggestions:
            continue
        typer.echo(f"\n{title}：")
        for number, item in enumerate(suggestions, start=1):
            if isinstance(item, str):
                typer.echo(f"  {number}. {item}")
            else:
                detail = f"——{item['detail']}" if item.get("detail") else ""
                typer.echo(f"  {number}. {item['headline']}{detail}")
