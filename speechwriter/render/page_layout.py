"""Print layouts for the Word renderer, as data: one YAML file per layout.

Built-in layouts are in ``speechwriter/data/layouts`` (``official`` after
GB/T 9704-2012, ``stage`` for reading aloud). ``--layout PATH`` loads an
organisation's own file, with the same clear errors as a bad profile.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from speechwriter.common.errors import UserError
from speechwriter.common.reading import parse_yaml, read_text_file
from speechwriter.common.resources import DATA_DIR
from speechwriter.common.validation_messages import format_validation_error

__all__ = [
    "DEFAULT_LAYOUT",
    "LAYOUTS_DIR",
    "BodyFont",
    "Font",
    "Page",
    "PageLayout",
    "PageNumber",
    "TitleFont",
    "builtin_layouts",
    "load_layout",
]

LAYOUTS_DIR = DATA_DIR / "layouts"
DEFAULT_LAYOUT = "official"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


_MIN_TEXT_MM = 40


class Page(_Strict):
    """Paper size and margins, in millimetres."""

    width_mm: float = Field(default=210, gt=50, le=1000, title="纸宽（毫米）")
    height_mm: float = Field(default=297, gt=50, le=1000, title="纸高（毫米）")
    margin_top_mm: float = Field(ge=0, le=100, title="上边距（毫米）")
    margin_bottom_mm: float = Field(ge=0, le=100, title="下边距（毫米）")
    margin_left_mm: float = Field(ge=0, le=100, title="左边距（毫米）")
    margin_right_mm: float = Field(ge=0, le=100, title="右边距（毫米）")

    @model_validator(mode="after")
    def _text_fits(self) -> Page:
        """The margins leave room for text (at least 40 mm each way)."""
        width = self.width_mm - self.margin_left_mm - self.margin_right_mm
        height = self.height_mm - self.margin_top_mm - self.margin_bottom_mm
        if width < _MIN_TEXT_MM or height < _MIN_TEXT_MM:
            raise ValueError(
                f"边距太大，留给正文的只有 {width:g}×{height:g} 毫米（至少 {_MIN_TEXT_MM} 毫米见方）；请减小边距"
            )
        return self


class Font(_Strict):
    """A font for Chinese (``east_asia``) and Latin text, and its size in points."""

    east_asia: str = Field(min_length=1, title="中文字体", examples=["仿宋", "仿宋_GB2312", "黑体"])
    latin: str = Field(default="Times New Roman", min_length=1, title="西文字体")
    size_pt: float = Field(ge=6, le=72, title="字号（磅）", description="三号 16，小二 18，二号 22")


class TitleFont(Font):
    """The title's font and the gap below it."""

    space_after_lines: float = Field(default=1, ge=0, le=5, title="标题后空行数")


class BodyFont(Font):
    """Body text: font, fixed line spacing, first-line indent and paragraph gap."""

    line_spacing_pt: float = Field(ge=6, le=100, title="固定行距（磅）", description="公文约 28.95")
    first_line_indent_chars: float = Field(default=2, ge=0, le=4, title="首行缩进（字符）")
    space_after_pt: float = Field(default=0, ge=0, le=72, title="段后间距（磅）")
    align: Literal["left", "justify"] = Field(
        default="left",
        title="对齐方式",
        description="left：左对齐（行末标点可悬挂，各软件显示一致）；justify：两端对齐"
        "（LibreOffice 会吞掉悬挂在行末的标点）",
    )


class PageNumber(Font):
    """Page numbers in the footer: font and form."""

    format: str = Field(
        default="— {PAGE} —",
        title="页码格式",
        description="{PAGE} 为当前页码，{NUMPAGES} 为总页数",
        examples=["— {PAGE} —", "第 {PAGE} 页 共 {NUMPAGES} 页"],
    )

    @field_validator("format")
    @classmethod
    def _has_page(cls, value: str) -> str:
        if "{PAGE}" not in value:
            raise ValueError("页码格式里要有 {PAGE}")
        leftover = value.replace("{PAGE}", "").replace("{NUMPAGES}", "")
        if "{" in leftover or "}" in leftover:
            raise ValueError("页码格式只认识 {PAGE} 和 {NUMPAGES}")
        return value


class PageLayout(_Strict):
    """A complete print layout."""

    name: str = Field(title="版式名称")
    description: str = Field(default="", title="说明")
    language: str = Field(default="zh-CN", title="文档语言")
    page: Page = Field(title="纸张与边距")
    title: TitleFont = Field(title="标题")
    body: BodyFont = Field(title="正文")
    heading1: Font = Field(title="一级小标题（一、）")
    heading2: Font = Field(title="二级小标题（（一））")
    page_number: PageNumber = Field(title="页码")

    @property
    def text_width_mm(self) -> float:
        """Width of the text block."""
        return self.page.width_mm - self.page.margin_left_mm - self.page.margin_right_mm


def builtin_layouts() -> dict[str, Path]:
    """The built-in layout files by name."""
    return {path.stem: path for path in sorted(LAYOUTS_DIR.glob("*.yaml"))}


def load_layout(name_or_path: str | None = None) -> PageLayout:
    """A layout by built-in name (``official``, ``stage``) or by file path."""
    name_or_path = name_or_path or DEFAULT_LAYOUT
    builtins = builtin_layouts()
    if name_or_path in builtins:
        path = builtins[name_or_path]
    else:
        path = Path(name_or_path).expanduser()
        if not path.suffix and not path.exists():
            known = "、".join(builtins)
            raise UserError(f"没有名为“{name_or_path}”的版式。内置版式：{known}；也可以给出版式文件（.yaml）的路径。")
    data, lines = parse_yaml(read_text_file(path, "版式"), str(path))
    if not isinstance(data, dict):
        raise UserError(f"版式文件 {path} 的最外层应当是“字段: 值”的形式。")
    try:
        return PageLayout.model_validate(data)
    except ValidationError as error:
        raise UserError(format_validation_error(error, lines, str(path), PageLayout, "版式文件")) from None
