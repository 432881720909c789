"""The filters every template set can use: honours, counts, career periods."""

from __future__ import annotations

import pytest

from speechwriter.common.script import converter
from speechwriter.compose.template_filters import FILTERS, honour_text, period_text
from speechwriter.profile.model import CareerPeriod


@pytest.mark.parametrize(
    "honour",
    ["优秀护士", "2019年度分公司优秀员工", "技术标兵", "岗位能手", "优秀共产党员", "先进个人", "優秀員工"],
)
def test_a_title_given_to_a_person_is_被评为(honour: str) -> None:
    assert honour_text(honour) == "被评为" + honour


@pytest.mark.parametrize("honour", ["市科技进步三等奖", "五一劳动奖章", "技能比武一等奖"])
def test_anything_else_is_获得(honour: str) -> None:
    assert honour_text(honour) == "获得" + honour


@pytest.mark.parametrize("honour", ["被评为先进个人", "荣获五一劳动奖章", "获得一等奖", "獲得一等獎"])
def test_an_honour_with_its_own_verb_is_kept(honour: str) -> None:
    assert honour_text(honour) == honour


def test_trailing_punctuation_is_dropped() -> None:
    assert honour_text("岗位能手。") == "被评为岗位能手"


def test_the_verb_follows_the_script_and_the_honour_stays_as_typed() -> None:
    traditional = converter("traditional")
    assert honour_text("优秀护士", traditional) == "被評為优秀护士"
    assert honour_text("市一等奖", traditional) == "獲得市一等奖"


@pytest.mark.parametrize(("n", "word"), [(1, "一"), (2, "两"), (3, "三"), (10, "十"), (12, "十二"), (22, "二十二")])
def test_count_says_两_for_two_only(n: int, word: str) -> None:
    assert FILTERS["count"](n) == word


def test_cn_says_二() -> None:
    assert FILTERS["cn"](2) == "二"


def test_period_closed_open_and_within_one_year() -> None:
    assert period_text(CareerPeriod(start=2008, end=2011, post="营业员", unit="城区营业厅")) == (
        "2008年至2011年在城区营业厅任营业员"
    )
    assert period_text(CareerPeriod(start=2008, post="营业员。")) == "2008年至今任营业员"
    assert period_text(CareerPeriod(start=2008, end=2008, post="营业员")) == "2008年任营业员"


def test_every_filter_is_installed() -> None:
    assert {"honour", "sentence", "clause", "cn", "count", "period"} <= set(FILTERS)
    assert FILTERS["honour"] is honour_text and FILTERS["period"] is period_text
    assert FILTERS["sentence"]("好") == "好。" and FILTERS["clause"]("好。") == "好"
