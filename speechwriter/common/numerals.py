"""Chinese numerals and the enumeration markers of official speeches (一是、（一）、一、…)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

__all__ = ["ENUMERATION_STYLES", "EnumerationLayout", "EnumerationStyle", "chinese_number", "enumeration_style"]

_DIGITS = "零一二三四五六七八九"
_SMALL_UNITS = ["", "十", "百", "千"]
_BIG_UNITS = ["", "万", "亿"]


def _below_ten_thousand(n: int) -> str:
    """Chinese reading of 1 ≤ n < 10000, with inner zeros as 零 (一百零一)."""
    digits = [int(d) for d in f"{n:04d}"]
    out: list[str] = []
    pending_zero = False
    for position, digit in enumerate(digits):
        unit = _SMALL_UNITS[3 - position]
        if digit == 0:
            if out:
                pending_zero = True
            continue
        if pending_zero:
            out.append("零")
            pending_zero = False
        out.append(_DIGITS[digit] + unit)
    return "".join(out)


def chinese_number(n: int) -> str:
    """Return the Chinese numeral for a non-negative integer.

    ``chinese_number(11) == "十一"``, ``chinese_number(20) == "二十"``,
    ``chinese_number(105) == "一百零五"``, ``chinese_number(10010) == "一万零一十"``.
    A leading 一十 is read 十 (十一, 十万), as in speech; inner ones stay (一百一十).
    """
    if n < 0:
        raise ValueError("chinese_number needs a non-negative integer")
    if n == 0:
        return "零"
    groups: list[int] = []
    rest = n
    while rest:
        groups.append(rest % 10000)
        rest //= 10000
    if len(groups) > len(_BIG_UNITS):
        raise ValueError("number too large for chinese_number")
    parts: list[str] = []
    need_zero = False
    for index in range(len(groups) - 1, -1, -1):
        group = groups[index]
        if group == 0:
            need_zero = bool(parts)
            continue
        if parts and (need_zero or group < 1000):
            parts.append("零")
        parts.append(_below_ten_thousand(group) + _BIG_UNITS[index])
        need_zero = False
    text = "".join(parts)
    if text.startswith("一十"):
        text = text[1:]
    return text


EnumerationLayout = Literal["paragraph", "heading", "run_in"]


@dataclass(frozen=True)
class EnumerationStyle:
    """How an enumeration is marked and laid out.

    ``marker`` is a format string with ``{cn}`` (Chinese numeral) or ``{n}``
    (Arabic). ``layout`` is ``paragraph`` (each item a paragraph opening with
    its marker), ``heading`` (marker and headline on a line of their own, the
    detail below; ``heading_level`` 1 for 一、, 2 for （一）) or ``run_in``
    (all items in one paragraph).
    """

    marker: str
    layout: EnumerationLayout
    heading_level: int = 0

    def marker_for(self, n: int) -> str:
        """The marker of the n-th item, counting from 1."""
        return self.marker.format(cn=chinese_number(n), n=n)


ENUMERATION_STYLES: dict[str, EnumerationStyle] = {
    "一是": EnumerationStyle("{cn}是", "paragraph"),
    "一要": EnumerationStyle("{cn}要", "run_in"),
    "第一": EnumerationStyle("第{cn}，", "paragraph"),
    "一、": EnumerationStyle("{cn}、", "heading", heading_level=1),
    "（一）": EnumerationStyle("（{cn}）", "heading", heading_level=2),
    "1.": EnumerationStyle("{n}.", "paragraph"),
}
"""The enumeration styles a template or profile may name, keyed by how item one looks."""


def enumeration_style(name: str) -> EnumerationStyle:
    """Look up an enumeration style by name; ``KeyError`` lists the known names."""
    try:
        return ENUMERATION_STYLES[name]
    except KeyError:
        known = "、".join(ENUMERATION_STYLES)
        raise KeyError(f"未知的列举样式“{name}”，可用：{known}") from None
