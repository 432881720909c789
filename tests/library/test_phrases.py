from __future__ import annotations

from typing import Any

import pytest

from speechwriter.compose.composer import compose
from speechwriter.compose.phrase_text import phrase_length_label, render_phrase
from speechwriter.interview.questionnaire import Questionnaire
from speechwriter.library.phrases import phrase_bank, phrase_ids
from speechwriter.profile.model import Profile
from speechwriter.speech.model import speech_lines
from tests.conftest import TODAY, minimal_data
from tests.scripted_prompter import ENTER, ScriptedPrompter


def test_at_least_five_of_each_in_every_style() -> None:
    bank = phrase_bank()
    for phrases in (bank.openings, bank.closings):
        assert len(phrases) >= 5
        assert {p.style for p in phrases} == {"谦逊", "激昂", "稳重"}
        for phrase in phrases:
            assert len(phrase.short) < len(phrase.full)
            assert phrase_length_label(phrase).startswith("约 ")


def _spoken(profile: Profile, key: str, variant: str) -> str:
    speech = compose(profile, today=TODAY, variants={key: variant})
    return "".join(line.text for line in speech_lines(speech) if line.section_key == key and line.spoken)


@pytest.mark.parametrize("phrase_id", phrase_ids("openings"))
@pytest.mark.parametrize("variant", ["full", "short"])
def test_every_opening_renders_and_names_the_post_once(phrase_id: str, variant: str) -> None:
    profile = Profile.model_validate(minimal_data(opening={"phrase": phrase_id}))
    text = _spoken(profile, "opening", variant)
    assert text.count("客户经理") == 1 and "{" not in text and "None" not in text


@pytest.mark.parametrize("phrase_id", phrase_ids("closings"))
@pytest.mark.parametrize("variant", ["full", "short"])
def test_every_closing_renders(phrase_id: str, variant: str) -> None:
    profile = Profile.model_validate(minimal_data(closing={"phrase": phrase_id}))
    text = _spoken(profile, "closing", variant)
    preview = render_phrase(
        phrase_bank().get("closings", phrase_id).text(variant), {"post_name": "客户经理", "org": "单位"}
    )
    assert text.startswith(preview[:8])  # the phrase's own opening words (its wordings vary per speaker)
    assert text.endswith("！") and "谢谢" in text[-12:]


def test_own_pledge_replaces_the_closing_phrase() -> None:
    profile = Profile.model_validate(minimal_data(closing={"pledge": "我会努力", "phrase": "信心满怀"}))
    assert "请大家相信我" not in _spoken(profile, "closing", "full")


def test_unknown_phrase_is_a_validation_error() -> None:
    from pydantic import ValidationError

    with pytest.raises(ValidationError, match="没有名为“豪言”的开场句式"):
        Profile.model_validate(minimal_data(opening={"phrase": "豪言"}))


def test_questionnaire_previews_and_stores_the_choice() -> None:
    answers: dict[str, Any] = minimal_data()
    answers["post"] = {"title": "网点主任", "unit": "城东支行"}
    before = ["post.sector", "post.title", "post.unit", "post.speech_title", "audience.salutation", "audience.greeting"]
    prompter = ScriptedPrompter([*((key, ENTER) for key in before), ("opening.phrase", "学习交流")], enter_after=True)
    questionnaire = Questionnaire(prompter, answers)
    questionnaire.ask_section(0)
    assert questionnaire.answers["opening"]["phrase"] == "学习交流"
    previews = prompter.previews[0]
    assert len(previews) == len(phrase_ids("openings")) + 1  # 自动 first, then every phrase
    assert "按你的岗位和经历挑选" in previews[0]
    assert any("城东支行网点主任" in preview for preview in previews)


def test_questionnaire_leaves_the_phrase_to_the_profile_by_default() -> None:
    answers: dict[str, Any] = minimal_data()
    prompter = ScriptedPrompter([ENTER] * 12)
    questionnaire = Questionnaire(prompter, answers)
    questionnaire.ask_section(0)
    assert "phrase" not in questionnaire.answers.get("opening", {})
