from __future__ import annotations

import pytest

from speechwriter.speech.model import Paragraph, Section, Speech
from speechwriter.speech.timing import count_characters, minutes_text, section_lengths, slot_report, total_characters


def test_counts_chinese_characters_words_and_numbers_not_punctuation() -> None:
    assert count_characters("我们，好！") == 3
    assert count_characters("开通5G业务2.5万户，VoLTE用户") == 11


def test_section_lengths_skip_title_and_section_names() -> None:
    speech = Speech(
        title="很长很长的标题",
        author="某",
        sections=[
            Section(key="a", title="甲部分", blocks=[Paragraph(text="一二三四")]),
            Section(key="b", title="乙部分", blocks=[Paragraph(text="一二")]),
        ],
    )
    lengths = section_lengths(speech, rate=2)
    assert [(s.key, s.characters, s.minutes) for s in lengths] == [("a", 4, 2.0), ("b", 2, 1.0)]
    assert total_characters(speech) == 6


def test_minutes_text() -> None:
    assert minutes_text(4.26) == "约 4.3 分钟"


def test_report_over_under_and_long_parts() -> None:
    from speechwriter.speech.timing import timing_report

    speech = Speech(
        title="题",
        author="某",
        sections=[
            Section(key="opening", title="开场", blocks=[Paragraph(text="好" * 300)], share=0.08),
            Section(key="plan", title="设想", blocks=[Paragraph(text="好" * 100)], share=0.32),
        ],
    )
    over = timing_report(speech, rate=200, minutes=1, longest_answers=[("竞聘优势第 1 条", 80)])
    assert over[0] == "篇幅：共 400 字，约 2.0 分钟（按每分钟 200 字）。"
    assert "开场 300 字（75%）｜设想 100 字（25%）" in over[1]  # proportions always shown
    assert over[2] == "限时 1 分钟（约 200 字）：超出 200 字（约 1.0 分钟），需要删减约 200 字。"
    assert "开场 300 字，占 75%（通常约 8%）" in over[3]  # the usual share comes with the section
    assert "竞聘优势第 1 条（80 字）" in over[4]
    under = timing_report(speech, rate=200, minutes=3)
    assert under[2] == "限时 3 分钟（约 600 字）：还差 200 字（约 1.0 分钟），可以再充实约 200 字。"
    assert timing_report(speech, rate=200, minutes=2)[2] == "限时 2 分钟（约 400 字）：长度合适。"
    assert len(timing_report(speech)) == 2


def _one_part(characters: int) -> Speech:
    return Speech(
        title="题", author="某", sections=[Section(key="a", title="甲", blocks=[Paragraph(text="好" * characters)])]
    )


@pytest.mark.parametrize(
    ("characters", "verdict"),
    [
        (100, "限时 1 分钟（约 100 字）：长度合适。"),
        (103, "限时 1 分钟（约 100 字）：长度合适。"),
        (104, "限时 1 分钟（约 100 字）：超出 4 字（约 0.0 分钟），需要删减约 4 字。"),
        (97, "限时 1 分钟（约 100 字）：长度合适。"),
        (96, "限时 1 分钟（约 100 字）：还差 4 字（约 0.0 分钟），可以再充实约 4 字。"),
    ],
)
def test_on_time_within_three_percent_either_way(characters: int, verdict: str) -> None:
    assert slot_report(_one_part(characters), rate=100, minutes=1)[0] == verdict
