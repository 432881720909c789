from __future__ import annotations

import pytest

from speechwriter.common.chinese_text import (
    clause,
    full_width_punctuation,
    has_control_chars,
    one_line,
    remove_control_chars,
    sentence,
)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("我热爱工作,认真负责.", "我热爱工作，认真负责。"),
        ("使用(5G)业务", "使用（5G）业务"),
        ('他说"团结就是力量"!', "他说“团结就是力量”！"),
        ("工作...", "工作……"),
        ("问题:怎么办?", "问题：怎么办？"),
    ],
)
def test_full_width_next_to_chinese(raw: str, expected: str) -> None:
    assert full_width_punctuation(raw) == expected


@pytest.mark.parametrize("raw", ["版本3.5, 5G, VoLTE", "2005.03", 'say "hi" ok', "{{ 7*7 }}"])
def test_latin_and_numbers_untouched(raw: str) -> None:
    assert full_width_punctuation(raw) == raw


def test_sentence_and_clause() -> None:
    assert sentence("好") == "好。"
    assert sentence("好！") == "好！"
    assert sentence("好，") == "好。"
    assert sentence("  ") == ""
    assert sentence("好", "！") == "好！"
    assert clause("好。") == "好"
    assert clause("好，；") == "好"


def test_one_line_collapses_whitespace_and_drops_spaces_between_chinese() -> None:
    assert one_line(" 我  爱\n 工作 and  more ") == "我爱工作 and more"


def test_control_chars() -> None:
    assert has_control_chars("a\x00b\x1bc")
    assert remove_control_chars("a\x00b\x1bc\td") == "abc\td"
    assert not has_control_chars("正常文字\n")


def test_printable_shows_terminal_controls_as_replacement_characters() -> None:
    from speechwriter.common.chinese_text import printable

    assert printable("我叫\x1b]0;pwned\x07王芳\u009b") == "我叫\ufffd]0;pwned\ufffd王芳\ufffd"
    assert printable("第一行\n第二行\t") == "第一行\n第二行\t"
