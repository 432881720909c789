"""Small text helpers shared by the profile, the composer and the renderers."""

from __future__ import annotations

import re

__all__ = [
    "clause",
    "full_width_punctuation",
    "has_control_chars",
    "one_line",
    "printable",
    "remove_control_chars",
    "sentence",
]

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_SPACES = re.compile(r"\s+")
_CJK = r"\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef“”‘’"
_TRAILING_PUNCT = "，。、；：！？,.;:!?… \u3000"
_SENTENCE_END = ("。", "！", "？", "…", "；", "!", "?")
_CLOSING_QUOTES = ("”", "’", "」", "』")


def remove_control_chars(text: str) -> str:
    """Drop characters an XML document cannot hold (NUL, ESC, other C0 controls, lone surrogates)."""
    return _CONTROL.sub("", text)


def printable(text: str) -> str:
    """``text`` safe to print on a terminal: control characters (ESC sequences, C1 codes) shown as ``�``."""
    return _TERMINAL_CONTROL.sub("\ufffd", text)


_TERMINAL_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def has_control_chars(text: str) -> bool:
    """True when ``text`` holds a character :func:`remove_control_chars` would drop."""
    return bool(_CONTROL.search(text))


def one_line(text: str) -> str:
    """Collapse all whitespace (newlines included) to single spaces and strip.

    Spaces between two Chinese characters are dropped entirely: they are
    artefacts of copy-and-paste, not words.
    """
    text = _SPACES.sub(" ", text).strip()
    return re.sub(rf"(?<=[{_CJK}]) (?=[{_CJK}])", "", text)


def clause(text: str) -> str:
    """The text without its trailing punctuation, ready to continue a sentence."""
    return text.rstrip(_TRAILING_PUNCT)


def sentence(text: str, end: str = "。") -> str:
    """The text ending with sentence punctuation (``end`` added only when missing)."""
    text = text.strip()
    if not text:
        return ""
    if text.endswith(_SENTENCE_END):
        return text
    if text.endswith(_CLOSING_QUOTES):
        inside = text.rstrip("".join(_CLOSING_QUOTES))
        return text if inside.endswith(_SENTENCE_END) else text + end
    return clause(text) + end


_HALF_TO_FULL = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）"}
_CJK_CHAR = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def _full(match: re.Match[str]) -> str:
    return _HALF_TO_FULL[match.group(1)]


def _quote(match: re.Match[str]) -> str:
    inner = match.group(1)
    return f"“{inner}”" if _CJK_CHAR.search(inner) else match.group(0)


def full_width_punctuation(text: str) -> str:
    """Turn half-width punctuation next to Chinese text into full-width.

    ``我热爱工作,认真负责.`` → ``我热爱工作，认真负责。``. Punctuation between
    digits or Latin words (``3.5``, ``5G, VoLTE``, ``2005.03``) is left alone,
    and straight double quotes around Chinese text become “ ”.
    """
    cjk = f"[{_CJK}]"
    text = re.sub(r'"([^"\n]*)"', _quote, text)
    text = re.sub(rf"(?<={cjk})[ \t]*([,;:?!()])[ \t]*", _full, text)
    text = re.sub(rf"[ \t]*([,;:?!()])[ \t]*(?={cjk})", _full, text)
    text = re.sub(rf"(?<={cjk})\.{{3,}}", "……", text)
    return re.sub(rf"(?<={cjk})\.(?=\s|$|{cjk})", "。", text)
