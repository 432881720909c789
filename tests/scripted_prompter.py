"""A Prompter that answers from a script, for testing the questionnaire without a terminal."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, TypeVar

from speechwriter.interview.prompter import Validator

T = TypeVar("T")
ENTER = None
"""Press Enter: keep the pre-filled text, the menu's default, the confirm's default."""
INTERRUPT = object()
"""Press Ctrl-C."""


class ScriptExhausted(AssertionError):
    """More prompts than the test expected (a loop that never ends, say)."""


class ScriptedPrompter:
    """Answers prompts in order from ``script``; once it runs out, presses Enter.

    Text answers are checked with the prompt's validator: a rejected answer is
    recorded in ``rejected`` and the next script entry is taken, as a user
    would retype. Menu answers are matched against the labels (substring).
    ``when`` answers every prompt starting with a given text, out of turn.
    """

    def __init__(self, script: Iterable[Any] = (), limit: int = 3000, when: dict[str, Any] | None = None) -> None:
        self.script = list(script)
        self.when = when or {}
        self.limit = limit
        self.transcript: list[str] = []
        self.rejected: list[tuple[str, str, str]] = []
        self.messages: list[str] = []
        self.previews: list[list[str]] = []

    def _next(self, prompt: str) -> Any:
        self.transcript.append(prompt)
        if len(self.transcript) > self.limit:
            raise ScriptExhausted(f"too many prompts; last: {prompt}")
        fixed = [answer for start, answer in self.when.items() if prompt.startswith(start)]
        if fixed:
            return self._interrupt_or(fixed[0])
        return self._interrupt_or(self.script.pop(0) if self.script else ENTER)

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
        answer = self._next(message)
        if answer is ENTER:
            return default
        for label, value in choices:
            if str(answer) in label:
                return value
        raise AssertionError(f"no choice like {answer!r} in {[label for label, _ in choices]} ({message})")

    def confirm(self, message: str, *, default: bool) -> bool:
        answer = self._next(message)
        return default if answer is ENTER else bool(answer)

    def checkbox(self, message: str, choices: Sequence[tuple[str, T]]) -> list[T]:
        """ENTER ticks nothing; a list of texts ticks every choice whose label holds one of them."""
        answer = self._next(message)
        if answer is ENTER:
            return []
        return [value for label, value in choices if any(str(text) in label for text in answer)]
