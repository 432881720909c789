"""Render a speech as a print-ready Word document (python-docx), laid out by a :class:`PageLayout`.

Chinese fonts are set as ``w:eastAsia`` on the styles, the document
defaults and every run, with theme-font attributes removed, and the document
language is zh-CN, so Word and WPS really use them. Page numbers are PAGE
(and NUMPAGES) fields in the footer. python-docx is imported only here.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import Any

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from speechwriter.common.chinese_text import remove_control_chars
from speechwriter.common.script import SIMPLIFIED, converter
from speechwriter.render.page_layout import Font, PageLayout
from speechwriter.render.reproducible import fixed_zip_times, source_date
from speechwriter.speech.model import Speech, SpeechLine, speech_lines

__all__ = ["render_docx"]

_TITLE_STYLE = "演讲稿标题"
_HEADING_STYLES = {1: "Heading 1", 2: "Heading 2"}
_THEME_ATTRIBUTES = ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme")
_FIELD = re.compile(r"\{(PAGE|NUMPAGES)\}")
_BLACK = RGBColor(0, 0, 0)
_SECTION_PROPERTIES = qn("w:sectPr")
_ALIGNMENTS = {"left": WD_ALIGN_PARAGRAPH.LEFT, "justify": WD_ALIGN_PARAGRAPH.JUSTIFY}
_APP_PROPERTIES = (
    b"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
    b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
    b"<Application>speechwriter</Application><DocSecurity>0</DocSecurity></Properties>"
)


def _twips(points: float) -> int:
    return round(points * 20)


def _set_fonts(r_pr: Any, font: Font) -> None:
    """Explicit Latin and East Asian fonts on an ``w:rPr``, theme fonts removed."""
    r_fonts = r_pr.find(qn("w:rFonts"))
    if r_fonts is None:
        r_fonts = OxmlElement("w:rFonts")
        r_pr.insert(0, r_fonts)
    for attribute in _THEME_ATTRIBUTES:
        r_fonts.attrib.pop(qn(attribute), None)
    r_fonts.set(qn("w:ascii"), font.latin)
    r_fonts.set(qn("w:hAnsi"), font.latin)
    r_fonts.set(qn("w:cs"), font.latin)
    r_fonts.set(qn("w:eastAsia"), font.east_asia)


def _set_language(r_pr: Any, language: str) -> None:
    lang = r_pr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        r_pr.append(lang)
    lang.set(qn("w:val"), "en-US")
    lang.set(qn("w:eastAsia"), language)


def _style_font(style: Any, font: Font, *, bold: bool = False) -> None:
    style.font.size = Pt(font.size_pt)
    style.font.bold = bold
    style.font.italic = False
    style.font.color.rgb = _BLACK
    _set_fonts(style.element.get_or_add_rPr(), font)


def _indent(paragraph_format: Any, chars: float, size_pt: float) -> None:
    """First-line indent in characters (``w:firstLineChars``) and in length, for every client."""
    paragraph_format.first_line_indent = Pt(chars * size_pt)
    ind = paragraph_format.element.get_or_add_pPr().find(qn("w:ind"))
    if ind is not None:
        ind.set(qn("w:firstLineChars"), str(round(chars * 100)))


def _paragraph_style(style: Any, layout: PageLayout, font: Font, *, indent: bool, align: Any) -> None:
    body = layout.body
    paragraph = style.paragraph_format
    paragraph.alignment = align
    paragraph.line_spacing = Pt(body.line_spacing_pt)
    paragraph.space_before = Pt(0)
    paragraph.space_after = Pt(body.space_after_pt)
    paragraph.widow_control = True
    if indent:
        _indent(paragraph, body.first_line_indent_chars, font.size_pt)
    else:
        paragraph.first_line_indent = Pt(0)


def _setup_styles(document: Any, layout: PageLayout) -> None:
    styles = document.styles
    defaults = styles.element.find(qn("w:docDefaults"))
    if defaults is not None:
        r_pr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
        _set_fonts(r_pr, layout.body)
        _set_language(r_pr, layout.language)
    normal = styles["Normal"]
    _style_font(normal, layout.body)
    _paragraph_style(normal, layout, layout.body, indent=True, align=_ALIGNMENTS[layout.body.align])

    title = styles.add_style(_TITLE_STYLE, WD_STYLE_TYPE.PARAGRAPH)
    title.base_style = normal
    title.next_paragraph_style = normal
    _style_font(title, layout.title)
    _paragraph_style(title, layout, layout.title, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
    title.paragraph_format.space_after = Pt(layout.title.space_after_lines * layout.body.line_spacing_pt)
    title.paragraph_format.keep_with_next = True

    for level, font in ((1, layout.heading1), (2, layout.heading2)):
        heading = styles[_HEADING_STYLES[level]]
        _style_font(heading, font)
        _paragraph_style(heading, layout, font, indent=True, align=_ALIGNMENTS[layout.body.align])
        heading.paragraph_format.keep_with_next = True

    footer = styles["Footer"]
    _style_font(footer, layout.page_number)
    footer.paragraph_format.first_line_indent = Pt(0)
    footer.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER


def _setup_page(section: Any, layout: PageLayout) -> None:
    page = layout.page
    section.page_width = Mm(page.width_mm)
    section.page_height = Mm(page.height_mm)
    section.top_margin = Mm(page.margin_top_mm)
    section.bottom_margin = Mm(page.margin_bottom_mm)
    section.left_margin = Mm(page.margin_left_mm)
    section.right_margin = Mm(page.margin_right_mm)
    section.footer_distance = Mm(max(page.margin_bottom_mm - 7 - layout.page_number.size_pt * 0.353, 5))
    grid = section._sectPr.find(qn("w:docGrid"))
    if grid is None:
        grid = OxmlElement("w:docGrid")
        section._sectPr.append(grid)
    grid.attrib.pop(qn("w:type"), None)  # no snapping: a large title must not take two grid lines
    grid.set(qn("w:linePitch"), str(_twips(layout.body.line_spacing_pt)))


def _setup_language(document: Any, layout: PageLayout) -> None:
    settings = document.settings.element
    theme = settings.find(qn("w:themeFontLang"))
    if theme is None:
        theme = OxmlElement("w:themeFontLang")
        settings.append(theme)
    theme.set(qn("w:val"), "en-US")
    theme.set(qn("w:eastAsia"), layout.language)


def _add_run(paragraph: Any, text: str, font: Font, *, bold: bool = False) -> Any:
    run = paragraph.add_run(remove_control_chars(text))
    run.bold = bold or None
    _set_fonts(run._r.get_or_add_rPr(), font)
    return run


def _add_field(paragraph: Any, name: str, font: Font) -> None:
    """A ``PAGE`` or ``NUMPAGES`` field as begin / instrText / separate / result / end runs."""
    for kind, text in (("begin", None), ("instr", f" {name} "), ("separate", None), ("result", "1"), ("end", None)):
        run = _add_run(paragraph, "", font)
        if kind == "instr":
            instruction = OxmlElement("w:instrText")
            instruction.set(qn("xml:space"), "preserve")
            instruction.text = text
            run._r.append(instruction)
        elif kind == "result":
            run.text = text
        else:
            field_char = OxmlElement("w:fldChar")
            field_char.set(qn("w:fldCharType"), kind)
            run._r.append(field_char)


def _setup_footer(document: Any, section: Any, layout: PageLayout) -> None:
    paragraph = section.footer.paragraphs[0]
    paragraph.style = document.styles["Footer"]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.paragraph_format.first_line_indent = Pt(0)
    font = layout.page_number
    position = 0
    form = font.format
    for match in _FIELD.finditer(form):
        if match.start() > position:
            _add_run(paragraph, form[position : match.start()], font)
        _add_field(paragraph, match.group(1), font)
        position = match.end()
    if position < len(form):
        _add_run(paragraph, form[position:], font)


def _add_line(document: Any, line: SpeechLine, layout: PageLayout, styles: dict[str, Any]) -> None:
    """One line as a paragraph; ``styles`` are style objects looked up once (by name it is slow)."""
    if line.role == "title":
        paragraph = document.add_paragraph(style=styles[_TITLE_STYLE])
        _add_run(paragraph, line.text, layout.title)
    elif line.role == "heading":
        level = 1 if line.level <= 1 else 2
        paragraph = document.add_paragraph(style=styles[_HEADING_STYLES[level]])
        _add_run(paragraph, line.text, layout.heading1 if level == 1 else layout.heading2)
    elif line.role == "paragraph":
        paragraph = document.add_paragraph()  # Normal is the default style
        for segment in line.segments:
            _add_run(paragraph, segment.text, layout.body, bold=segment.strong)


_PROPERTY_LIMIT = 255
"""Word (and python-docx) accept at most this many characters in a core document property."""


def _property(text: str) -> str:
    clean = remove_control_chars(text)
    return clean if len(clean) <= _PROPERTY_LIMIT else clean[: _PROPERTY_LIMIT - 1] + "…"


def _set_properties(document: Any, speech: Speech, stamp: datetime | None) -> None:
    properties = document.core_properties
    properties.title = _property(speech.title)
    properties.author = _property(speech.author)
    properties.last_modified_by = _property(speech.author)
    properties.subject = _in_script(speech.script)("竞聘演讲稿")
    properties.comments = ""
    properties.keywords = ""
    properties.category = ""
    properties.revision = 1
    for name in ("dcterms:created", "dcterms:modified", "cp:lastPrinted"):
        for element in properties._element.findall(qn(name)):
            properties._element.remove(element)
    if stamp is not None:
        properties.created = stamp
        properties.modified = stamp
    package = document.part.package
    for r_id, relationship in list(package.rels.items()):
        if relationship.reltype.endswith("/thumbnail"):  # the template's picture of another document
            package.rels.pop(r_id)
        elif relationship.reltype.endswith("/extended-properties"):
            relationship.target_part._blob = _APP_PROPERTIES


_LANGUAGES = {"traditional": "zh-TW", "taiwan": "zh-TW", "hongkong": "zh-HK"}


def _in_script(script: str) -> Callable[[str], str]:
    return (lambda text: text) if script == SIMPLIFIED else converter(script)


def _for_script(layout: PageLayout, script: str) -> PageLayout:
    """The layout with its footer words and document language in the speech's script."""
    if script == SIMPLIFIED:
        return layout
    page_number = layout.page_number.model_copy(update={"format": _in_script(script)(layout.page_number.format)})
    language = _LANGUAGES.get(script, layout.language) if layout.language == "zh-CN" else layout.language
    return layout.model_copy(update={"page_number": page_number, "language": language})


