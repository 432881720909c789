"""The .docx read back with python-docx: content, order, page, fonts, fields, properties."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from speechwriter.compose.composer import compose
from speechwriter.profile.loading import load_profile
from speechwriter.render.markdown import render_markdown
from speechwriter.render.page_layout import load_layout
from speechwriter.render.word import render_docx
from speechwriter.speech.model import Enumeration, Item, Paragraph, Section, Speech, speech_lines
from tests.conftest import EXAMPLES, TODAY

THEME_ATTRIBUTES = ["w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"]


def _speech(path: Path) -> Speech:
    return compose(load_profile(path).profile, today=TODAY)


def _document(speech: Speech, layout: str = "official") -> docx.document.Document:
    return docx.Document(io.BytesIO(render_docx(speech, load_layout(layout))))


_COMMONMARK_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
"""A backslash before ASCII punctuation; CommonMark shows any other backslash as typed."""


def _markdown_paragraphs(markdown: str) -> list[str]:
    """The Markdown's blocks as a reader sees them: heading mark, bold marks and CommonMark escapes removed."""
    blocks = [b for b in markdown.strip().split("\n\n") if not b.startswith("<!--")]
    return [_COMMONMARK_ESCAPE.sub(r"\1", b.removeprefix("# ").replace("**", "")) for b in blocks]


def _printed_lines(speech: Speech) -> list[str]:
    """Every line of the speech that is printed, exactly as the speech model has it."""
    return [line.text for line in speech_lines(speech) if line.role != "section"]


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_same_paragraphs_in_the_same_order_as_markdown(path: Path) -> None:
    speech = _speech(path)
    document = _document(speech)
    assert [p.text for p in document.paragraphs] == _printed_lines(speech)
    assert _markdown_paragraphs(render_markdown(speech)) == _printed_lines(speech)


def test_text_markdown_would_escape_is_printed_exactly_in_word() -> None:
    typed = ["1. 不是列表", "# 不是标题", "- 不是列表", "反斜杠\\和`代码`", "a*b*c", "[链接](x)", "<b>粗</b>"]
    speech = Speech(
        title="1. 标题",
        author="某",
        sections=[Section(key="a", title="甲", blocks=[Paragraph(text=text) for text in typed])],
    )
    assert [p.text for p in _document(speech).paragraphs] == ["1. 标题", *typed]
    assert _markdown_paragraphs(render_markdown(speech)) == ["1. 标题", *typed]


@pytest.mark.parametrize("layout", ["official", "stage"])
def test_page_size_and_margins(layout: str) -> None:
    expected = load_layout(layout).page
    section = _document(_speech(EXAMPLES[0]), layout).sections[0]
    assert abs(section.page_width - Mm(210)) < Mm(0.1) and abs(section.page_height - Mm(297)) < Mm(0.1)
    for attribute in ("top", "bottom", "left", "right"):
        actual = getattr(section, f"{attribute}_margin")
        assert abs(actual - Mm(getattr(expected, f"margin_{attribute}_mm"))) < Mm(0.1), attribute


def _east_asia(r_pr: object) -> str | None:
    fonts = r_pr.find(qn("w:rFonts"))  # type: ignore[attr-defined]
    assert fonts is not None
    for attribute in THEME_ATTRIBUTES:
        assert fonts.get(qn(attribute)) is None
    return fonts.get(qn("w:eastAsia"))


def test_official_styles_sizes_and_east_asian_fonts() -> None:
    document = _document(_speech(EXAMPLES[2]))  # has 一、 headings
    styles = document.styles
    assert styles["Normal"].font.size == Pt(16)
    assert _east_asia(styles["Normal"].element.rPr) == "仿宋"
    assert styles["演讲稿标题"].font.size == Pt(22)
    assert _east_asia(styles["演讲稿标题"].element.rPr) == "方正小标宋简体"
    assert _east_asia(styles["Heading 1"].element.rPr) == "黑体"
    assert _east_asia(styles["Heading 2"].element.rPr) == "楷体"
    normal = styles["Normal"].paragraph_format
    assert normal.line_spacing == Pt(28.95)
    assert normal.first_line_indent == Pt(32)
    assert normal.element.pPr.find(qn("w:ind")).get(qn("w:firstLineChars")) == "200"
    defaults = styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    assert _east_asia(defaults) == "仿宋"
    assert defaults.find(qn("w:lang")).get(qn("w:eastAsia")) == "zh-CN"
    settings = document.settings.element.find(qn("w:themeFontLang"))
    assert settings.get(qn("w:eastAsia")) == "zh-CN"
    headings = [p for p in document.paragraphs if p.style.name == "Heading 1"]
    assert [p.text[:2] for p in headings] == ["一、", "二、", "三、"]
    assert document.paragraphs[0].style.name == "演讲稿标题"
    for paragraph in document.paragraphs:
        for run in paragraph.runs:
            assert _east_asia(run._r.rPr) in {"仿宋", "黑体", "楷体", "方正小标宋简体"}


def test_bold_headlines_in_inline_items() -> None:
    document = _document(_speech(EXAMPLES[0]))
    item = next(p for p in document.paragraphs if p.text.startswith("一是"))
    assert [(run.text, bool(run.bold)) for run in item.runs][:2] == [("一是", False), ("经验丰富，业绩过硬。", True)]


