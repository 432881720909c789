"""Answers as profile-shaped data: dotted paths into them, and the labels menus show for list items."""

from __future__ import annotations

from typing import Any

from speechwriter.interview.answers import (
    get_path,
    item_label,
    period_text_from,
    profile_answers,
    set_path,
    shown,
    suggestion_label,
)
from speechwriter.profile.model import Profile
from tests.conftest import minimal_data


def test_paths_and_labels() -> None:
    data: dict[str, Any] = {}
    set_path(data, "a.b", 1)
    assert get_path(data, "a.b") == 1 and get_path(data, "a.c") is None
    set_path(data, "a.b", None)
    assert data == {"a": {}}
    assert item_label({"start": 2010, "post": "柜员"}) == "2010年至今任柜员"
    assert item_label("很" * 50).endswith("…")


def test_get_path_through_missing_or_non_dict_parts_is_none() -> None:
    data = {"speaker": {"name": "张三", "career": [{"start": 2008}]}}
    assert get_path(data, "speaker.name") == "张三"
    assert get_path(data, "speaker") == data["speaker"]
    assert get_path(data, "post.title") is None
    assert get_path(data, "speaker.name.first") is None
    assert get_path(data, "speaker.career.start") is None


def test_set_path_creates_parents_and_an_empty_list_removes() -> None:
    data: dict[str, Any] = {}
    set_path(data, "speaker.honours", ["优秀员工"])
    set_path(data, "speaker.name", "张三")
    assert data == {"speaker": {"honours": ["优秀员工"], "name": "张三"}}
    set_path(data, "speaker.honours", [])
    assert data == {"speaker": {"name": "张三"}}
    set_path(data, "speaker.motto", None)  # removing what is not there is fine
    assert data == {"speaker": {"name": "张三"}}


def test_profile_answers_are_the_profile_data() -> None:
    data = minimal_data(speaker={"name": "张三", "joined_year": 2008})
    answers = profile_answers(Profile.model_validate(data))
    assert get_path(answers, "speaker.name") == "张三" and get_path(answers, "speaker.joined_year") == 2008
    assert get_path(answers, "post.title") == "客户经理"
    assert Profile.model_validate(answers) == Profile.model_validate(data)


def test_shown_prefills_nothing_for_no_answer() -> None:
    assert shown(None) == "" and shown(2008) == "2008" and shown("张三") == "张三"


def test_item_labels_for_each_kind_of_item() -> None:
    assert item_label({"headline": "熟悉业务", "detail": "八年"}) == "熟悉业务"
    assert item_label({"start": 2008, "end": 2011, "post": "营业员", "unit": "城区营业厅"}) == (
        "2008年至2011年在城区营业厅任营业员"
    )
    assert item_label("2019年度优秀员工") == "2019年度优秀员工"


def test_item_labels_are_cut_to_forty_characters() -> None:
    label = item_label({"headline": "很" * 60})
    assert len(label) == 40 and label.endswith("…")
    assert item_label("很" * 40) == "很" * 40


def test_suggestion_label_shows_headline_and_detail() -> None:
    assert suggestion_label({"headline": "熟悉业务", "detail": "八年经验"}) == "熟悉业务——八年经验"
    assert suggestion_label({"headline": "熟悉业务"}) == "熟悉业务"
    assert suggestion_label("一段认识") == "一段认识"
    long = suggestion_label({"headline": "很" * 50, "detail": "多" * 50})
    assert len(long) == 70 and long.endswith("…")


def test_an_unfinished_period_is_still_labelled() -> None:
    label = period_text_from({"start": 2008, "post": ""})
    assert "2008" in label
    assert period_text_from({"start": 2008, "post": "柜员"}) == "2008年至今任柜员"
