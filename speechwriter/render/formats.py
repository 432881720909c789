"""Output formats: name, file extensions and renderer, as data."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from speechwriter.common.errors import UserError
from speechwriter.render.markdown import render_markdown
from speechwriter.render.plain_text import render_text
from speechwriter.speech.model import Speech

if TYPE_CHECKING:
    from speechwriter.render.page_layout import PageLayout

__all__ = ["FORMATS", "OutputFormat", "RenderOptions", "choose_format", "format_by_name", "format_for_path"]


@dataclass(frozen=True)
class RenderOptions:
    """Choices that only some formats use (the Word layout, say)."""

    layout: PageLayout | None = None


def _docx(speech: Speech, options: RenderOptions) -> bytes:
    from speechwriter.render.page_layout import load_layout
    from speechwriter.render.word import render_docx  # python-docx is imported only when needed

    return render_docx(speech, options.layout or load_layout())


@dataclass(frozen=True)
class OutputFormat:
    """An output format: its name, the extensions it owns and how to render bytes."""

    name: str
    label: str
    extensions: tuple[str, ...]
    render: Callable[[Speech, RenderOptions], bytes]
    binary: bool = False

    @property
    def extension(self) -> str:
        """The extension used for files this tool names (``--out-dir``)."""
        return self.extensions[0]


FORMATS: dict[str, OutputFormat] = {
    "md": OutputFormat("md", "Markdown", (".md", ".markdown"), lambda s, _: render_markdown(s).encode()),
    "txt": OutputFormat("txt", "纯文本", (".txt",), lambda s, _: render_text(s).encode()),
    "docx": OutputFormat("docx", "Word", (".docx",), _docx, binary=True),
}
"""Every output format by name."""


def format_by_name(name: str) -> OutputFormat:
    """The format called ``name``; a UserError lists the known ones."""
    try:
        return FORMATS[name.lower().lstrip(".")]
    except KeyError:
        known = "、".join(FORMATS)
        raise UserError(f"不支持的输出格式“{name}”。可用的格式：{known}。") from None


def format_for_path(path: Path) -> OutputFormat:
    """The format a file name asks for, by its extension."""
    suffix = path.suffix.lower()
    for output_format in FORMATS.values():
        if suffix in output_format.extensions:
            return output_format
    known = "、".join(ext for f in FORMATS.values() for ext in f.extensions)
    hint = f"扩展名“{suffix}”" if suffix else "没有扩展名"
    raise UserError(f"{path} {hint}，无法判断输出格式。请使用 {known}，或用 --format 指定。")


def choose_format(explicit: str | None, output: Path | None) -> OutputFormat:
    """``--format`` if given (it must agree with the extension), else by extension, else md."""
    if explicit is not None:
        chosen = format_by_name(explicit)
        if output is not None and output.suffix and output.suffix.lower() not in chosen.extensions:
            raise UserError(
                f"--format {chosen.name} 与输出文件 {output} 的扩展名不一致。"
                f"请把文件名改为以 {chosen.extension} 结尾，或去掉 --format。"
            )
        return chosen
    if output is not None:
        return format_for_path(output)
    return FORMATS["md"]
