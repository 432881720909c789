"""Render a speech as Markdown: title, section markers as comments, paragraphs."""

from __future__ import annotations

import re

from speechwriter.speech.model import Speech, SpeechLine, speech_lines

__all__ = ["escape_markdown", "render_markdown"]

_INLINE_SPECIAL = re.compile(r"([\\`])")
_HTML_START = re.compile(r"<(?=[A-Za-z/!?])")
_LINE_START = re.compile(r"^(\s*)([#>+=|-])")
_ORDERED_START = re.compile(r"^(\s*\d+)([.)])")


def escape_markdown(text: str) -> str:
    """Escape what Markdown would otherwise interpret, and nothing more.

    Backslashes and backticks always; ``*`` and ``_`` only when there are
    two or more (one alone cannot open emphasis, so ``{{ 7*7 }}`` stays as
    typed); ``[`` when a ``]`` follows; ``<`` when it could open a tag; and
    block markers (``#``, ``>``, ``-``) at the start of a line, and ``1.`` as ``1\\.``.
    """
    text = _INLINE_SPECIAL.sub(r"\\\1", text)
    for mark in "*_":
        if text.count(mark) >= 2:
            text = text.replace(mark, "\\" + mark)
    if "[" in text and "]" in text:
        text = text.replace("[", "\\[").replace("]", "\\]")
    text = _HTML_START.sub(r"\\<", text)
    text = _LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2), text)
    return _ORDERED_START.sub(lambda m: m.group(1) + "\\" + m.group(2), text)  # 1\. is CommonMark's escape


_EDGE_PUNCTUATION = re.compile(r"^(\W*)(.*?)(\W*)$", re.DOTALL)


_QUOTES = (("“", "”"), ("‘", "’"), ("《", "》"), ("（", "）"), ("「", "」"))


def _strong(text: str) -> str:
    """Bold ``text``, keeping punctuation at either end outside the ``**``.

    CommonMark does not close ``**`` after punctuation when a Chinese
    character follows (``**好。**我`` stays literal), so ``**好**。我`` is used.
    """
    match = _EDGE_PUNCTUATION.match(text)
    assert match is not None
    before, core, after = match.groups()
    for opening, closing in _QUOTES:  # a closing quote whose opening is in bold stays in bold
        while after.startswith(closing) and core.count(opening) > core.count(closing):
            core, after = core + closing, after[1:]
    if not core:
        return escape_markdown(text)
    return f"{escape_markdown(before)}**{escape_markdown(core)}**{escape_markdown(after)}"


def _line_markdown(line: SpeechLine) -> str:
    return "".join(
        _strong(segment.text) if segment.strong else escape_markdown(segment.text) for segment in line.segments
    )


def render_markdown(speech: Speech) -> str:
    """The speech as a Markdown document (UTF-8 text ending in a newline).

    The title is a level-1 heading; each section starts with an HTML comment
    naming it (invisible when the Markdown is displayed, useful when editing);
    enumerated headings and headlines are bold.
    """
    blocks: list[str] = []
    for line in speech_lines(speech):
        if line.role == "title":
            blocks.append("# " + escape_markdown(line.text))
        elif line.role == "section":
            blocks.append(f"<!-- {line.text} -->")
        else:
            blocks.append(_line_markdown(line))
    return "\n\n".join(blocks) + "\n"
