"""The career told as a few sentences: merged stays, milestones for a long career, short sentences."""

from __future__ import annotations

from typing import Any

import pytest

from speechwriter.compose.career import MAX_SENTENCE, career_sentences, extends_post, same_post
from speechwriter.compose.variation import Chooser
from speechwriter.profile.model import CareerPeriod, Speaker

SEEDS = [f"张三|客户经理|{n}" for n in range(12)]
"""Enough speakers to see every wording of every sentence at least once, most likely."""


def _speaker(career: list[dict[str, Any]] | None = None, **fields: Any) -> Speaker:
    return Speaker.model_validate({"name": "张三", "career": career or [], **fields})


def _period(start: int, end: int | None, post: str, unit: str | None = None) -> dict[str, Any]:
    return {"start": start, "end": end, "post": post, "unit": unit}


BANK = [
    _period(2005, 2008, "综合柜员", "城关支行"),
    _period(2008, 2012, "大堂经理", "城关支行"),
    _period(2012, None, "客户经理", "营业部"),
]
LONG = [
    _period(2000, 2002, "柜员", "城关支行"),
    _period(2002, 2004, "大堂经理", "城关支行"),
    _period(2004, 2006, "个贷客户经理", "城东支行"),
    _period(2006, 2008, "信贷员", "城西支行"),
    _period(2008, None, "副行长", "城南支行"),
]


def _told(speaker: Speaker, *, condensed: bool = False) -> list[list[str]]:
    return [career_sentences(speaker, Chooser(seed), condensed=condensed) for seed in SEEDS]


def test_no_career_and_no_post_says_nothing() -> None:
    assert career_sentences(_speaker(), Chooser("x")) == []


def test_current_post_alone_is_one_sentence() -> None:
    for sentences in _told(_speaker(current_post="客户经理。")):
        assert len(sentences) == 1
        assert "客户经理" in sentences[0] and sentences[0].endswith("。") and "。。" not in sentences[0]


def test_consecutive_periods_in_one_unit_are_one_stay() -> None:
    for sentences in _told(_speaker(BANK)):
        text = "".join(sentences)
        assert text.count("城关支行") == 1  # the unit is named once for both of its periods
        for fact in ("2005", "综合柜员", "2008", "大堂经理", "2012", "营业部", "客户经理"):
            assert fact in text
        assert text.index("综合柜员") < text.index("大堂经理") < text.index("客户经理")


def test_every_sentence_ends_and_none_is_a_list() -> None:
    for career in (BANK, LONG):
        for sentences in _told(_speaker(career, current_post="营业部主任")):
            for sentence in sentences:
                assert sentence.endswith("。")
                assert "None" not in sentence and "{" not in sentence and "。。" not in sentence
                assert "至今" not in sentence  # a narrative, not 2012年至今 lines of a CV


def test_sentences_stay_short_for_short_units() -> None:
    for condensed in (False, True):
        for sentences in _told(_speaker(BANK, current_post="营业部主任"), condensed=condensed):
            assert all(len(sentence) <= MAX_SENTENCE for sentence in sentences), sentences


def test_packed_milestone_sentences_stay_within_the_limit() -> None:
    for condensed in (False, True):
        for sentences in _told(_speaker(LONG, current_post="营业部主任"), condensed=condensed):
            assert all(len(sentence) <= MAX_SENTENCE for sentence in sentences), sentences


def test_clauses_of_different_units_are_packed_into_short_sentences() -> None:
    units = ["江城市分行城关支行", "江城市分行城东支行", "江城市分行城西支行", "江城市分行城南支行"]
    posts = ["综合柜员", "大堂经理", "个人客户经理", "营业部副主任"]
    career = [
        _period(2005 + 3 * n, 2008 + 3 * n, post, unit) for n, (post, unit) in enumerate(zip(posts, units, strict=True))
    ]
    for sentences in _told(_speaker(career)):
        assert len(sentences) > 1
        assert all(len(sentence) <= MAX_SENTENCE for sentence in sentences), sentences


def test_many_posts_in_one_unit_still_keep_sentences_short() -> None:
    posts = ["综合柜员", "大堂经理", "个人客户经理", "营业部副主任"]
    career = [_period(2005 + 3 * n, 2008 + 3 * n, post, "江城市分行城关支行") for n, post in enumerate(posts)]
    for sentences in _told(_speaker(career)):
        assert all(len(sentence) <= MAX_SENTENCE for sentence in sentences), sentences


def test_long_career_is_summed_up_by_its_milestones() -> None:
    for sentences in _told(_speaker(LONG)):
        text = "".join(sentences)
        assert "柜员" in text and text.index("柜员") < text.index("信贷员") < text.index("副行长")  # first, latest two
        assert "2006" in text and "2008" in text and "城南支行" in text
        assert "2002" not in text and "2004" not in text  # the posts between are named without their years
        assert "城东支行" not in text


