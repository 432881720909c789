"""The speech as a strict reader hears it: across sectors, slots, scripts, sparse and rich answers.

Each case renders a profile through the same pipeline ``render`` uses and asserts that none of
the defects readers found occurs: another trade's words, CV-list careers, doubled 现任, subjectless
stock lines, orphan leads, lost full stops, a numbered list of one, template lines echoing the
answers, facts out of 简历 order, template text in the wrong script, Markdown that shows its marks.
"""

from __future__ import annotations

import copy
import re
from functools import cache
from typing import Any

import pytest

from speechwriter.app.pipeline import SpeechOptions, make_speech
from speechwriter.check.speech_checks import check_units, units_from_speech
from speechwriter.common.script import converter
from speechwriter.compose.echo import EchoGuard
from speechwriter.library.sectors import sector_book
from speechwriter.profile.model import Profile
from speechwriter.render.markdown import render_markdown
from speechwriter.speech.model import Enumeration, Paragraph, Speech, speech_lines

SECTORS = [sector.name for sector in sector_book().sectors]
_CJK = re.compile(r"[\u3400-\u9fff]")
_SENTENCE = re.compile(r"(?<=[。！？；])")
_CLAUSE = re.compile(r"[，。；！？、：,.;!?:“”\s]+")

# Answers that any trade could give: the trade's words in a speech can only come from the templates.
RICH: dict[str, Any] = {
    "speaker": {
        "name": "陈晓雯",
        "gender": "女",
        "birth": "1986-05",
        "ethnicity": "汉族",
        "political_status": "中共党员",
        "education": "本科",
        "school": "江城大学",
        "major": "管理学",
        "graduation_year": 2008,
        "joined_year": 2008,
        "organization": "青州市第一单位",
        "organization_short": "市一单位",
        "career": [
            {"start": 2008, "end": 2012, "post": "办事员", "unit": "综合科"},
            {"start": 2012, "end": 2018, "post": "主管", "unit": "综合科"},
            {"start": 2018, "post": "副科长", "unit": "业务科"},
        ],
        "current_post": "业务科副科长",
        "honours": ["年度先进个人", "岗位能手"],
        "motto": "认真做好每一件小事",
    },
    "post": {"title": "科长", "unit": "业务科"},
    "understanding": {
        "paragraphs": [
            "科长要把科里的工作统筹起来，既要盯住目标，也要照顾到每一个同事的难处",
            "这个岗位难在协调：上面的要求要落地，下面的困难要反映，中间要靠制度和沟通把两头接上",
        ],
        "points": [{"headline": "懂业务"}, {"headline": "会协调"}, {"headline": "能担当"}],
    },
    "strengths": [
        {"headline": "熟悉全流程", "detail": "十多年里在两个科室、三个岗位轮过，每个环节都亲手做过"},
        {"headline": "有带队伍的经验", "detail": "担任副科长以来，带着六个人完成了三项重点任务"},
        {"headline": "肯钻研", "detail": "我牵头修订的工作手册，现在是新人入门的必读材料"},
    ],
    "plan": [
        {"headline": "理清职责", "detail": "一个月内把科里每个岗位的职责写清楚，贴在墙上"},
        {"headline": "建立例会制度", "detail": "每周一次短会，问题当场记下，下周回头看"},
        {"headline": "培养新人", "detail": "每个新人配一位师傅，半年内能独立上岗"},
    ],
    "closing": {"pledge": "无论结果如何，我都会一如既往地做好本职工作"},
}
SPARSE: dict[str, Any] = {
    "speaker": {"name": "赵磊"},
    "post": {"title": "组长"},
    "understanding": {"paragraphs": ["组长要带头干，也要带着大家干"]},
    "strengths": [{"headline": "业务熟练"}],
    "plan": [{"headline": "把基础工作做扎实"}],
}
LONG_CAREER = [
    {"start": 2003, "end": 2005, "post": "综合柜员", "unit": "城关支行"},
    {"start": 2005, "end": 2008, "post": "大堂经理", "unit": "城关支行"},
    {"start": 2008, "end": 2012, "post": "客户经理", "unit": "开发区支行"},
    {"start": 2012, "end": 2015, "post": "个贷主管", "unit": "开发区支行"},
    {"start": 2015, "end": 2018, "post": "会计主管", "unit": "城南支行"},
    {"start": 2018, "end": 2021, "post": "副行长", "unit": "城南支行"},
    {"start": 2021, "post": "营业部副主任", "unit": "营业部"},
]


