"""Phrase previews in the questionnaire: the text filled in, and its length label."""

from __future__ import annotations

import re

import pytest

from speechwriter.compose.phrase_text import phrase_length_label, render_phrase
from speechwriter.library.phrases import phrase_bank
from speechwriter.library.sectors import sector_book
from speechwriter.speech.timing import count_characters

PHRASES = [*phrase_bank().openings, *phrase_bank().closings]


@pytest.mark.parametrize("phrase", PHRASES, ids=lambda phrase: phrase.id)
def test_every_phrase_previews_without_template_traces(phrase: object) -> None:
    for variant in ("full", "short"):
        text = render_phrase(phrase.text(variant), {"post_name": "客户经理", "org": "江城移动"})  # type: ignore[attr-defined]
        assert text.strip()
        assert "{" not in text and "}" not in text and "None" not in text


def test_values_are_filled_in() -> None:
    text = render_phrase(
        "我竞聘的岗位是{{ post_name }}，在{{ org }}工作。", {"post_name": "客户经理", "org": "江城移动"}
    )
    assert text == "我竞聘的岗位是客户经理，在江城移动工作。"


def test_missing_facts_are_empty_and_the_first_wording_is_taken() -> None:
    text = render_phrase('{{ pick("k", "甲", "乙") }}|{{ facts.age }}|{{ speech_title }}', {})
    assert text == "甲||"


def test_the_neutral_trade_words_are_used() -> None:
    assert render_phrase("{{ trade.served }}", {}) == sector_book().neutral.served


def test_given_values_override_the_defaults() -> None:
    assert render_phrase("{{ pick('k', '甲', '乙') }}", {"pick": lambda _key, *options: options[-1]}) == "乙"


@pytest.mark.parametrize("phrase", PHRASES, ids=lambda phrase: phrase.id)
def test_length_label_counts_both_lengths(phrase: object) -> None:
    label = phrase_length_label(phrase)  # type: ignore[arg-type]
    match = re.fullmatch(r"约 (\d+) 字，精简 (\d+) 字", label)
    assert match is not None, label
    assert int(match.group(1)) == count_characters(phrase.full)  # type: ignore[attr-defined]
    assert int(match.group(2)) == count_characters(phrase.short)  # type: ignore[attr-defined]
    assert int(match.group(2)) < int(match.group(1))
