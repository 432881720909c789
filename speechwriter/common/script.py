"""Simplified ↔ Traditional Chinese text through OpenCC.

OpenCC's phrase-level configurations are used: ``t2s.json`` for Simplified,
``s2t.json`` (OpenCC standard Traditional) for Traditional, and ``s2twp.json``
(Taiwan, with Taiwan phrases) and ``s2hk.json`` (Hong Kong) on request.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any

from speechwriter.common.errors import UserError

__all__ = ["SCRIPTS", "converter", "to_simplified"]

SCRIPTS: dict[str, str] = {
    "simplified": "t2s.json",
    "traditional": "s2t.json",
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