def _traditional(data: Any) -> Any:
    convert = converter("traditional")
    if isinstance(data, dict):
        return {key: _traditional(value) for key, value in data.items()}
    if isinstance(data, list):
        return [_traditional(value) for value in data]
    return convert(data) if isinstance(data, str) else data


def _profile(kind: str, sector: str | None, minutes: int, script: str, **speaker: Any) -> Profile:
    data = copy.deepcopy(RICH if kind == "rich" else SPARSE)
    data["time_limit_minutes"] = minutes
    if sector:
        data["post"]["sector"] = sector
    data["speaker"].update(speaker)
    if script == "traditional":
        data = _traditional(data)
    return Profile.model_validate(data)


def _answers(profile: Profile) -> set[str]:
    found: set[str] = set()

    def walk(value: Any) -> None:
        if isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)
        elif isinstance(value, str | int) and not isinstance(value, bool):
            text = str(value)
            found.add(text)
            found.update(part for part in _CLAUSE.split(text) if len(part) >= 2)

    walk(profile.model_dump(exclude={"schema_version", "styles", "time_limit_minutes"}))
    return {answer for answer in found if len(answer) >= 2}


def template_sentences(speech: Speech, profile: Profile) -> list[str]:
    """Sentences the templates built alone: no answer of the speaker's appears in them."""
    answers = _answers(profile)
    sentences = []
    for line in speech_lines(speech):
        if not line.spoken:
            continue
        for sentence in _SENTENCE.split(line.text):
            sentence = sentence.strip()
            if sentence and not any(answer in sentence for answer in answers):
                sentences.append(sentence)
    return sentences


@cache
def _speech(kind: str, sector: str | None, minutes: int, script: str) -> tuple[Profile, Speech]:
    profile = _profile(kind, sector, minutes, script)
    return profile, make_speech(profile, SpeechOptions()).speech


CASES = [
    (kind, sector, minutes, script)
    for kind in ("rich", "sparse")
    for sector in [*SECTORS, None]
    for minutes in (3, 5, 8)
    for script in ("simplified", "traditional")
    if script == "simplified" or minutes == 5
]


def _id(case: tuple[str, str | None, int, str]) -> str:
    kind, sector, minutes, script = case
    return f"{kind}-{sector or '无行业'}-{minutes}分钟-{script}"


@pytest.mark.parametrize("case", CASES, ids=[_id(case) for case in CASES])
def test_no_defect_a_reader_found(case: tuple[str, str | None, int, str]) -> None:
    kind, sector, minutes, script = case
    profile, speech = _speech(kind, sector, minutes, script)
    built = template_sentences(speech, profile)
    simplified = converter("simplified")
    built_text = simplified("".join(built))

    # 1. no other trade's words in what the templates wrote
    own = set(next((s.words for s in sector_book().sectors if s.name == sector), []))
    for other in sector_book().sectors:
        for word in set(other.words) - own:
            assert word not in built_text, f"{other.name}的“{word}”出现在{sector or '无行业'}的演讲稿里"
    if sector not in ("通信", "银行", "保险", "制造业"):
        assert "客户" not in built_text

    # 2. no template-built sentence over about 60 characters; 3. no CV list
    for sentence in built:
        assert len(_CJK.findall(sentence)) <= 62, sentence
    whole = "".join(line.text for line in speech_lines(speech))
    assert not re.search(r"\d{4}年至\d{4}年[^。]{0,30}；\d{4}年至", whole), "工作经历写成了履历清单"

    # 4. stock lines have their subject; nothing belittles the current post or assumes long service
    assert not re.search(r"(^|。)付出也", built_text)
    assert "更重要的岗位" not in built_text
    if kind == "sparse":
        assert "多年" not in built_text and "这些年积累的经验" not in built_text

    # 5. leads end in a colon and never stand alone; 7. one item is never numbered
    for section in speech.sections:
        for block in section.blocks:
            if isinstance(block, Enumeration):
                assert len(block.items) > 1, f"{section.title}只有一条却编了号"
                assert not block.lead or block.lead.endswith("："), block.lead
            else:
                assert isinstance(block, Paragraph)
                assert not block.text.endswith(("，", ",")), block.text

    # 6. every paragraph ends as a sentence; the checks find no seam in the tool's own output
    units, present = units_from_speech(speech)
    seams = {"orphan_lead", "end_punctuation", "lone_enumeration", "doubled_fact", "half_width", "repeat"}
    seams |= {"long_sentence", "placeholder", "gap", "missing_section"}
    findings = [f for f in check_units(units, present, None) if f.kind in seams]
    assert not findings, findings

    # 8. no optional template line restates the speaker's own answers
    guard = EchoGuard(_answers(profile))
    for sentence in built:
        if len(_CJK.findall(sentence)) >= 8 and not sentence.endswith("："):
            assert guard(sentence), f"模板句与回答重复：{sentence}"

    # 10. the template text is in the script of the answers
    if script == "traditional":
        assert speech.script == "traditional"
        assert converter("traditional")(built_text) != built_text or not built_text
        for sentence in built:
            assert converter("traditional")(sentence) == sentence, sentence

    # 12. Markdown shows no stray marks
    markdown = render_markdown(speech)
    assert "（**" not in markdown and "\\1" not in markdown


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_facts_in_resume_order_with_gender(script: str) -> None:
    _, speech = _speech("rich", None, 5, script)
    intro = converter("simplified")(
        "".join(line.text for line in speech_lines(speech) if line.section_key == "introduction")
    )
    order = ["陈晓雯", "女", "汉族", "1986年5月出生", "中共党员", "本科学历"]
    positions = [intro.index(item) for item in order]
    assert positions == sorted(positions), intro