def render_docx(speech: Speech, layout: PageLayout, stamp: datetime | None = None) -> bytes:
    """The speech as the bytes of a .docx file laid out by ``layout``.

    The bytes depend only on the speech and the layout: zip entries carry a
    fixed time and the document carries no creation date, unless ``stamp``
    (or ``$SOURCE_DATE_EPOCH``) gives one.
    """
    layout = _for_script(layout, speech.script)
    prepared = _prepared(layout.model_dump_json())
    document = prepared.document
    body = document.element.body
    for child in list(body):
        if child.tag != _SECTION_PROPERTIES:
            body.remove(child)
    for line in speech_lines(speech):
        _add_line(document, line, layout, prepared.styles)
    _set_properties(document, speech, stamp or source_date())
    buffer = io.BytesIO()
    document.save(buffer)
    return fixed_zip_times(buffer.getvalue())


@dataclass
class _Prepared:
    """A document with a layout's page, styles and footer set up, and its style objects."""

    document: Any
    styles: dict[str, Any]


@cache
def _prepared(layout_json: str) -> _Prepared:
    """One laid-out empty document per layout, reused for every speech (its body is emptied each time).

    Setting up styles, page and footer once instead of per document halves a batch's time.
    """
    layout = PageLayout.model_validate_json(layout_json)
    document = Document()
    _setup_styles(document, layout)
    _setup_language(document, layout)
    section = document.sections[0]
    _setup_page(section, layout)
    _setup_footer(document, section, layout)
    styles = {name: document.styles[name] for name in (_TITLE_STYLE, *_HEADING_STYLES.values())}
    return _Prepared(document, styles)
