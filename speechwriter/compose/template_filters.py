"""The jinja2 filters every template set can use (sentence, clause, cn, count, period)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from speechwriter.common.chinese_text import clause, sentence
from speechwriter.common.numerals import chinese_number
from speechwriter.profile.model import CareerPeriod

__all__ = ["FILTERS", "period_text"]


def period_text(period: CareerPeriod) -> str:
    """``2008年至2011年在城区营业厅任营业员`` (``至今`` when the period is open)."""
    if period.end is None:
        span = f"{period.start}年至今"
    elif period.end == period.start:
        span = f"{period.start}年"
    else:
        span = f"{period.start}年至{period.end}年"
    where = f"在{period.unit}" if period.unit else ""
    return f"{span}{where}任{clause(period.post)}"


def _count_word(n: int) -> str:
    """The numeral before a measure word: 两 for 2 (两个方面), otherwise 三、四、十一…."""
    return "两" if n == 2 else chinese_number(n)


FILTERS: dict[str, Callable[..., Any]] = {
    "sentence": sentence,
    "clause": clause,
    "cn": chinese_number,
    "count": _count_word,
    "period": period_text,
}
"""Filters installed in every template environment, by name."""
