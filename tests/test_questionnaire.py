from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from speechwriter.interview.answers import get_path, item_label, profile_answers, set_path
from speechwriter.interview.questionnaire import Questionnaire
from speechwriter.profile.loading import load_profile
from tests.conftest import EXAMPLES
from tests.scripted_prompter import ENTER, ScriptedPrompter

# Answers for a questionnaire from scratch, in the order the prompts come.
FROM_SCRATCH: list[Any] = [
    # 1 开场
    "网点主任",
    "城东支行",
    "",
    ENTER,
    ENTER,
    ENTER,
    "",
    # 2 自我介绍
    "周敏",
    "1988-07",
    "本科",
    "",
    "",
    "江城大学",
    "金融学",
    "2010",
    "2010",
    "江城农商银行",
    "",
    "客户经理",
    "添加",
    "2010",
    "2015",
    "柜员",
    "城东网点",  # one career period
    "添加",
    "2015",
    "",
    "客户经理",
    "",  # an open one
    "完成",
    "添加",
    "2022年度优秀员工",
    "完成",  # honours
    "",  # motto
    # 3 对岗位的认识
    "添加",
    "网点主任既要管好业务，也要带好队伍",
    "完成",
    "完成",  # no points
    # 4 竞聘优势: three, then done
    "添加",
    "熟悉网点业务",
    "在柜面和客户经理岗位干了十几年",
    "添加",
    "善于带团队",
    "",
    "添加",
    "客户基础好",
    "维护客户三百多户",
    "完成",
    ENTER,
    # 5 工作设想
    "添加",
    "抓服务",
    "做实网点服务规范",
    "添加",
    "抓营销",
    "",
    "添加",
    "抓风控",
    "",
    "完成",
    ENTER,
    # 6 结尾
    "",
    ENTER,
    "",
    "5",
]


def _run(script: list[Any], answers: dict[str, Any] | None = None) -> tuple[Questionnaire, ScriptedPrompter]:
    prompter = ScriptedPrompter(script)
    questionnaire = Questionnaire(prompter, answers)
    questionnaire.run()
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
    questionnaire, prompter = _run([], copy.deepcopy(original))
    assert questionnaire.answers == original
    assert questionnaire.profile() == load_profile(path).profile
    assert prompter.rejected == []


def test_wrong_answers_are_corrected_at_the_prompt() -> None:
    script = list(FROM_SCRATCH)
    birth = script.index("1988-07")
    script[birth:birth + 1] = ["1988-13", "88年", "1988-07"]  # fmt: skip
    joined = script.index("2010", birth + 3)
    script[joined:joined + 1] = ["2099", "2010"]  # fmt: skip
    questionnaire, prompter = _run(script)
    assert [(text, problem) for _, text, problem in prompter.rejected] == [
        ("1988-13", "月份 13 不存在，请填写 1 到 12"),
        ("88年", "“88年”不是有效的年月，请写成“1985-03”的形式"),
        ("2099", "年份 2099 还没有到，请检查是否填错"),
    ]
    assert questionnaire.profile().speaker.birth == "1988-07"


def test_career_period_checked_as_a_whole() -> None:
    script = list(FROM_SCRATCH)
    first = script.index("柜员")
    script[first - 2 : first - 1 + 1] = ["2015", "2010"]  # fmt: skip - end before start
    script[first + 2 : first + 2] = ["2010", "2015", "柜员", "城东网点"]  # fmt: skip - asked again
    questionnaire, prompter = _run(script)
    assert any("结束年份 2010 早于起始年份 2015" in m for m in prompter.messages)
    assert questionnaire.profile().speaker.career[0].start == 2010


def _list_answers() -> dict[str, Any]:
    answers = profile_answers(load_profile(EXAMPLES[0]).profile)
    return answers


def _run_section(key: str, script: list[Any], answers: dict[str, Any]) -> Questionnaire:
    prompter = ScriptedPrompter(script)
    questionnaire = Questionnaire(prompter, answers)
    questionnaire.ask_section([s.key for s in questionnaire.sections].index(key))
    return questionnaire


