"""Answering a list question (career, honours, strengths, plan…): the add / change / delete / reorder menu."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pydantic import BaseModel

from speechwriter.interview.answers import item_label, shown, suggestion_label
from speechwriter.interview.prompter import Prompter
from speechwriter.interview.questions import ItemQuestion, Question, rule_for, validate_item
from speechwriter.library.presets import GENERAL, Preset, industries, presets_in

__all__ = ["ListEditor", "TextAsker"]


TextAsker = Callable[[str, "str | None", str, Any, type[BaseModel], bool], Any]
"""Asks one validated line: (message, hint, field path, current value, model, not_future) → value."""


def _preset_label(preset: Preset, sector: str | None) -> str:
    general = "通用·" if sector is not None and preset.industry == GENERAL else ""
    return f"{general}{preset.role}（{preset.title}）"


class ListEditor:
    """Edits the items of one list answer; remembers the preset picked for suggestions."""

    def __init__(
        self,
        prompter: Prompter,
        ask_text: TextAsker,
        on_change: Callable[[Question, list[Any]], None],
        hint: Callable[[str, str | None], str | None] = lambda _field, default: default,
        sector: Callable[[], str | None] = lambda: None,
        take_sector: Callable[[str], None] = lambda _name: None,
    ) -> None:
        self.prompter = prompter
        self._hint = hint
        self._sector = sector
        self._take_sector = take_sector
        self._ask_text = ask_text
        self._on_change = on_change
        self.preset: Preset | None = None

    def edit(self, question: Question, items: list[Any]) -> list[Any]:
        """The list menu until the user is done: add, change, delete, reorder, tick suggestions."""
        rule = rule_for(question.field)
        noun = question.item or "条"
        low, high = question.usual or (rule.min_items, 99)
        started_empty = not items
        while True:
            self._show_list(question, items, low, high, noun)
            actions: list[tuple[str, str]] = [(f"完成（保留这 {len(items)} {noun[0]}）", "done")]
            actions.append((f"添加一{noun}", "add"))
            if items:
                actions += [(f"修改一{noun}", "edit"), (f"删除一{noun}", "delete")]
            if len(items) > 1:
                actions.append(("调整顺序", "move"))
            if question.suggestions:
                actions.append(("从素材库勾选（按行业和岗位）", "suggest"))
            wants_more = len(items) < rule.min_items or (started_empty and len(items) < low)
            action = self.prompter.select(f"{question.prompt}：下一步？", actions, "add" if wants_more else "done")
            if action == "done":
                if len(items) < rule.min_items:
                    self.prompter.say(f"✗ {question.prompt}至少需要 {rule.min_items} {noun[0]}。")
                    continue
                return items
            if action == "add":
                items.append(self._ask_item(question, None, len(items) + 1))
            elif action == "edit":
                index = self._pick(items, f"修改哪一{noun[0]}？", 0)
                items[index] = self._ask_item(question, items[index], index + 1)
            elif action == "delete":
                index = self._pick(items, f"删除哪一{noun[0]}？", len(items) - 1)
                if self.prompter.confirm(f"确定删除“{item_label(items[index])}”吗？", default=False):
                    del items[index]
            elif action == "suggest":
                self._take_suggestions(question, items)
            elif action == "move":
                index = self._pick(items, f"移动哪一{noun[0]}？", 0)
                positions = [(f"第 {n + 1} 位", n) for n in range(len(items))]
                target = self.prompter.select("移到第几位？", positions, index)
                items.insert(target, items.pop(index))
            self._on_change(question, items)

    def _take_suggestions(self, question: Question, items: list[Any]) -> None:
        """Pick a preset of the answers' sector (or a sector first), tick suggestions, append them."""
        assert question.suggestions is not None
        sector = self._sector()
        if sector is not None:
            choices = [*presets_in(sector), *(p for p in presets_in(GENERAL) if sector != GENERAL)]
        else:
            names = industries()
            industry = self.prompter.select(
                "选择行业", [(name, name) for name in names], self.preset.industry if self.preset else names[0]
            )
            choices = presets_in(industry)
        known = [p.name for p in choices]
        current = self.preset.name if self.preset and self.preset.name in known else choices[0].name
        roles = [(_preset_label(p, sector), p.name) for p in choices]
        name = self.prompter.select("选择岗位", roles, current)
        self.preset = next(p for p in choices if p.name == name)
        if sector is None and self.preset.industry != GENERAL:
            self._take_sector(self.preset.industry)  # the speech now speaks that trade
        suggestions = self.preset.suggestions(question.suggestions)
        if not suggestions:
            self.prompter.say(f"这份素材没有“{question.prompt}”方面的建议。")
            return
        labels = [(suggestion_label(s), n) for n, s in enumerate(suggestions)]
        ticked = self.prompter.checkbox(f"勾选要采用的{question.prompt}（空格勾选，回车确认）", labels)
        added = [suggestions[n] for n in ticked if suggestions[n] not in items]
        items.extend(added)
        if added:
            self.prompter.say(f"已添加 {len(added)} 条。建议用“修改”把它们改成自己的话、补上自己的事例。")

    def _show_list(self, question: Question, items: list[Any], low: int, high: int, noun: str) -> None:
        usual = f"，通常 {low} 到 {high} {noun[0]}" if low else ""
        self.prompter.say(f"{question.prompt}：已有 {len(items)} {noun[0]}{usual}")
        hint = self._hint(question.field, question.hint)
        if hint:
            self.prompter.say(f"  提示：{hint}")
        for number, item in enumerate(items, start=1):
            self.prompter.say(f"  {number}. {item_label(item)}")
        if items and not low <= len(items) <= high:
            self.prompter.say(f"  注意：{question.prompt}通常 {low} 到 {high} {noun[0]}。")

    def _pick(self, items: list[Any], message: str, default: int) -> int:
        choices = [(f"{n + 1}. {item_label(item)}", n) for n, item in enumerate(items)]
        return self.prompter.select(message, choices, default)

    def _ask_item(self, question: Question, current: Any, number: int) -> Any:
        rule = rule_for(question.field)
        noun = question.item or "条"
        if rule.item_model is None or not question.items:
            title = f"第 {number} {noun[0]}"
            hint = self._hint(question.field, question.hint)
            return self._ask_line(f"{question.prompt} · {title}", hint, question.field, current)
        data: dict[str, Any] = dict(current or {})
        while True:
            for sub in question.items:
                value = self._ask_sub(question, sub, data.get(sub.field), number)
                if value is None:
                    data.pop(sub.field, None)
                else:
                    data[sub.field] = value
            item, problem = validate_item(rule.item_model, data)
            if item is not None:
                return item.model_dump(mode="json", exclude_none=True)
            self.prompter.say(f"✗ 第 {number} {noun[0]}有误：{problem}。请重新填写。")

    def _ask_sub(self, question: Question, sub: ItemQuestion, current: Any, number: int) -> Any:
        rule = rule_for(question.field)
        assert rule.item_model is not None
        noun = question.item or "条"
        message = f"第 {number} {noun[0]} · {sub.prompt}"
        hint = self._hint(f"{question.field}.{sub.field}", sub.hint)
        return self._ask_text(message, hint, sub.field, current, rule.item_model, sub.not_future)

    def _ask_line(self, message: str, hint: str | None, path: str, current: Any) -> Any:
        def validate(text: str) -> str | None:
            return None if text.strip() else "这一项不能为空"

        answer = self.prompter.text(message, default=shown(current), hint=hint, validate=validate)
        while not answer.strip():
            self.prompter.say("✗ 这一项不能为空")
            answer = self.prompter.text(message, default="", hint=hint, validate=validate)
        return " ".join(answer.split())
