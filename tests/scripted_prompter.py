"""A Prompter that answers from a script, for testing the questionnaire without a terminal.

A script is a list of steps ``(key, answer)`` consumed in order. ``key`` says
which prompt the answer is for: a question's field path from
``data/questions.yaml`` (``"speaker.birth"``, ``"strengths"`` for that list's
menu) or the start of the prompt's text (``"第 1 条优势 · 要点"``, ``"删除哪一"``).
A prompt the next step does not name fails the test at once, naming the prompt
and the step expected; so does a prompt after the last step, unless the test
passes ``enter_after=True`` (Enter is fine for the rest). A list editor that
asks the same prompt several times simply gets several steps with that key.

For compatibility, a script of bare answers (no keys) is still taken by
position and followed by Enter, as before.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import cache
from typing import Any, TypeVar

from speechwriter.interview.prompter import Validator

T = TypeVar("T")
ENTER = None
"""Press Enter: keep the pre-filled text, the menu's default, the confirm's default."""
INTERRUPT = object()
"""Press Ctrl-C."""

Step = tuple[str, Any]
"""(field path or prompt prefix, answer)."""


class ScriptExhausted(AssertionError):
    """More prompts than the test expected (a loop that never ends, say)."""


class UnexpectedPrompt(AssertionError):
    """A prompt came that the script does not expect at this point."""


@cache
def question_prompts() -> dict[str, str]:
    """Every question's prompt by its field path (``speaker.birth`` → ``出生年月（可留空）``)."""
    from speechwriter.interview.questions import load_questions

    return {q.field: q.prompt for section in load_questions().sections for q in section.questions}


def _is_field_path(key: str) -> bool:
    return key.isascii() and key.replace(".", "").replace("_", "").isalpha()


def matches(key: str, prompt: str) -> bool:
    """Whether ``key`` (a field path or a prompt prefix) names ``prompt``.

    A field path names its question's prompt and, for a list, the list's menu
    (``竞聘优势：下一步？``).
    """
    if _is_field_path(key):
        try:
            question = question_prompts()[key]
        except KeyError:
            raise AssertionError(f"the script names {key!r}, which is no question's field") from None
        return prompt == question or prompt.startswith(question + "：")
    return prompt.startswith(key)


class ScriptedPrompter:
    """Answers prompts from ``script`` (see the module's docstring).

    Text answers are checked with the prompt's validator: a rejected answer is
    recorded in ``rejected`` and the next step is taken (it must name the same
    prompt), as a user would retype. Menu answers are matched against the
    labels (substring). ``when`` answers every prompt it names (same keys as
    the script), out of turn, as often as it comes.
    """

    def __init__(
        self,
        script: Iterable[Any] = (),
        limit: int = 3000,
        when: dict[str, Any] | None = None,
        *,
        enter_after: bool | None = None,
    ) -> None:
        steps = list(script)
        keyed = [isinstance(step, tuple) for step in steps]
        if any(keyed) and not all(keyed):
            raise TypeError("a script is either (key, answer) steps or bare answers, not both")
        self.keyed = bool(steps) and all(keyed)
        self.script: list[Any] = steps
        self.enter_after = (not self.keyed) if enter_after is None else enter_after
        self.when = when or {}
        self.limit = limit
        self.transcript: list[str] = []
        self.rejected: list[tuple[str, str, str]] = []
        self.messages: list[str] = []
        self.previews: list[list[str]] = []

    @property
    def remaining(self) -> list[Any]:
        """The steps not yet used."""
        return list(self.script)

    def assert_finished(self) -> None:
        """Fail when the script still has steps: the prompts the test counted on never came."""
        assert not self.script, f"the script's steps were never asked: {self.script[:5]}"

    def _recent(self) -> str:
        return "\n".join(f"  {prompt}" for prompt in self.transcript[-6:])

    def _next(self, prompt: str, options: Sequence[str] = ()) -> Any:
        self.transcript.append(prompt)
        if len(self.transcript) > self.limit:
            raise ScriptExhausted(f"too many prompts; last: {prompt}")
        fixed = [answer for key, answer in self.when.items() if matches(key, prompt)]
        if fixed:
            return self._interrupt_or(fixed[0])
        if not self.keyed:
            return self._interrupt_or(self.script.pop(0) if self.script else ENTER)
        shown = f" {list(options)}" if options else ""
        if not self.script:
            if self.enter_after:
                return ENTER
            raise UnexpectedPrompt(
                f"prompt 「{prompt}」{shown} came after the script's last step "
                f"(pass enter_after=True if Enter is fine for the rest); prompts so far:\n{self._recent()}"
            )
        key, answer = self.script[0]
        if not matches(key, prompt):
            raise UnexpectedPrompt(
                f"prompt 「{prompt}」{shown} came, but the script's next step is for 「{key}」 "
                f"(answer {answer!r}); prompts so far:\n{self._recent()}"
            )
        self.script.pop(0)
        return self._interrupt_or(answer)

    @staticmethod
    def _interrupt_or(answer: Any) -> Any:
        if answer is INTERRUPT:
            raise KeyboardInterrupt
        return answer

    def section(self, number: int, total: int, title: str, intro: str) -> None:
        self.messages.append(f"第 {number}/{total} 部分：{title}")

    def say(self, text: str) -> None:
        self.messages.append(text)

    def text(self, message: str, *, default: str, hint: str | None, validate: Validator) -> str:
        while True:
            answer = self._next(message)
            text = default if answer is ENTER else str(answer)
            problem = validate(text)
            if problem is None:
                return text
            self.rejected.append((message, text, problem))

    def select(
        self, message: str, choices: Sequence[tuple[str, T]], default: T, descriptions: Sequence[str] | None = None
    ) -> T:
        if descriptions is not None:
            assert len(descriptions) == len(choices)
            self.previews.append(list(descriptions))
        labels = [label for label, _ in choices]
        answer = self._next(message, labels)
        if answer is ENTER:
            return default
        for label, value in choices:
            if str(answer) in label:
                return value
        raise AssertionError(f"no choice like {answer!r} in {labels} ({message})")

    def confirm(self, message: str, *, default: bool) -> bool:
        answer = self._next(message)
        return default if answer is ENTER else bool(answer)

    def checkbox(self, message: str, choices: Sequence[tuple[str, T]]) -> list[T]:
        """ENTER ticks nothing; a list of texts ticks every choice whose label holds one of them."""
        answer = self._next(message, [label for label, _ in choices])
        if answer is ENTER:
            return []
        return [value for label, value in choices if any(str(text) in label for text in answer)]
