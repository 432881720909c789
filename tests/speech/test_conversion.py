"""A speech converted to another script keeps its shape and records the script."""

from __future__ import annotations

from speechwriter.common.script import converter
from speechwriter.compose.fitting import fit
from speechwriter.profile.loading import load_profile
from speechwriter.speech.conversion import convert_speech
from speechwriter.speech.model import Enumeration, Item, Paragraph, Section, Speech, speech_lines
from tests.conftest import EXAMPLES


def test_convert_speech_keeps_structure() -> None:
    speech = fit(load_profile(EXAMPLES[2]).profile).speech
    converted = convert_speech(speech, "traditional")
    assert [s.key for s in converted.sections] == [s.key for s in speech.sections]
    assert len(speech_lines(converted)) == len(speech_lines(speech))
    assert convert_speech(speech, None) is speech


def _speech() -> Speech:
    return Speech(
        title="竞聘网点主任演讲稿",
        author="张三",
        sections=[
            Section(key="opening", title="开场", blocks=[Paragraph(text="感谢组织给我这次机会。")]),
            Section(
                key="plan",
                title="工作设想",
                blocks=[
                    Enumeration(
                        style="一是",
                        lead="如果竞聘成功，我将：",
                        items=[
                            Item(marker="一是", headline="抓服务", detail="让客户满意。"),
                            Item(marker="二是", headline="带队伍"),
                        ],
                    )
                ],
            ),
        ],
    )


def test_every_text_is_converted() -> None:
    speech = _speech()
    converted = convert_speech(speech, "traditional")
    convert = converter("traditional")
    assert converted.title == convert(speech.title) == "競聘網點主任演講稿"
    assert converted.author == "張三"
    assert [s.title for s in converted.sections] == ["開場", "工作設想"]
    assert [line.text for line in speech_lines(converted)] == [convert(line.text) for line in speech_lines(speech)]
    plan = converted.section("plan").blocks[0]
    assert isinstance(plan, Enumeration) and plan.style == "一是"  # the style name is an id, not text
    assert [item.marker for item in plan.items] == ["一是", "二是"]


def test_the_script_is_recorded_on_the_speech() -> None:
    speech = _speech()
    assert speech.script == "simplified"
    for script in ("traditional", "taiwan", "hongkong", "simplified"):
        assert convert_speech(speech, script).script == script


def test_converting_back_gives_the_simplified_text() -> None:
    speech = _speech()
    back = convert_speech(convert_speech(speech, "traditional"), "simplified")
    assert [line.text for line in speech_lines(back)] == [line.text for line in speech_lines(speech)]
