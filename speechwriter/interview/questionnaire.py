"""The questionnaire engine: asks the questions of ``data/questions.yaml`` through a Prompter.

It knows nothing of terminals: a :class:`Prompter` asks (questionary in a
terminal, a script in tests). Answers are kept as profile-shaped data; every
prompt is pre-filled with the current answer and every menu defaults to
keeping the current state, so pressing only Enter changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol, TypeVar

from pydantic import BaseModel, ValidationError

from speechwriter.common.field_labels import dotted_path
from speechwriter.common.validation_messages import chinese_reason
from speechwriter.compose.phrase_text import phrase_length_label, render_phrase
from speechwriter.compose.template_filters import period_text
from speechwriter.interview.questions import (
    ItemQuestion,
    Question,
    QuestionSection,
    QuestionSpec,
    load_questions,
    parse_answer,
    rule_for,
    validate_item,
)
from speechwriter.library.phrases import phrase_bank
from speechwriter.library.presets import Preset, industries, presets_in
from speechwriter.profile.loading import profile_data
from speechwriter.profile.model import Profile

T = TypeVar("T")
Answers = dict[str, Any]
Validator = Callable[[str], str | None]


class Prompter(Protocol):
    """How the questionnaire talks to the user."""

    def section(self, number: int, total: int, title: str, intro: str) -> None:
        """Announce a part: ``第 2/6 部分：自我介绍``."""

    def say(self, text: str) -> None:
        """Show a line of information."""

    def text(self, message: str, *, default: str, hint: str | None, validate: Validator) -> str:
        """Ask for one line of text, pre-filled with ``default``; ``validate`` returns an error."""
        ...

    def select(
        self, message: str, choices: Sequence[tuple[str, T]], default: T, descriptions: Sequence[str] | None = None
    ) -> T:
        """Ask to pick one of ``choices`` (label, value); Enter takes ``default``.

        ``descriptions`` (one per choice) preview what the highlighted choice means.
        """
        ...

    def confirm(self, message: str, *, default: bool) -> bool:
        """Ask yes or no; Enter takes ``default``."""
        ...

    def checkbox(self, message: str, choices: Sequence[tuple[str, T]]) -> list[T]:
        """Ask to tick any of ``choices`` (none ticked at first); Enter takes the ticked ones."""
        ...


def get_path(data: Answers, path: str) -> Any:
    """The value at a dotted path, or None."""
    current: Any = data
    for part in path.split("."):
        if not isinstance(current, dict) or part not in current:
            return None
        current = current[part]
    return current


def set_path(data: Answers, path: str, value: Any) -> None:
    """Set the value at a dotted path (None removes it), creating parents."""
    parts = path.split(".")
    current = data
    for part in parts[:-1]:
        current = current.setdefault(part, {})
    if value is None or value == []:
        current.pop(parts[-1], None)
    else:
        current[parts[-1]] = value


def profile_answers(profile: Profile) -> Answers:
    """A profile as answers (the data its YAML file holds)."""
    return profile_data(profile)


def _shown(value: Any) -> str:
    return "" if value is None else str(value)


def item_label(value: Any) -> str:
    """A one-line label for a list item, for menus and listings."""
    if isinstance(value, dict) and "headline" in value:
        label = str(value["headline"])
    elif isinstance(value, dict) and "start" in value:
        label = period_text_from(value)
    else:
        label = str(value)
    return label if len(label) <= 40 else label[:39] + "…"


def _suggestion_label(value: Any) -> str:
    if isinstance(value, dict):
        text = str(value["headline"]) + (f"——{value['detail']}" if value.get("detail") else "")
    else:
        text = str(value)
    return text if len(text) <= 70 else text[:69] + "…"


def period_text_from(value: dict[str, Any]) -> str:
    """A career period's label from its answers, tolerant of gaps."""
    from speechwriter.profile.model import CareerPeriod

    try:
        return period_text(CareerPeriod.model_validate(value))
    except ValidationError:
        return " ".join(str(v) for v in value.values())


