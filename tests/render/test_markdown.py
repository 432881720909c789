from __future__ import annotations

import html
from pathlib import Path

import pytest

from speechwriter.compose.composer import compose
from speechwriter.profile.model import Profile
from speechwriter.render.markdown import escape_markdown, render_markdown
from speechwriter.speech.model import Enumeration, Item, Paragraph, Section, Speech
from tests.conftest import EXAMPLES, GOLDEN, TODAY, Golden, minimal_data


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_golden_markdown(path: Path, golden: Golden) -> None:
    """Rendered examples match the checked-in files (update with ``make golden``)."""
    golden.example(path, "md")


def test_every_example_has_a_golden_file() -> None:
    assert sorted(p.stem for p in GOLDEN.glob("*.md")) == sorted(p.stem for p in EXAMPLES)


def _speech(*blocks: Paragraph | Enumeration) -> Speech:
    return Speech(title="标题", author="某", sections=[Section(key="s", title="部分", blocks=list(blocks))])


def test_layout_of_title_sections_and_items() -> None:
    speech = _speech(
        Paragraph(text="开头。"),
        Enumeration(style="一是", items=[Item(marker="一是", headline="要点。", detail="内容")]),
        Enumeration(style="一、", items=[Item(marker="一、", headline="小标题", detail="说明")]),
    )
    assert render_markdown(speech) == (
        "# 标题\n\n<!-- 部分 -->\n\n开头。\n\n一是**要点**，内容。\n\n一、**小标题**\n\n说明。\n"
    )


def test_bold_headline_closes_before_chinese_punctuation() -> None:
    text = render_markdown(_speech(Enumeration(style="一是", items=[Item(marker="一是", headline="“好”的。")])))
    assert "一是“**好”的**。" in text


@pytest.mark.parametrize(
    ("raw", "escaped"),
    [
        ("{{ 7*7 }}", "{{ 7*7 }}"),
        ("a*b*c", "a\\*b\\*c"),
        ("# 不是标题", "\\# 不是标题"),
        ("- 不是列表", "\\- 不是列表"),
        ("1. 不是列表", "1\\. 不是列表"),
        ("12) 不是列表", "12\\) 不是列表"),
        ("<b>粗</b>", "\\<b>粗\\</b>"),
        ("[链接](x)", "\\[链接\\](x)"),
        ("反斜杠\\和`代码`", "反斜杠\\\\和\\`代码\\`"),
        ("普通的中文，5 < 6", "普通的中文，5 < 6"),
    ],
)
def test_escape_markdown(raw: str, escaped: str) -> None:
    assert escape_markdown(raw) == escaped


@pytest.mark.parametrize(
    "raw",
    ["{{ 7*7 }}", "a*b*c", "# 不是标题", "- 不是列表", "1. 不是列表", "12) 不是列表", "<b>粗</b>", "[链接](x)",
     "反斜杠\\和`代码`", "普通的中文，5 < 6", "2026.", "**张三** <script>"],
)  # fmt: skip
def test_escaped_text_reads_as_typed_in_a_commonmark_viewer(raw: str) -> None:
    """A CommonMark renderer shows the escaped text exactly as the user typed it, in one plain paragraph."""
    commonmark = pytest.importorskip("markdown_it").MarkdownIt("commonmark")
    assert commonmark.render(escape_markdown(raw)) == f"<p>{html.escape(raw)}</p>\n"


def test_user_markup_is_shown_not_interpreted() -> None:
    profile = Profile.model_validate(minimal_data(speaker={"name": "**张三** <script>"}))
    text = render_markdown(compose(profile, today=TODAY))
    assert "\\*\\*张三\\*\\* \\<script>" in text