def _footer_xml(document: docx.document.Document) -> str:
    return document.sections[0].footer._element.xml


def test_page_number_fields() -> None:
    official = _footer_xml(_document(_speech(EXAMPLES[0])))
    assert re.search(r"<w:instrText[^>]*> PAGE </w:instrText>", official)
    assert "NUMPAGES" not in official
    assert "— </w:t>" in official and "> —</w:t>" in official
    stage = _footer_xml(_document(_speech(EXAMPLES[0]), "stage"))
    assert "> PAGE <" in stage and "> NUMPAGES <" in stage and "第 </w:t>" in stage


def test_properties_name_title_and_author_not_the_library() -> None:
    speech = _speech(EXAMPLES[1])
    data = render_docx(speech, load_layout())
    properties = docx.Document(io.BytesIO(data)).core_properties
    assert properties.title == speech.title and properties.author == speech.author
    package = zipfile.ZipFile(io.BytesIO(data))
    for name in package.namelist():
        assert b"python-docx" not in package.read(name), name
    assert not any("thumbnail" in name for name in package.namelist())


def test_characters_xml_cannot_hold_never_crash() -> None:
    speech = Speech(
        title="标\x00题",
        author="张\x1b三",
        sections=[Section(key="a", title="甲", blocks=[Paragraph(text="正文\x07内容\x00")])],
    )
    document = _document(speech)
    assert [p.text for p in document.paragraphs] == ["标题", "正文内容"]
    assert document.core_properties.author == "张三"


def test_stage_is_larger_than_official() -> None:
    speech = _speech(EXAMPLES[0])
    assert _document(speech, "stage").styles["Normal"].font.size > _document(speech).styles["Normal"].font.size


def test_same_speech_same_bytes_and_no_dates() -> None:
    speech = _speech(EXAMPLES[0])
    first, second = render_docx(speech, load_layout()), render_docx(speech, load_layout())
    assert first == second
    package = zipfile.ZipFile(io.BytesIO(first))
    assert {info.date_time for info in package.infolist()} == {(1980, 1, 1, 0, 0, 0)}
    assert b"dcterms:created" not in package.read("docProps/core.xml")


def test_source_date_epoch_sets_the_document_date(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")  # 2026-01-01 00:00 UTC
    properties = _document(_speech(EXAMPLES[0])).core_properties
    assert properties.created is not None and properties.created.year == 2026


def _headed_speech() -> Speech:
    """A speech with 一、 items (level-1 headings) and （一） items (level-2 headings)."""
    level1 = Enumeration(
        style="一、",
        items=[
            Item(marker="一、", headline="抓服务", detail="细"),
            Item(marker="二、", headline="带队伍", detail="严"),
        ],
    )
    level2 = Enumeration(
        style="（一）",
        items=[Item(marker="（一）", headline="先调研", detail="一个月"), Item(marker="（二）", headline="再落实")],
    )
    return Speech(
        title="竞聘演讲稿",
        author="某",
        sections=[Section(key="plan", title="工作设想", blocks=[Paragraph(text="我有两点设想："), level1, level2])],
    )


def test_heading_levels_follow_the_enumeration_style() -> None:
    document = _document(_headed_speech())
    assert [(p.style.name, p.text) for p in document.paragraphs] == [
        ("演讲稿标题", "竞聘演讲稿"),
        ("Normal", "我有两点设想："),
        ("Heading 1", "一、抓服务"),
        ("Normal", "细。"),
        ("Heading 1", "二、带队伍"),
        ("Normal", "严。"),
        ("Heading 2", "（一）先调研"),
        ("Normal", "一个月。"),
        ("Heading 2", "（二）再落实"),
    ]


@pytest.mark.parametrize("layout", ["official", "stage"])
def test_headings_stay_with_their_text_and_no_line_is_left_alone(layout: str) -> None:
    """Title and headings keep with the next paragraph; every paragraph has widow/orphan control."""
    document = _document(_headed_speech(), layout)
    for name in ("演讲稿标题", "Heading 1", "Heading 2"):
        assert document.styles[name].paragraph_format.keep_with_next is True, name
    for name in ("Normal", "演讲稿标题", "Heading 1", "Heading 2"):
        assert document.styles[name].paragraph_format.widow_control is True, name
    for paragraph in document.paragraphs:
        own = paragraph.paragraph_format
        assert own.widow_control is not False and own.keep_with_next is not False, paragraph.text
        if paragraph.style.name != "Normal":
            assert paragraph.style.paragraph_format.keep_with_next is True, paragraph.text


def test_a_title_or_name_longer_than_word_allows_is_shortened_in_the_properties() -> None:
    speech = Speech(
        title="题" * 400,
        author="王" * 300,
        sections=[Section(key="a", title="甲", blocks=[Paragraph(text="正文。")])],
    )
    data = render_docx(speech, load_layout())
    core = zipfile.ZipFile(io.BytesIO(data)).read("docProps/core.xml").decode("utf-8")
    assert "题" * 254 + "…" in core and "题" * 256 not in core
    body = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode("utf-8")
    assert "题" * 400 in body  # the document itself keeps the whole title
