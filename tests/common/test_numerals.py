from __future__ import annotations

import pytest

from speechwriter.common.numerals import ENUMERATION_STYLES, chinese_number, enumeration_style
from speechwriter.profile.answer_types import EnumerationStyleName


@pytest.mark.parametrize(
    ("number", "expected"),
    [
        (0, "零"),
        (1, "一"),
        (10, "十"),
        (11, "十一"),
        (19, "十九"),
        (20, "二十"),
        (21, "二十一"),
        (99, "九十九"),
        (100, "一百"),
        (101, "一百零一"),
        (110, "一百一十"),
        (1001, "一千零一"),
        (1010, "一千零一十"),
        (10000, "一万"),
        (10010, "一万零一十"),
        (100000, "十万"),
        (120034, "十二万零三十四"),
    ],
)
def test_chinese_number(number: int, expected: str) -> None:
    assert chinese_number(number) == expected


def test_chinese_number_rejects_negative() -> None:
    with pytest.raises(ValueError, match="non-negative integer"):
        chinese_number(-1)


@pytest.mark.parametrize(
    ("style", "number", "marker"),
    [
        ("一是", 1, "一是"),
        ("一是", 11, "十一是"),
        ("一是", 23, "二十三是"),
        ("一、", 12, "十二、"),
        ("（一）", 11, "（十一）"),
        ("一要", 5, "五要"),
        ("第一", 3, "第三，"),
        ("1.", 12, "12."),
    ],
)
def test_markers_for_any_count(style: str, number: int, marker: str) -> None:
    assert enumeration_style(style).marker_for(number) == marker


def test_heading_levels() -> None:
    assert enumeration_style("一、").heading_level == 1
    assert enumeration_style("（一）").heading_level == 2
    assert enumeration_style("一是").layout == "paragraph"


def test_unknown_style_lists_known_ones() -> None:
    with pytest.raises(KeyError, match="一是"):
        enumeration_style("甲")


def test_profile_literal_matches_style_table() -> None:
    assert set(EnumerationStyleName.__args__) == set(ENUMERATION_STYLES)  # type: ignore[attr-defined]
