"""The list menu: add, change, delete, reorder, through a scripted user."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import BaseModel

from speechwriter.interview.list_editor import ListEditor
from speechwriter.interview.questions import Question, load_questions
from tests.scripted_prompter import ENTER, ScriptedPrompter, Step


def _question(field: str) -> Question:
    return next(q for section in load_questions().sections for q in section.questions if q.field == field)


HONOURS = _question("speaker.honours")
STRENGTHS = _question("strengths")


class _Recorder:
    """What the editor reports after each change, and the sub-answers it asked for."""

    def __init__(self, answers: dict[str, list[Any]] | None = None) -> None:
        self.changes: list[list[Any]] = []
        self.asked: list[str] = []
        self.answers = answers or {}

    def on_change(self, question: Question, items: list[Any]) -> None:
        self.changes.append(list(items))

    def ask_text(
        self, message: str, hint: str | None, path: str, current: Any, model: type[BaseModel], not_future: bool
    ) -> Any:
        self.asked.append(message)
        return self.answers[path].pop(0)


def _edit(
    question: Question, items: list[Any], script: list[Step], recorder: _Recorder | None = None
) -> tuple[list[Any], ScriptedPrompter, _Recorder]:
    recorder = recorder or _Recorder()
    prompter = ScriptedPrompter(script)
    result = ListEditor(prompter, recorder.ask_text, recorder.on_change).edit(question, items)
    prompter.assert_finished()
    return result, prompter, recorder


def test_add_two_items_then_done() -> None:
    script: list[Step] = [
        ("speaker.honours", "添加"),
        ("获得的荣誉 · 第 1", "  2019年度 优秀员工 "),
        ("speaker.honours", "添加"),
        ("获得的荣誉 · 第 2", "技术标兵"),
        ("speaker.honours", "完成"),
    ]
    items, prompter, recorder = _edit(HONOURS, [], script)
    assert items == ["2019年度 优秀员工", "技术标兵"]  # spaces collapsed and stripped
    assert recorder.changes == [["2019年度 优秀员工"], ["2019年度 优秀员工", "技术标兵"]]
    assert any("已有 2" in message for message in prompter.messages)


def test_an_empty_item_is_refused_at_the_prompt() -> None:
    script: list[Step] = [
        ("speaker.honours", "添加"),
        ("获得的荣誉 · 第 1", "   "),
        ("获得的荣誉 · 第 1", "技术标兵"),
        ("speaker.honours", "完成"),
    ]
    items, prompter, _ = _edit(HONOURS, [], script)
    assert items == ["技术标兵"]
    assert [problem for _, _, problem in prompter.rejected] == ["这一项不能为空"]


def test_edit_prefills_the_item_and_enter_keeps_it() -> None:
    script: list[Step] = [
        ("speaker.honours", "修改"),
        ("修改哪一", "2."),
        ("获得的荣誉 · 第 2", ENTER),
        ("speaker.honours", "修改"),
        ("修改哪一", "1."),
        ("获得的荣誉 · 第 1", "先进个人"),
        ("speaker.honours", ENTER),  # done is the default once there are items
    ]
    items, _, recorder = _edit(HONOURS, ["优秀员工", "技术标兵"], script)
    assert items == ["先进个人", "技术标兵"]
    assert recorder.changes[-1] == items


def test_delete_asks_first_and_no_keeps_the_item() -> None:
    script: list[Step] = [
        ("speaker.honours", "删除"),
        ("删除哪一", "1."),
        ("确定删除“优秀员工”", False),
        ("speaker.honours", "删除"),
        ("删除哪一", ENTER),  # the last item is the default
        ("确定删除“技术标兵”", True),
        ("speaker.honours", "完成"),
    ]
    items, _, _ = _edit(HONOURS, ["优秀员工", "技术标兵"], script)
    assert items == ["优秀员工"]


def test_reorder_moves_an_item() -> None:
    script: list[Step] = [
        ("speaker.honours", "调整顺序"),
        ("移动哪一", "3."),
        ("移到第几位", "第 1 位"),
        ("speaker.honours", "完成"),
    ]
    items, _, _ = _edit(HONOURS, ["甲", "乙", "丙"], script)
    assert items == ["丙", "甲", "乙"]


def test_menu_offers_only_what_makes_sense() -> None:
    seen: list[list[str]] = []

    class Watching(ScriptedPrompter):
        def select(self, message: str, choices: Any, default: Any, descriptions: Any = None) -> Any:
            if message.endswith("下一步？"):
                seen.append([label for label, _ in choices])
            return super().select(message, choices, default, descriptions)

    prompter = Watching([("speaker.honours", "添加"), ("获得的荣誉 · 第 1", "甲"), ("speaker.honours", "完成")])
    ListEditor(prompter, _Recorder().ask_text, _Recorder().on_change).edit(HONOURS, [])
    empty, one = seen
    assert any("添加" in label for label in empty)
    assert not any("删除" in label or "修改" in label or "顺序" in label for label in empty)
    assert any("删除" in label for label in one) and not any("顺序" in label for label in one)


def test_a_required_list_cannot_be_finished_empty() -> None:
    recorder = _Recorder({"headline": ["熟悉业务"], "detail": [None]})
    script: list[Step] = [
        ("strengths", "完成"),
        ("strengths", "添加"),
        ("strengths", "完成"),
    ]
    items, prompter, _ = _edit(STRENGTHS, [], script, recorder)
    assert items == [{"headline": "熟悉业务"}]
    assert any("至少需要 1" in message for message in prompter.messages)
    assert [message.split(" · ")[0] for message in recorder.asked] == ["第 1 条", "第 1 条"]  # headline, detail


def test_an_item_with_fields_is_asked_field_by_field() -> None:
    recorder = _Recorder({"headline": ["熟悉业务", "善于沟通"], "detail": ["八年经验", None]})
    script: list[Step] = [("strengths", "添加"), ("strengths", "添加"), ("strengths", "完成")]
    items, _, _ = _edit(STRENGTHS, [], script, recorder)
    assert items == [{"headline": "熟悉业务", "detail": "八年经验"}, {"headline": "善于沟通"}]
    assert len(recorder.asked) == 4


@pytest.mark.parametrize("answer", ["完成", ENTER])
def test_done_keeps_the_items_as_they_were(answer: Any) -> None:
    items, _, recorder = _edit(HONOURS, ["甲"], [("speaker.honours", answer)])
    assert items == ["甲"] and recorder.changes == []