def test_long_career_is_told_not_listed() -> None:
    profile = _profile("rich", "银行", 5, "simplified", career=LONG_CAREER, current_post="营业部副主任")
    speech = make_speech(profile, SpeechOptions()).speech
    intro = "".join(line.text for line in speech_lines(speech) if line.section_key == "introduction")
    assert "2021年起任营业部副主任" in intro
    assert intro.count("营业部副主任") == 1, intro  # the open period and 现任 are one post
    assert "2003年至2005年" not in intro and "；2005年" not in intro
    for sentence in _SENTENCE.split(intro):
        assert len(_CJK.findall(sentence)) <= 62, sentence


def test_current_post_is_not_said_twice_when_written_differently() -> None:
    profile = _profile("rich", None, 5, "simplified", current_post="业务科 副科长")
    speech = make_speech(profile, SpeechOptions()).speech
    intro = "".join(line.text for line in speech_lines(speech) if line.section_key == "introduction")
    assert "现任" not in intro and intro.count("副科长") == 1, intro


def test_no_organisation_means_no_placeholder_word() -> None:
    profile = _profile("rich", None, 5, "simplified", organization=None, organization_short=None)
    speech = make_speech(profile, SpeechOptions()).speech
    intro = "".join(line.text for line in speech_lines(speech) if line.section_key == "introduction")
    assert "进入单位" not in intro and "在单位" not in intro, intro
    assert "同年参加工作" in intro


def test_script_option_converts_template_text_and_keeps_answers() -> None:
    profile = _profile("rich", "医疗卫生", 5, "simplified", name="王秘书")
    speech = make_speech(profile, SpeechOptions(script="taiwan")).speech
    text = "".join(line.text for line in speech_lines(speech))
    assert "王秘书" in text and "演講稿" in speech.title and "自我介紹" in text and speech.script == "taiwan"
    converted = make_speech(profile, SpeechOptions(script="traditional", convert_answers=True)).speech
    assert "王秘書" in "".join(line.text for line in speech_lines(converted))


def test_same_profile_same_words_and_people_differ() -> None:
    first = make_speech(_profile("rich", "教育", 5, "simplified"), SpeechOptions()).speech
    again = make_speech(_profile("rich", "教育", 5, "simplified"), SpeechOptions()).speech
    assert first == again
    other = make_speech(_profile("rich", "教育", 5, "simplified", name="林一鸣"), SpeechOptions()).speech
    built = set(template_sentences(first, _profile("rich", "教育", 5, "simplified")))
    built_other = set(template_sentences(other, _profile("rich", "教育", 5, "simplified", name="林一鸣")))
    assert built != built_other