class Questionnaire:
    """Asks the questions section by section and keeps the answers."""

    def __init__(
        self,
        prompter: Prompter,
        answers: Answers | None = None,
        on_change: Callable[[Answers, int], None] | None = None,
        spec: QuestionSpec | None = None,
    ) -> None:
        self.prompter = prompter
        self.answers: Answers = answers if answers is not None else {}
        self.spec = spec or load_questions()
        self.completed = 0
        self.preset: Preset | None = None
        self._on_change = on_change

    # --- bookkeeping -------------------------------------------------------------------

    def _changed(self) -> None:
        if self._on_change is not None:
            self._on_change(self.answers, self.completed)

    @property
    def sections(self) -> list[QuestionSection]:
        """The parts of the questionnaire, in order."""
        return self.spec.sections

    # --- asking ------------------------------------------------------------------------

    def run(self, start: int = 0) -> None:
        """Ask every section from ``start`` on; progress is reported after each answer."""
        self.completed = start
        for index in range(start, len(self.sections)):
            self.ask_section(index)
            self.completed = max(self.completed, index + 1)
            self._changed()

    def ask_section(self, index: int) -> None:
        """Ask one section's questions, pre-filled with the current answers."""
        section = self.sections[index]
        self.prompter.section(index + 1, len(self.sections), section.title, section.intro)
        for question in section.questions:
            if question.skip_if and get_path(self.answers, question.skip_if):
                continue
            if question.skip_unless and not get_path(self.answers, question.skip_unless):
                continue
            value = self.ask(question)
            set_path(self.answers, question.field, value)
            self._changed()

    def ask(self, question: Question) -> Any:
        """Ask one question and return the new value."""
        rule = rule_for(question.field)
        current = get_path(self.answers, question.field)
        if question.choices_from:
            return self._ask_phrase(question, current if current is not None else rule.default)
        if rule.kind == "choice":
            return self._ask_choice(question, current if current is not None else rule.default)
        if rule.kind == "list":
            return self._ask_list(question, list(current or []))
        if current is None:
            current = rule.default
        return self._ask_text(question.prompt, question.hint, question.field, current, not_future=question.not_future)

    def _ask_text(
        self,
        message: str,
        hint: str | None,
        path: str,
        current: Any,
        model: type[BaseModel] = Profile,
        not_future: bool = False,
    ) -> Any:
        def validate(text: str) -> str | None:
            return parse_answer(path, text, model, not_future)[1]

        answer = self.prompter.text(message, default=_shown(current), hint=hint, validate=validate)
        value, problem = parse_answer(path, answer, model, not_future)
        while problem is not None:  # a prompter that does not validate inline
            self.prompter.say(f"✗ {problem}")
            answer = self.prompter.text(message, default=answer, hint=hint, validate=validate)
            value, problem = parse_answer(path, answer, model, not_future)
        return value

    def _ask_phrase(self, question: Question, current: Any) -> Any:
        """Pick from the phrase bank, each choice previewed with this speech's post and unit."""
        assert question.choices_from is not None
        phrases = getattr(phrase_bank(), question.choices_from)
        values = {
            "post_name": (get_path(self.answers, "post.unit") or "")
            + (get_path(self.answers, "post.title") or "竞聘岗位"),
            "org": get_path(self.answers, "speaker.organization_short")
            or get_path(self.answers, "speaker.organization")
            or "单位",
            "speech_title": get_path(self.answers, "post.speech_title") or "",
        }
        choices = [(f"{p.id} · {p.style} · {phrase_length_label(p)}", p.id) for p in phrases]
        previews = [render_phrase(p.full, values) for p in phrases]
        return self.prompter.select(question.prompt, choices, current, previews)

    def _ask_choice(self, question: Question, current: Any) -> Any:
        rule = rule_for(question.field)
        labels = question.choices or {}
        choices = [(labels.get(str(value), str(value)), value) for value in rule.choices]
        return self.prompter.select(question.prompt, choices, current)

    # --- lists -------------------------------------------------------------------------

    def _ask_list(self, question: Question, items: list[Any]) -> list[Any]:
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
            self._changed_list(question, items)

    def _take_suggestions(self, question: Question, items: list[Any]) -> None:
        """Pick an industry and a role, tick suggestions, append them (to be edited like any answer)."""
        assert question.suggestions is not None
        names = industries()
        industry = self.prompter.select(
            "选择行业", [(name, name) for name in names], self.preset.industry if self.preset else names[0]
        )
        choices = presets_in(industry)
        current = self.preset.name if self.preset and self.preset.industry == industry else choices[0].name
        name = self.prompter.select("选择岗位", [(f"{p.role}（{p.title}）", p.name) for p in choices], current)
        self.preset = next(p for p in choices if p.name == name)
        suggestions = self.preset.suggestions(question.suggestions)
        if not suggestions:
            self.prompter.say(f"这份素材没有“{question.prompt}”方面的建议。")
            return
        labels = [(_suggestion_label(s), n) for n, s in enumerate(suggestions)]
        ticked = self.prompter.checkbox(f"勾选要采用的{question.prompt}（空格勾选，回车确认）", labels)
        added = [suggestions[n] for n in ticked if suggestions[n] not in items]
        items.extend(added)
        if added:
            self.prompter.say(f"已添加 {len(added)} 条。建议用“修改”把它们改成自己的话、补上自己的事例。")

    def _changed_list(self, question: Question, items: list[Any]) -> None:
        set_path(self.answers, question.field, list(items))
        self._changed()

    def _show_list(self, question: Question, items: list[Any], low: int, high: int, noun: str) -> None:
        usual = f"，通常 {low} 到 {high} {noun[0]}" if low else ""
        self.prompter.say(f"{question.prompt}：已有 {len(items)} {noun[0]}{usual}")
        if question.hint:
            self.prompter.say(f"  提示：{question.hint}")
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
            return self._ask_line(f"{question.prompt} · {title}", question.hint, question.field, current)
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
        return self._ask_text(message, sub.hint, sub.field, current, rule.item_model, sub.not_future)

    def _ask_line(self, message: str, hint: str | None, path: str, current: Any) -> Any:
        def validate(text: str) -> str | None:
            return None if text.strip() else "这一项不能为空"

        answer = self.prompter.text(message, default=_shown(current), hint=hint, validate=validate)
        while not answer.strip():
            self.prompter.say("✗ 这一项不能为空")
            answer = self.prompter.text(message, default="", hint=hint, validate=validate)
        return " ".join(answer.split())

    # --- checking and reviewing --------------------------------------------------------

    def section_of(self, location: Sequence[str | int]) -> int:
        """The index of the section that asks about ``location`` (0 when unknown)."""
        path = dotted_path([part for part in location if isinstance(part, str)])
        for index, section in enumerate(self.sections):
            for question in section.questions:
                field = question.field
                if path == field or path.startswith(field + ".") or field.startswith(path + "."):
                    return index
        return 0

    def problems(self) -> list[tuple[int, str]]:
        """What keeps the answers from being a valid profile: (section index, message)."""
        try:
            Profile.model_validate(self.answers)
        except ValidationError as error:
            from speechwriter.common.field_labels import describe

            return [
                (self.section_of(item["loc"]), f"{describe(item['loc'], Profile)}：{chinese_reason(item, Profile)}")
                for item in error.errors()
            ]
        return []

    def profile(self) -> Profile:
        """The answers as a validated profile (call after :meth:`problems` is empty)."""
        return Profile.model_validate(self.answers)

    def review(self, preview: Callable[[Profile], None]) -> str:
        """The review menu: save (default), preview, change one section, or quit.

        Returns ``"save"`` once the answers form a valid profile, or ``"quit"``.
        """
        while True:
            choices: list[tuple[str, Any]] = [("保存并生成", "save"), ("预览演讲稿", "preview")]
            total = len(self.sections)
            choices += [(f"修改第 {n + 1}/{total} 部分：{section.title}", n) for n, section in enumerate(self.sections)]
            choices.append(("放弃，不保存", "quit"))
            action = self.prompter.select("全部问题已回答。下一步？", choices, "save")
            if action in ("save", "preview"):
                problems = self.problems()
                if problems:
                    self.prompter.say("还有需要补充或修改的地方：")
                    for _, message in problems:
                        self.prompter.say(f"  ✗ {message}")
                    self.ask_section(problems[0][0])
                    self._changed()
                    continue
                if action == "save":
                    return "save"
                preview(self.profile())
            elif action == "quit":
                if self.prompter.confirm("确定放弃这次的回答吗？", default=False):
                    return "quit"
            else:
                self.ask_section(int(action))
                self._changed()
