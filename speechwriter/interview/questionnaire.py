"""The questionnaire engine: asks the questions of ``data/questions.yaml`` through a Prompter.

It knows nothing of terminals: a :class:`~speechwriter.interview.prompter.Prompter`
asks (questionary in a terminal, a script in tests). Answers are kept as
profile-shaped data; every prompt is pre-filled with the current answer and
every menu defaults to keeping the current state, so pressing only Enter
changes nothing. Lists are edited by :class:`~speechwriter.interview.list_editor.ListEditor`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from pydantic import BaseModel, ValidationError

from speechwriter.common.field_labels import describe, dotted_path
from speechwriter.common.validation_messages import chinese_reason
from speechwriter.compose.phrase_text import phrase_length_label, render_phrase
from speechwriter.interview.answers import Answers, get_path, set_path, shown
from speechwriter.interview.list_editor import ListEditor
from speechwriter.interview.prompter import Prompter
from speechwriter.interview.questions import (
    Question,
    QuestionSection,
    QuestionSpec,
    load_questions,
    parse_answer,
    rule_for,
)
from speechwriter.library.phrases import phrase_bank
from speechwriter.library.presets import Preset
from speechwriter.library.sectors import find_sector, hint_for, sector_names
from speechwriter.profile.model import Profile

__all__ = ["Questionnaire"]


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
        self._on_change = on_change
        self.lists = ListEditor(
            prompter, self._ask_text, self._changed_list, self.hint, lambda: self.sector, self._take_sector
        )

    # --- bookkeeping -------------------------------------------------------------------

    def _changed(self) -> None:
        if self._on_change is not None:
            self._on_change(self.answers, self.completed)

    def _changed_list(self, question: Question, items: list[Any]) -> None:
        set_path(self.answers, question.field, list(items))
        self._changed()

    def _take_sector(self, name: str) -> None:
        set_path(self.answers, "post.sector", name)
        self.prompter.say(f"已按所选素材把行业定为“{name}”，稿子里的说法随之调整（可在第 1 部分修改）。")
        self._changed()

    def hint(self, field: str, default: str | None) -> str | None:
        """The example shown with a question: the chosen sector's own, else the question's neutral one."""
        sector = get_path(self.answers, "post.sector")
        if not sector:
            return default
        return hint_for(field, str(sector)) or default

    @property
    def sector(self) -> str | None:
        """The sector the answers name, by its name in the sector book (None when none or unknown)."""
        named = get_path(self.answers, "post.sector")
        found = find_sector(str(named)) if named else None
        return found.name if found else None

    @property
    def preset(self) -> Preset | None:
        """The preset (sector and post) last picked for suggestions, offered first next time."""
        return self.lists.preset

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
        if question.choices_from == "sectors":
            return self._ask_sector(question, current)
        if question.choices_from:
            return self._ask_phrase(question, current if current is not None else rule.default)
        if rule.kind == "choice":
            return self._ask_choice(question, current if current is not None else rule.default)
        if rule.kind == "list":
            return self.lists.edit(question, list(current or []))
        if current is None:
            current = rule.default
        hint = self.hint(question.field, question.hint)
        return self._ask_text(question.prompt, hint, question.field, current, not_future=question.not_future)

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

        answer = self.prompter.text(message, default=shown(current), hint=hint, validate=validate)
        value, problem = parse_answer(path, answer, model, not_future)
        while problem is not None:  # a prompter that does not validate inline
            self.prompter.say(f"✗ {problem}")
            answer = self.prompter.text(message, default=answer, hint=hint, validate=validate)
            value, problem = parse_answer(path, answer, model, not_future)
        return value

    def _ask_sector(self, question: Question, current: Any) -> Any:
        """Pick the sector from the sector book (or none): the examples and suggestions follow it."""
        known = find_sector(str(current)) if current else None
        choices: list[tuple[str, str | None]] = [("不填（稿子用中性的说法）", None)]
        choices += [(name, name) for name in sector_names()]
        return self.prompter.select(question.prompt, choices, known.name if known else None)

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
        choices: list[tuple[str, str | None]] = [("自动：按我的情况挑一种（每个人的说法各不相同）", None)]
        choices += [(f"{p.id} · {p.style} · {phrase_length_label(p)}", p.id) for p in phrases]
        previews = ["由程序按你的岗位和经历挑选一种合适的说法。"]
        previews += [render_phrase(p.full, values) for p in phrases]
        return self.prompter.select(question.prompt, choices, current, previews)

    def _ask_choice(self, question: Question, current: Any) -> Any:
        rule = rule_for(question.field)
        labels = question.choices or {}
        choices: list[tuple[str, Any]] = [(labels.get(str(value), str(value)), value) for value in rule.choices]
        if rule.nullable:
            choices.append(("不填", None))
        return self.prompter.select(question.prompt, choices, current)

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
