"""Simplified ↔ Traditional Chinese text through OpenCC.

OpenCC's phrase-level configurations are used: ``t2s.json`` for Simplified,
``s2tw.json`` (Traditional in the glyphs people commonly type: 為、著、裡) for Traditional, and ``s2twp.json``
(Taiwan, with Taiwan phrases) and ``s2hk.json`` (Hong Kong) on request.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import cache
from typing import Any

from speechwriter.common.errors import UserError

__all__ = ["SCRIPTS", "SIMPLIFIED", "converter", "detect_script", "to_simplified"]

SIMPLIFIED = "simplified"
"""The script templates are written in."""

SCRIPTS: dict[str, str] = {
    "simplified": "t2s.json",
    "traditional": "s2tw.json",
    "taiwan": "s2twp.json",
    "hongkong": "s2hk.json",
}
"""Script name → OpenCC configuration."""


@cache
def converter(script: str) -> Callable[[str], str]:
    """A function converting text into ``script`` (see :data:`SCRIPTS`)."""
    try:
        configuration = SCRIPTS[script]
    except KeyError:
        known = "、".join(SCRIPTS)
        raise UserError(f"不认识的字形“{script}”。可用：{known}。") from None
    import opencc

    engine: Any = opencc.OpenCC(configuration)
    return lambda text: str(engine.convert(text))


def to_simplified(text: str) -> str:
    """``text`` in Simplified characters (for checks that match Simplified phrases).

    Text that GB2312 can hold has no Traditional-only characters, so OpenCC
    is loaded only for text that needs it.
    """
    try:
        text.encode("gb2312")
    except UnicodeEncodeError:
        return converter("simplified")(text)
    return text


def detect_script(texts: Iterable[str]) -> str:
    """``traditional`` when the answers are written mostly in Traditional characters, else ``simplified``.

    Text that GB2312 can hold is Simplified without loading OpenCC. Otherwise
    the characters that change when converted to Simplified are counted
    against those that change when converted to Traditional.
    """
    text = "".join(texts)
    try:
        text.encode("gb2312")
    except UnicodeEncodeError:
        pass
    else:
        return SIMPLIFIED
    to_simple, to_traditional = converter("simplified")(text), converter("traditional")(text)
    traditional_only = sum(a != b for a, b in zip(text, to_simple, strict=False))
    simplified_only = sum(a != b for a, b in zip(text, to_traditional, strict=False))
    return "traditional" if traditional_only > simplified_only else SIMPLIFIED
