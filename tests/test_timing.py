from __future__ import annotations

from speechwriter.speech import Paragraph, Section, Speech
from speechwriter.timing import count_characters, minutes_text, section_lengths, total_characters


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