def test_list_edit_delete_and_reorder() -> None:
    answers = _list_answers()
    headlines = [p["headline"] for p in answers["strengths"]]
    script = [
        "修改",
        "2.",
        "新的第二条",
        ENTER,  # edit item 2: new headline, keep detail
        "删除",
        "1.",
        True,  # delete item 1
        "添加",
        "第四条",
        "",  # add one
        "调整顺序",
        "3.",
        "第 1 位",  # move the new one to the top
        "完成",
        ENTER,
    ]
    questionnaire = _run_section("strengths", script, answers)
    new = [p["headline"] for p in questionnaire.answers["strengths"]]
    assert new == ["第四条", "新的第二条", headlines[2]]
    assert questionnaire.answers["strengths"][1]["detail"]  # detail kept by Enter


def test_delete_needs_confirmation() -> None:
    answers = _list_answers()
    before = copy.deepcopy(answers["strengths"])
    questionnaire = _run_section("strengths", ["删除", "1.", ENTER, "完成", ENTER], answers)
    assert questionnaire.answers["strengths"] == before


def test_required_list_cannot_be_left_empty() -> None:
    answers = _list_answers()
    script = ["删除", "1.", True, "删除", "1.", True, "删除", "1.", True, "完成", "添加", "唯一一条", "", "完成", ENTER]
    questionnaire = _run_section("strengths", script, answers)
    assert [p["headline"] for p in questionnaire.answers["strengths"]] == ["唯一一条"]


def test_review_defaults_to_save_and_can_jump_back() -> None:
    answers = _list_answers()
    prompter = ScriptedPrompter(["第 6/6 部分", ENTER, ENTER, "3", "预览", ENTER])
    questionnaire = Questionnaire(prompter, answers)
    previews: list[str] = []
    action = questionnaire.review(lambda profile: previews.append(profile.post.title))
    assert action == "save"
    assert questionnaire.answers["time_limit_minutes"] == 3
    assert previews == [answers["post"]["title"]]


def test_review_sends_user_to_the_section_with_a_problem() -> None:
    answers = _list_answers()
    del answers["post"]["title"]
    prompter = ScriptedPrompter([ENTER, "新岗位"])
    questionnaire = Questionnaire(prompter, answers)
    assert questionnaire.review(lambda profile: None) == "save"
    assert questionnaire.answers["post"]["title"] == "新岗位"
    assert any("竞聘岗位（post.title）：缺少这一项" in m for m in prompter.messages)


def test_review_quit_needs_confirmation() -> None:
    questionnaire = Questionnaire(ScriptedPrompter(["放弃", ENTER, "放弃", True]), _list_answers())
    assert questionnaire.review(lambda profile: None) == "quit"


def test_on_change_reports_every_answer() -> None:
    seen: list[int] = []
    questionnaire = Questionnaire(ScriptedPrompter(FROM_SCRATCH), None, lambda answers, done: seen.append(done))
    questionnaire.run()
    assert len(seen) > 30 and seen[-1] == 6


def test_paths_and_labels() -> None:
    data: dict[str, Any] = {}
    set_path(data, "a.b", 1)
    assert get_path(data, "a.b") == 1 and get_path(data, "a.c") is None
    set_path(data, "a.b", None)
    assert data == {"a": {}}
    assert item_label({"start": 2010, "post": "柜员"}) == "2010年至今任柜员"
    assert item_label("很" * 50).endswith("…")


def test_insurance_claims_suggestions_are_offered_and_ticked() -> None:
    answers = _list_answers()
    before = list(answers["strengths"])
    script = ["从素材库", "保险", "理赔", ["理赔业务熟练", "风险把控严"], "完成", ENTER]
    prompter = ScriptedPrompter(script)
    questionnaire = Questionnaire(prompter, answers)
    questionnaire.ask_section([s.key for s in questionnaire.sections].index("strengths"))
    added = questionnaire.answers["strengths"][len(before) :]
    assert [item["headline"] for item in added] == ["理赔业务熟练", "风险把控严"]
    assert "勾选要采用的竞聘优势（空格勾选，回车确认）" in prompter.transcript
    assert questionnaire.preset is not None and questionnaire.preset.sources == ["范文4", "范文6"]


def test_suggestions_remember_the_preset_and_enter_adds_nothing() -> None:
    answers = _list_answers()
    prompter = ScriptedPrompter(["从素材库", "保险", "理赔", ENTER, "从素材库", ENTER, ENTER, ENTER, "完成", ENTER])
    questionnaire = Questionnaire(prompter, answers)
    before = list(answers["plan"])
    questionnaire.ask_section([s.key for s in questionnaire.sections].index("plan"))
    assert questionnaire.answers["plan"] == before
    assert questionnaire.preset is not None and questionnaire.preset.name == "insurance-claims"
