"""``speechwriter presets list [关键词] | show NAME | apply NAME --name 姓名``: the content library."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from speechwriter.cli.root import presets_app
from speechwriter.common.errors import UserError

__all__ = ["presets_apply", "presets_list", "presets_show"]


_KIND_TITLES = {
    "understanding": "对岗位的认识",
    "understanding_points": "岗位的具体要求",
    "strengths": "竞聘优势",
    "plan": "工作设想",
}


@presets_app.command("list")
def presets_list(
    keyword: Annotated[
        str | None,
        typer.Argument(help="只列出名称、行业、岗位或关键词里含有它的素材，如 护士、学校。", metavar="关键词"),
    ] = None,
    output_format: Annotated[
        str, typer.Option("--format", "-f", metavar="text|json", help="列表格式：text 或 json（供脚本使用）。")
    ] = "text",
) -> None:
    """按行业列出素材：名称、岗位和适用范围；可以用关键词查找。"""
    _list_presets(keyword, output_format)


@presets_app.command("apply")
def presets_apply(
    name: Annotated[str, typer.Argument(help="素材名称，或“行业/岗位”，如 医疗卫生/护士长。", metavar="NAME")],
    speaker: Annotated[str, typer.Option("--name", metavar="姓名", help="演讲人的姓名（必填）。")],
    output: Annotated[
        Path | None,
        typer.Option("-o", "--output", metavar="档案.yaml", help="写入这个文件；不给时保存到档案库，名为“姓名-岗位”。"),
    ] = None,
    force: Annotated[bool, typer.Option("--force", metavar="", help="覆盖已存在的档案。")] = False,
) -> None:
    """用一份素材的全部建议生成起步档案：再用 edit 改成自己的话、补上自己的经历，就是第一稿。"""
    from speechwriter.common.atomic_write import write_text_atomic
    from speechwriter.library.presets import find_preset, starter_profile
    from speechwriter.profile.loading import dump_profile, profile_from_data
    from speechwriter.profile.schema import ensure_store_schema, modeline
    from speechwriter.profile.store import display_name, target_path

    preset = find_preset(name)
    if not speaker.strip():
        raise UserError("--name 不能为空：请写上演讲人的姓名。")
    data = starter_profile(preset, speaker.strip())
    profile, _ = profile_from_data(data, f"素材 {preset.name}")
    path = output if output is not None else target_path(f"{speaker.strip()}-{profile.post.title}")
    write_text_atomic(path, dump_profile(profile, modeline(ensure_store_schema())), overwrite=force)
    shown = display_name(path)
    typer.echo(f"已生成起步档案：{shown}（{path}）")
    typer.echo(f"下一步：speechwriter edit {shown} 改成自己的话；speechwriter render {shown} 生成演讲稿。")


@presets_app.command("show")
def presets_show(
    name: Annotated[str, typer.Argument(help="素材名称，或“行业/岗位”，如 保险/理赔。", metavar="NAME")],
) -> None:
    """显示一份素材的全部建议。"""
    _show_preset(name)


def _list_presets(keyword: str | None, output_format: str) -> None:
    """The presets matching ``keyword``, grouped by sector (text) or as a JSON list."""
    import json

    from speechwriter.library.presets import search_presets

    if output_format not in ("text", "json"):
        raise UserError(f"--format 只能是 text 或 json，而不是“{output_format}”。")
    found = search_presets(keyword)
    if output_format == "json":
        rows = [{"name": p.name, "sector": p.industry, "post": p.role, "title": p.title} for p in found]
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    if not found:
        raise UserError(f"没有找到含“{keyword}”的素材。不加关键词可以列出全部：speechwriter presets list")
    sector = None
    for preset in found:
        if preset.industry != sector:
            sector = preset.industry
            typer.echo(f"{sector}：")
        typer.echo(f"  {preset.name}\t{preset.role}\t{preset.title}")
    typer.echo(f"\n共 {len(found)} 份。查看：speechwriter presets show 名称")
    typer.echo("生成起步档案：speechwriter presets apply 名称 --name 姓名")


def _show_preset(name: str) -> None:
    """Every suggestion of one preset, grouped."""
    from speechwriter.library.presets import find_preset

    preset = find_preset(name)
    origin = f"（提炼自{'、'.join(preset.sources)}）" if preset.sources else ""
    typer.echo(f"{preset.industry}/{preset.role}：{preset.title}{origin}")
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
