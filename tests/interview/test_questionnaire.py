from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from speechwriter.interview.answers import profile_answers
from speechwriter.interview.questionnaire import Questionnaire
from speechwriter.library.presets import all_presets
from speechwriter.profile.loading import load_profile
from tests.conftest import EXAMPLES, example
from tests.scripted_prompter import ENTER, ScriptedPrompter, Step

REVIEW = "全部问题已回答"
"""The review menu's prompt."""

# Answers for a questionnaire from scratch, each keyed by its question's field (or, inside a list, by the
# prompt's start); every question asked must be here, in the order it comes.
FROM_SCRATCH: list[Step] = [
    # 1 开场
    ("post.sector", ENTER),
    ("post.title", "网点主任"),
    ("post.unit", "城东支行"),
    ("post.speech_title", ""),
    ("audience.salutation", ENTER),
    ("audience.greeting", ENTER),
    ("opening.phrase", ENTER),
    ("opening.remarks", ""),
    # 2 自我介绍
    ("speaker.name", "周敏"),
    ("speaker.gender", ENTER),
    ("speaker.birth", "1988-07"),
    ("speaker.education", "本科"),
    ("speaker.ethnicity", ""),
    ("speaker.political_status", ""),
    ("speaker.school", "江城大学"),
    ("speaker.major", "金融学"),
    ("speaker.graduation_year", "2010"),
    ("speaker.joined_year", "2010"),
    ("speaker.organization", "江城农商银行"),
    ("speaker.organization_short", ""),
    ("speaker.current_post", "客户经理"),
    ("speaker.career", "添加"),
    ("第 1 段 · 起始年份", "2010"),
    ("第 1 段 · 结束年份", "2015"),
    ("第 1 段 · 岗位", "柜员"),
    ("第 1 段 · 所在单位", "城东网点"),
    ("speaker.career", "添加"),
    ("第 2 段 · 起始年份", "2015"),
    ("第 2 段 · 结束年份", ""),  # an open one
    ("第 2 段 · 岗位", "客户经理"),
    ("第 2 段 · 所在单位", ""),
    ("speaker.career", "完成"),
    ("speaker.honours", "添加"),
    ("获得的荣誉 · 第 1 项", "2022年度优秀员工"),
    ("speaker.honours", "完成"),
    ("speaker.motto", ""),
    # 3 对岗位的认识
    ("understanding.paragraphs", "添加"),
    ("对岗位的认识 · 第 1 段", "网点主任既要管好业务，也要带好队伍"),
    ("understanding.paragraphs", "完成"),
    ("understanding.points", "完成"),  # no points: no lead, no style
    # 4 竞聘优势: three, then done
    ("strengths", "添加"),
    ("第 1 条 · 要点", "熟悉网点业务"),
    ("第 1 条 · 具体内容", "在柜面和客户经理岗位干了十几年"),
    ("strengths", "添加"),
    ("第 2 条 · 要点", "善于带团队"),
    ("第 2 条 · 具体内容", ""),
    ("strengths", "添加"),
    ("第 3 条 · 要点", "客户基础好"),
    ("第 3 条 · 具体内容", "维护客户三百多户"),
    ("strengths", "完成"),
    ("styles.strengths", ENTER),
    # 5 工作设想
    ("plan", "添加"),
    ("第 1 条 · 要点", "抓服务"),
    ("第 1 条 · 具体措施", "做实网点服务规范"),
    ("plan", "添加"),
    ("第 2 条 · 要点", "抓营销"),
    ("第 2 条 · 具体措施", ""),
    ("plan", "添加"),
    ("第 3 条 · 要点", "抓风控"),
    ("第 3 条 · 具体措施", ""),
    ("plan", "完成"),
    ("styles.plan", ENTER),
    # 6 结尾
    ("closing.pledge", ""),
    ("closing.phrase", ENTER),
    ("closing.motto", ""),
    ("time_limit_minutes", "5"),
]


def step_index(script: list[Step], key: str) -> int:
    """Where the first step keyed ``key`` is in ``script``."""
    keys = [k for k, _ in script]
    assert key in keys, f"no step for {key!r}"
    return keys.index(key)


