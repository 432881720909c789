"""The kinds of answer a profile holds: one line of text, a year, a year and month, a phrase id.

Each kind cleans what people type (blank → none, stray whitespace, control
characters) and explains what is wrong in Chinese.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import Annotated, Literal

from pydantic import AfterValidator, BeforeValidator, Field, WithJsonSchema

from speechwriter.common.chinese_text import one_line
from speechwriter.common.script import to_simplified
from speechwriter.library.phrases import PhraseKind, phrase_ids
from speechwriter.library.sectors import find_sector, sector_names

__all__ = [
    "EARLIEST_YEAR",
    "LATEST_YEAR",
    "MAX_ANSWER",
    "MAX_ITEMS",
    "VISIBLE",
    "ClosingPhrase",
    "EnumerationStyleName",
    "Gender",
    "OneLine",
    "OpeningPhrase",
    "OptionalOneLine",
    "OptionalParagraphText",
    "ParagraphText",
    "SectorName",
    "Year",
    "YearMonth",
    "career_problem",
    "future_year_problem",
]


EARLIEST_YEAR = 1940
LATEST_YEAR = 2100
VISIBLE = r"[^\s\x00-\x1f\x7f-\x9f\ufffe\uffff]"
"""JSON Schema pattern: at least one visible character (blank or control-only text is refused)."""


def _this_year() -> int:
    return date.today().year


def _check_year(value: int) -> int:
    if value < 1000 or value > LATEST_YEAR:
        raise ValueError("请填写四位数的年份，如 2008")
    if value < EARLIEST_YEAR:
        raise ValueError(f"年份 {value} 太早了，请填写四位数的公历年份，如 2008")
    return value


def future_year_problem(value: int) -> str | None:
    """A Chinese message when ``value`` is a year that has not come yet (checked at the prompt)."""
    return f"年份 {value} 还没有到，请检查是否填错" if value > _this_year() else None


def career_problem(start: int, end: int | None) -> str | None:
    """A Chinese message when a career period ends before it starts."""
    if end is not None and end < start:
        return f"结束年份 {end} 早于起始年份 {start}"
    return None


def _clean_text(value: str) -> str:
    return one_line(value)


def _clean_optional_text(value: str | None) -> str | None:
    if value is None:
        return None
    return one_line(value) or None


def _none_if_blank(value: object) -> object:
    if isinstance(value, str) and not value.strip():
        return None
    return value


_YEAR_MONTH = re.compile(r"^\s*(\d{4})\s*(?:[-./年])\s*(\d{1,2})\s*月?\s*$")


def _parse_year_month(value: object) -> object:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, date):
        return f"{value.year:04d}-{value.month:02d}"
    if not isinstance(value, str):
        raise ValueError("出生年月应写成“1985-03”的形式")
    match = _YEAR_MONTH.match(value)
    if not match:
        raise ValueError(f"“{value}”不是有效的年月，请写成“1985-03”的形式")
    year, month = int(match.group(1)), int(match.group(2))
    if not 1 <= month <= 12:
        raise ValueError(f"月份 {month} 不存在，请填写 1 到 12")
    _check_year(year)
    return f"{year:04d}-{month:02d}"


Year = Annotated[
    int,
    AfterValidator(_check_year),
    WithJsonSchema({"type": "integer", "minimum": EARLIEST_YEAR, "maximum": LATEST_YEAR}),
]
MAX_ANSWER = 5000
"""Longest single answer, in characters (a whole five-minute speech is about 1000)."""
MAX_ITEMS = 50
"""Most entries in one list (strengths, plan items, career periods…)."""

OneLine = Annotated[
    str,
    Field(min_length=1, max_length=MAX_ANSWER, json_schema_extra={"pattern": VISIBLE}),
    AfterValidator(_clean_text),
]


def _not_too_long(value: str | None) -> str | None:
    if value is not None and len(value) > MAX_ANSWER:
        raise ValueError(f"太长了（{len(value)} 字），一项回答最多 {MAX_ANSWER} 字")
    return value


OptionalOneLine = Annotated[
    str | None,
    BeforeValidator(_none_if_blank),
    AfterValidator(_not_too_long),
    AfterValidator(_clean_optional_text),
    WithJsonSchema({"anyOf": [{"type": "string", "maxLength": MAX_ANSWER}, {"type": "null"}]}),
]
ParagraphText = OneLine
OptionalParagraphText = OptionalOneLine
YearMonth = Annotated[
    str | None,
    BeforeValidator(_parse_year_month),
    WithJsonSchema(
        {"anyOf": [{"type": "string", "pattern": r"^(19[4-9]\d|20\d\d|2100)-(0[1-9]|1[0-2])$"}, {"type": "null"}]}
    ),
]
EnumerationStyleName = Literal["一是", "一要", "第一", "一、", "（一）", "1."]


def _known_phrase(kind: PhraseKind, what: str) -> Callable[[str], str]:
    known = phrase_ids(kind)

    def check(value: str) -> str:
        simplified = to_simplified(value.strip())
        if simplified not in known:
            raise ValueError(f"没有名为“{value}”的{what}，可用：{'、'.join(known)}")
        return simplified

    return check


OpeningPhrase = Annotated[
    str,
    AfterValidator(_known_phrase("openings", "开场句式")),
    WithJsonSchema({"type": "string", "enum": phrase_ids("openings", with_traditional=True)}),
]
ClosingPhrase = Annotated[
    str,
    AfterValidator(_known_phrase("closings", "结尾句式")),
    WithJsonSchema({"type": "string", "enum": phrase_ids("closings", with_traditional=True)}),
]


def _known_sector(value: str | None) -> str | None:
    if value is None:
        return None
    sector = find_sector(value)
    if sector is None:
        known = "、".join(sector_names())
        raise ValueError(f"不认识的行业“{value}”。可用：{known}；不属于其中任何一个就不填")
    return sector.name


SectorName = Annotated[
    str | None,
    BeforeValidator(_none_if_blank),
    AfterValidator(_known_sector),
    WithJsonSchema({"anyOf": [{"type": "string", "enum": sector_names(with_aliases=True)}, {"type": "null"}]}),
]
"""A sector by name or alias, in either script; stored under its name in the sector book."""


def _gender(value: object) -> object:
    if isinstance(value, str):
        value = value.strip().removesuffix("性") or None
    return value


Gender = Annotated[
    Literal["男", "女"] | None,
    BeforeValidator(_gender),
    WithJsonSchema({"anyOf": [{"type": "string", "enum": ["男", "女"]}, {"type": "null"}]}),
]
"""男 or 女 (男性/女性 accepted); optional."""