def test_a_career_of_four_is_still_told_period_by_period() -> None:
    for sentences in _told(_speaker(LONG[1:])):
        text = "".join(sentences)
        for year in ("2002", "2004", "2006", "2008"):
            assert year in text


def test_condensed_form_is_shorter_and_keeps_first_and_latest() -> None:
    for career in (BANK, LONG):
        speaker = _speaker(career)
        for full, brief in zip(_told(speaker), _told(speaker, condensed=True), strict=True):
            assert len("".join(brief)) < len("".join(full))
            assert career[0]["post"] in "".join(brief) and career[-1]["post"] in "".join(brief)


def test_condensed_long_career_keeps_only_the_latest_period_with_its_year() -> None:
    for brief in _told(_speaker(LONG), condensed=True):
        text = "".join(brief)
        assert "2008" in text and "副行长" in text
        assert "2006" not in text


def test_joined_year_is_not_repeated() -> None:
    for career in (BANK, LONG):
        for condensed in (False, True):
            for sentences in _told(_speaker(career, joined_year=career[0]["start"]), condensed=condensed):
                assert f"{career[0]['start']}年" not in "".join(sentences)


def test_without_joined_year_the_start_is_said() -> None:
    for sentences in _told(_speaker(BANK)):
        assert "2005年" in "".join(sentences)


@pytest.mark.parametrize("current", ["客户经理", "营业部客户经理", "营业部 客户经理", "营业部的客户经理。"])
def test_current_post_of_the_open_period_is_not_said_twice(current: str) -> None:
    for sentences in _told(_speaker(BANK, current_post=current)):
        assert "".join(sentences).count("客户经理") == 1


def test_a_different_current_post_is_said_last() -> None:
    for sentences in _told(_speaker(BANK, current_post="营业部主任")):
        assert "营业部主任" in sentences[-1] and "营业部主任" not in "".join(sentences[:-1])


def test_current_post_that_extends_the_open_one_adds_what_is_new() -> None:
    for sentences in _told(_speaker(BANK, current_post="客户经理、支部书记")):
        text = "".join(sentences)
        assert text.count("客户经理") == 1 and text.count("支部书记") == 1
        assert text.index("2012") < text.index("客户经理") < text.index("支部书记")
        assert "现任" not in text  # the open period already says the post


def test_an_earlier_post_still_held_makes_the_new_one_concurrent() -> None:
    career = [_period(2010, 2017, "教师"), _period(2017, 2022, "教研组长"), _period(2022, None, "年级副主任")]
    for sentences in _told(_speaker(career, current_post="教研组长、年级副主任")):
        text = "".join(sentences)
        assert "兼任年级副主任" in text and text.count("教研组长") == 1, text


def test_closed_last_period_keeps_the_current_post() -> None:
    career = [*BANK[:2], _period(2012, 2020, "客户经理", "营业部")]
    for sentences in _told(_speaker(career, current_post="客户经理")):
        assert "".join(sentences).count("客户经理") == 2


def test_a_post_that_names_its_unit_does_not_say_it_twice() -> None:
    career = [_period(2010, 2015, "科员", "办公室"), _period(2015, None, "办公室副主任", "办公室")]
    for sentences in _told(_speaker(career)):
        assert "".join(sentences).count("办公室") == 2  # 在办公室任科员 … 起任办公室副主任


@pytest.mark.parametrize(
    ("current", "expected"),
    [
        ("客户经理", True),
        ("营业部客户经理", True),
        ("营业部 客户经理", True),
        ("营业部的客户经理", True),
        ("城关支行营业部客户经理", True),
        ("支行营业部客户经理", True),
        ("营业部主任", False),
        ("客户经理、支部书记", False),
        ("城东支行客户经理", False),
    ],
)
def test_same_post_with_all_part_or_none_of_the_unit(current: str, expected: bool) -> None:
    period = CareerPeriod(start=2012, post="客户经理", unit="城关支行营业部")
    assert same_post(current, period) is expected


def test_same_post_without_a_unit() -> None:
    period = CareerPeriod(start=2012, post="客户经理")
    assert same_post("客户经理", period)
    assert same_post(" 客户 经理 ", period)
    assert not same_post("营业部主任", period)


def test_extends_post_only_when_more_is_said() -> None:
    period = CareerPeriod(start=2012, post="护理组长", unit="心内科")
    assert extends_post("护理组长、主管护师", period)
    assert not extends_post("护理组长", period)
    assert not extends_post("心内科护理组长", period)
    assert not extends_post("护士长", period)