def answering(script: list[Step], key: str, *answers: Any) -> list[Step]:
    """``script`` with the step keyed ``key`` replaced by one step per answer (a user retyping)."""
    at = step_index(script, key)
    return [*script[:at], *[(key, answer) for answer in answers], *script[at + 1 :]]


def enter(*keys: str) -> list[Step]:
    """Enter at each of these prompts."""
    return [(key, ENTER) for key in keys]


def _run(script: list[Step], answers: dict[str, Any] | None = None) -> tuple[Questionnaire, ScriptedPrompter]:
    prompter = ScriptedPrompter(script)
    questionnaire = Questionnaire(prompter, answers)
    questionnaire.run()
    prompter.assert_finished()
    return questionnaire, prompter


def test_from_scratch_builds_a_valid_profile() -> None:
    questionnaire, prompter = _run(FROM_SCRATCH)
    assert questionnaire.problems() == []
    profile = questionnaire.profile()
    assert profile.post.title == "网点主任" and profile.post.unit == "城东支行"
    assert profile.speaker.birth == "1988-07" and profile.speaker.age is None
    assert [c.post for c in profile.speaker.career] == ["柜员", "客户经理"]
    assert profile.speaker.career[1].end is None
    assert [s.headline for s in profile.strengths] == ["熟悉网点业务", "善于带团队", "客户基础好"]
    assert profile.strengths[1].detail is None
    assert profile.audience.greeting == "大家好！"  # Enter kept the pre-filled default
    assert profile.time_limit_minutes == 5
    assert prompter.rejected == []
    assert [m for m in prompter.messages if m.startswith("第 ")][:6] == [
        "第 1/6 部分：开场", "第 2/6 部分：自我介绍", "第 3/6 部分：对岗位的认识",
        "第 4/6 部分：竞聘优势", "第 5/6 部分：工作设想", "第 6/6 部分：结尾",
    ]  # fmt: skip


def test_skipped_questions() -> None:
    _, prompter = _run(FROM_SCRATCH)
    assert "年龄（可留空）" not in prompter.transcript  # birth was given
    assert "单位简称（可留空）" in prompter.transcript  # organisation was given
    assert "列举要求前的引语（可留空）" not in prompter.transcript  # no points


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_enter_through_keeps_every_answer(path: Path) -> None:
    original = profile_answers(load_profile(path).profile)
    prompter = ScriptedPrompter(enter_after=True)
    questionnaire = Questionnaire(prompter, copy.deepcopy(original))
    questionnaire.run()
    assert questionnaire.answers == original
    assert questionnaire.profile() == load_profile(path).profile
    assert prompter.rejected == []


def test_wrong_answers_are_corrected_at_the_prompt() -> None:
    script = answering(FROM_SCRATCH, "speaker.birth", "1988-13", "88年", "1988-07")
    script = answering(script, "speaker.joined_year", "2099", "2010")
    questionnaire, prompter = _run(script)
    assert [(text, problem) for _, text, problem in prompter.rejected] == [
        ("1988-13", "月份 13 不存在，请填写 1 到 12"),
        ("88年", "“88年”不是有效的年月，请写成“1985-03”的形式"),
        ("2099", "年份 2099 还没有到，请检查是否填错"),
    ]
    assert questionnaire.profile().speaker.birth == "1988-07"


def test_career_period_checked_as_a_whole() -> None:
    first = step_index(FROM_SCRATCH, "第 1 段 · 起始年份")
    period = FROM_SCRATCH[first : first + 4]  # start, end, post, unit
    end_before_start = [("第 1 段 · 起始年份", "2015"), ("第 1 段 · 结束年份", "2010"), *period[2:]]
    # The whole period is asked again, pre-filled; this time it is right.
    script = [*FROM_SCRATCH[:first], *end_before_start, *period, *FROM_SCRATCH[first + 4 :]]
    questionnaire, prompter = _run(script)
    assert any("结束年份 2010 早于起始年份 2015" in m for m in prompter.messages)
    assert questionnaire.profile().speaker.career[0].start == 2010


def _list_answers() -> dict[str, Any]:
    """The insurance example's answers: three strengths, four plans, a pledge."""
    return profile_answers(load_profile(example("insurance_manager")).profile)


