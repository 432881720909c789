"""The ``speechwriter`` Typer application and its command groups; commands register themselves."""

from __future__ import annotations

from typing import Annotated

import typer

from speechwriter import __version__

__all__ = ["app", "presets_app", "profiles_app", "templates_app"]


app = typer.Typer(
    name="speechwriter",
    help="竞聘演讲稿写作助手：回答问题或编写答案档案（YAML），生成演讲稿（Markdown、纯文本、Word）。",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)

templates_app = typer.Typer(help="模板集：列出内置模板集，或复制一份来修改。", no_args_is_help=True)
app.add_typer(templates_app, name="templates")

presets_app = typer.Typer(help="素材库：按行业和岗位提供的岗位认识、竞聘优势和工作设想建议。", no_args_is_help=True)
app.add_typer(presets_app, name="presets")

profiles_app = typer.Typer(help="管理档案库中保存的答案档案。", no_args_is_help=True)
app.add_typer(profiles_app, name="profiles")


def _version(value: bool) -> None:
    if value:
        print(f"speechwriter {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option("--version", metavar="", callback=_version, is_eager=True, help="显示版本号后退出。"),
    ] = False,
) -> None:
    """竞聘演讲稿写作助手。"""
