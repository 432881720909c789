"""What people type, cleaned and checked with a message in Chinese: sectors, gender, years, phrase ids."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from pydantic import TypeAdapter, ValidationError

from speechwriter.library.phrases import phrase_ids
from speechwriter.profile.answer_types import (
    EARLIEST_YEAR,
    MAX_ANSWER,
    ClosingPhrase,
    Gender,
    OneLine,
    OpeningPhrase,
    OptionalOneLine,
    SectorName,
    Year,
    YearMonth,
    career_problem,
    future_year_problem,
)


def _valid(kind: Any, value: Any) -> Any:
    return TypeAdapter(kind).validate_python(value)


def _message(kind: Any, value: Any) -> str:
    with pytest.raises(ValidationError) as caught:
        TypeAdapter(kind).validate_python(value)
    return str(caught.value.errors()[0]["msg"])


@pytest.mark.parametrize(
    ("written", "stored"),
    [
        ("医疗卫生", "医疗卫生"),
        ("医疗", "医疗卫生"),
        ("醫療", "医疗卫生"),
        ("醫療衛生", "医疗卫生"),
        ("銀行", "银行"),
        (" 教育 ", "教育"),
    ],
)
def test_sector_by_name_or_alias_in_either_script(written: str, stored: str) -> None:
    assert _valid(SectorName, written) == stored


@pytest.mark.parametrize("blank", [None, "", "   "])
def test_no_sector(blank: str | None) -> None:
    assert _valid(SectorName, blank) is None


def test_unknown_sector_names_the_known_ones() -> None:
    message = _message(SectorName, "航天")
    assert "不认识的行业“航天”" in message
    assert "医疗卫生" in message and "制造业" in message and "不填" in message


@pytest.mark.parametrize(
    ("written", "stored"),
    [("男", "男"), ("女", "女"), ("女性", "女"), ("男性", "男"), (" 女 ", "女"), ("", None), (None, None)],
)
def test_gender(written: str | None, stored: str | None) -> None:
    assert _valid(Gender, written) == stored


def test_other_gender_is_refused() -> None:
    with pytest.raises(ValidationError):
        _valid(Gender, "其他")


@pytest.mark.parametrize(
    "written", ["1985-03", "1985-3", "1985年3月", "1985.3", "1985/03", " 1985 - 03 ", date(1985, 3, 9)]
)
def test_year_month_forms(written: Any) -> None:
    assert _valid(YearMonth, written) == "1985-03"


@pytest.mark.parametrize("blank", [None, "", "  "])
def test_year_month_may_be_left_empty(blank: str | None) -> None:
    assert _valid(YearMonth, blank) is None


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("85-03", "“85-03”不是有效的年月，请写成“1985-03”的形式"),
        ("三月", "“三月”不是有效的年月"),
        ("1985-13", "月份 13 不存在，请填写 1 到 12"),
        ("1985-00", "月份 0 不存在"),
        ("1930-01", "年份 1930 太早了"),
        ("2200-01", "请填写四位数的年份，如 2008"),
        (198503, "出生年月应写成“1985-03”的形式"),
    ],
)
def test_year_month_messages(written: Any, expected: str) -> None:
    assert expected in _message(YearMonth, written)


def test_year_limits() -> None:
    assert _valid(Year, 2008) == 2008 and _valid(Year, EARLIEST_YEAR) == EARLIEST_YEAR
    assert "请填写四位数的年份" in _message(Year, 999)
    assert "请填写四位数的年份" in _message(Year, 2101)
    assert f"年份 {EARLIEST_YEAR - 1} 太早了" in _message(Year, EARLIEST_YEAR - 1)


def test_future_year_and_career_problems() -> None:
    assert future_year_problem(date.today().year + 1) == f"年份 {date.today().year + 1} 还没有到，请检查是否填错"
    assert future_year_problem(date.today().year) is None
    assert career_problem(2010, 2008) == "结束年份 2008 早于起始年份 2010"
    assert career_problem(2010, 2010) is None and career_problem(2010, None) is None


@pytest.mark.parametrize(
    ("written", "stored"), [("感謝機會", "感谢机会"), ("三種心情", "三种心情"), (" 感谢机会 ", "感谢机会")]
)
def test_opening_phrase_in_either_script_is_stored_simplified(written: str, stored: str) -> None:
    assert _valid(OpeningPhrase, written) == stored


def test_closing_phrase_in_traditional_is_stored_simplified() -> None:
    assert _valid(ClosingPhrase, "成敗皆進") == "成败皆进"


def test_unknown_phrase_names_the_known_ones() -> None:
    message = _message(OpeningPhrase, "豪言")
    assert "没有名为“豪言”的开场句式" in message
    assert all(phrase_id in message for phrase_id in phrase_ids("openings"))
    assert "结尾句式" in _message(ClosingPhrase, "豪言")


def test_one_line_is_cleaned() -> None:
    assert _valid(OneLine, "  客户\n经理 ") == "客户经理"
    assert _message(OneLine, "") != ""


def test_optional_one_line_blank_is_none_and_length_is_limited() -> None:
    assert _valid(OptionalOneLine, "   ") is None and _valid(OptionalOneLine, None) is None
    assert _valid(OptionalOneLine, " 汉族 ") == "汉族"
    message = _message(OptionalOneLine, "字" * (MAX_ANSWER + 1))
    assert f"一项回答最多 {MAX_ANSWER} 字" in message