def _run_section(key: str, script: list[Step], answers: dict[str, Any]) -> tuple[Questionnaire, ScriptedPrompter]:
    prompter = ScriptedPrompter(script)
    questionnaire = Questionnaire(prompter, answers)
    questionnaire.ask_section([s.key for s in questionnaire.sections].index(key))
    prompter.assert_finished()
    return questionnaire, prompter


def test_list_edit_delete_and_reorder() -> None:
    answers = _list_answers()
    headlines = [p["headline"] for p in answers["strengths"]]
    script = [
        ("strengths", "修改"),
        ("修改哪一条", "2."),
        ("第 2 条 · 要点", "新的第二条"),
        ("第 2 条 · 具体内容", ENTER),  # edit item 2: new headline, keep detail
        ("strengths", "删除"),
        ("删除哪一条", "1."),
        ("确定删除", True),  # delete item 1
        ("strengths", "添加"),
        ("第 3 条 · 要点", "第四条"),
        ("第 3 条 · 具体内容", ""),  # add one
        ("strengths", "调整顺序"),
        ("移动哪一条", "3."),
        ("移到第几位", "第 1 位"),  # move the new one to the top
        ("strengths", "完成"),
        ("styles.strengths", ENTER),
    ]
    questionnaire, _ = _run_section("strengths", script, answers)
    new = [p["headline"] for p in questionnaire.answers["strengths"]]
    assert new == ["第四条", "新的第二条", headlines[2]]
    assert questionnaire.answers["strengths"][1]["detail"]  # detail kept by Enter


def test_delete_needs_confirmation() -> None:
    answers = _list_answers()
    before = copy.deepcopy(answers["strengths"])
    script = [("strengths", "删除"), ("删除哪一条", "1."), ("确定删除", ENTER), ("strengths", "完成")]
    questionnaire, _ = _run_section("strengths", [*script, *enter("styles.strengths")], answers)
    assert questionnaire.answers["strengths"] == before


def test_required_list_cannot_be_left_empty() -> None:
    answers = _list_answers()
    delete_first = [("strengths", "删除"), ("删除哪一条", "1."), ("确定删除", True)]
    script = [
        *delete_first * 3,
        ("strengths", "完成"),  # refused: at least one
        ("strengths", "添加"),
        ("第 1 条 · 要点", "唯一一条"),
        ("第 1 条 · 具体内容", ""),
        ("strengths", "完成"),
        ("styles.strengths", ENTER),
    ]
    questionnaire, prompter = _run_section("strengths", script, answers)
    assert "✗ 竞聘优势至少需要 1 条。" in prompter.messages
    assert [p["headline"] for p in questionnaire.answers["strengths"]] == ["唯一一条"]


def test_review_defaults_to_save_and_can_jump_back() -> None:
    answers = _list_answers()
    script = [
        (REVIEW, "第 6/6 部分"),
        *enter("closing.pledge", "closing.motto"),  # a pledge: no closing phrase asked
        ("time_limit_minutes", "3"),
        (REVIEW, "预览"),
        (REVIEW, ENTER),
    ]
    prompter = ScriptedPrompter(script)
    questionnaire = Questionnaire(prompter, answers)
    previews: list[str] = []
    action = questionnaire.review(lambda profile: previews.append(profile.post.title))
    assert action == "save"
    assert questionnaire.answers["time_limit_minutes"] == 3
    assert previews == [answers["post"]["title"]]
    prompter.assert_finished()


def test_review_sends_user_to_the_section_with_a_problem() -> None:
    answers = _list_answers()
    del answers["post"]["title"]
    part_1 = ["post.unit", "post.speech_title", "audience.salutation", "audience.greeting", "opening.phrase"]
    script = [
        (REVIEW, ENTER),  # save: refused, part 1 is asked again
        ("post.sector", ENTER),
        ("post.title", "新岗位"),
        *enter(*part_1, "opening.remarks"),
        (REVIEW, ENTER),
    ]
    prompter = ScriptedPrompter(script)
    questionnaire = Questionnaire(prompter, answers)
    assert questionnaire.review(lambda profile: None) == "save"
    assert questionnaire.answers["post"]["title"] == "新岗位"
    assert any("竞聘岗位（post.title）：缺少这一项" in m for m in prompter.messages)
    prompter.assert_finished()


