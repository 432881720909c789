"""The jinja2 filters every template set can use (sentence, clause, cn, count, period)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from speechwriter.common.chinese_text import clause, sentence
from speechwriter.common.numerals import chinese_number
from speechwriter.profile.model import CareerPeriod

__all__ = ["FILTERS", "honour_text", "period_text"]


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


_TITLE_ENDINGS = (
    "员工",
    "明星",
    "标兵",
    "能手",
    "员",
    "手",
    "者",
    "人",
    "兵",
    "模范",
    "士",
    "师",
    "党员",
    "干部",
    "职工",
    "青年",
    "先锋",
    "之星",
    "个人",
    "班长",
    "组长",
)
_TITLE_ENDINGS_TRADITIONAL = ("員", "員工", "標兵", "幹部", "職工", "個人", "組長")


def honour_text(honour: str, convert: Callable[[str], str] = str) -> str:
    """``被评为优秀护士`` for a title given to a person, ``获得市科技进步三等奖`` for anything else.

    ``convert`` puts the verb (template text) into the speech's script; the honour stays as typed.
    """
    name = clause(honour)
    if name.startswith(("被评为", "获得", "荣获", "被評為", "獲得", "榮獲")):
        return name
    if name.endswith(_TITLE_ENDINGS + _TITLE_ENDINGS_TRADITIONAL):
        return convert("被评为") + name
    return convert("获得") + name


FILTERS: dict[str, Callable[..., Any]] = {
    "honour": honour_text,
    "sentence": sentence,
    "clause": clause,
    "cn": chinese_number,
    "count": _count_word,
    "period": period_text,
}
"""Filters installed in every template environment, by name."""