def test_review_quit_needs_confirmation() -> None:
    script = [(REVIEW, "放弃"), ("确定放弃", ENTER), (REVIEW, "放弃"), ("确定放弃", True)]
    prompter = ScriptedPrompter(script)
    questionnaire = Questionnaire(prompter, _list_answers())
    assert questionnaire.review(lambda profile: None) == "quit"
    prompter.assert_finished()


def test_on_change_reports_every_answer() -> None:
    seen: list[int] = []
    prompter = ScriptedPrompter(FROM_SCRATCH)
    questionnaire = Questionnaire(prompter, None, lambda answers, done: seen.append(done))
    questionnaire.run()
    prompter.assert_finished()
    assert len(seen) > 30 and seen[-1] == 6


def test_insurance_claims_suggestions_are_offered_and_ticked() -> None:
    answers = _list_answers()
    before = list(answers["strengths"])
    claims = [s.headline for s in all_presets()["insurance-claims"].strengths]
    script = [
        ("strengths", "从素材库"),
        ("选择行业", "保险"),
        ("选择岗位", "理赔"),
        ("勾选要采用的竞聘优势", [claims[0], claims[2]]),
        ("strengths", "完成"),
        ("styles.strengths", ENTER),
    ]
    questionnaire, prompter = _run_section("strengths", script, answers)
    added = questionnaire.answers["strengths"][len(before) :]
    assert [item["headline"] for item in added] == [claims[0], claims[2]]
    assert "勾选要采用的竞聘优势（空格勾选，回车确认）" in prompter.transcript
    assert questionnaire.preset is not None and questionnaire.preset.sources == ["范文4", "范文6"]
    assert questionnaire.answers["post"]["sector"] == "保险"  # taken from the chosen preset
    assert any("行业定为“保险”" in message for message in prompter.messages)


def test_suggestions_remember_the_preset_and_enter_adds_nothing() -> None:
    answers = _list_answers()
    before = list(answers["plan"])
    script = [
        ("plan", "从素材库"),
        ("选择行业", "保险"),
        ("选择岗位", "理赔"),
        ("勾选要采用的工作设想", ENTER),  # nothing ticked
        ("plan", "从素材库"),
        *enter("选择岗位"),  # the sector was taken from the preset; the same preset is offered first
        ("勾选要采用的工作设想", ENTER),
        ("plan", "完成"),
        ("styles.plan", ENTER),
    ]
    questionnaire, _ = _run_section("plan", script, answers)
    assert questionnaire.answers["plan"] == before
    assert questionnaire.preset is not None and questionnaire.preset.name == "insurance-claims"


def test_a_named_sector_offers_its_own_presets_and_examples() -> None:
    answers = _list_answers()
    answers["post"] = {"title": "护士长", "sector": "医疗卫生"}
    before = len(answers["strengths"])
    nurse = all_presets()["hospital-head-nurse"].strengths[0].headline
    script = [
        ("strengths", "从素材库"),
        ("选择岗位", "护士长"),  # no sector menu: the answers already name it
        ("勾选要采用的竞聘优势", [nurse]),
        ("strengths", "完成"),
        ("styles.strengths", ENTER),
    ]
    questionnaire, prompter = _run_section("strengths", script, answers)
    assert "选择行业" not in prompter.transcript
    assert questionnaire.answers["strengths"][before]["headline"] == nurse
    shown = "\n".join(prompter.messages + prompter.transcript)
    for word in ("营业厅", "客户", "网点", "保单", "移动"):
        assert word not in shown


def test_every_hint_a_hospital_user_sees_speaks_their_trade() -> None:
    answers = {"post": {"sector": "医疗卫生"}}
    questionnaire = Questionnaire(ScriptedPrompter([], enter_after=True), answers)
    hints = []
    for section in questionnaire.sections:
        for question in section.questions:
            hints.append(questionnaire.hint(question.field, question.hint) or "")
            for sub in question.items or []:
                hints.append(questionnaire.hint(f"{question.field}.{sub.field}", sub.hint) or "")
    text = "".join(hints[1:])  # the first lists every sector by name
    for word in ("营业", "客户", "网点", "银行", "保险", "移动", "公司"):
        assert word not in text, word
