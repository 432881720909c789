"""The questionary-backed :class:`~speechwriter.questionnaire.Prompter` for real terminals."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypeVar

from rich.console import Console

from speechwriter.interview.prompter import Validator

__all__ = ["TerminalPrompter"]

_T = TypeVar("_T")

_SELECT_HINT = "（↑↓ 选择，回车确认）"
_CHECKBOX_HINT = "（↑↓ 移动，空格勾选，回车确认）"


def _chinese_labels() -> None:
    """Make questionary say 预览： instead of its built-in English "Description:" under a menu."""
    import questionary.prompts.select as select_module
    from questionary.prompts.common import InquirerControl

    module: Any = select_module
    if getattr(module.InquirerControl, "speechwriter", False):
        return

    class ChineseControl(InquirerControl):
        speechwriter = True

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            english: Any = self.text

            def tokens() -> list[tuple[str, str]]:
                return [(style, text.replace("  Description: ", "  预览：", 1)) for style, text in english()]

            self.text = tokens  # type: ignore[assignment]

    module.InquirerControl = ChineseControl


class TerminalPrompter:
    """Asks with questionary; Ctrl-C raises KeyboardInterrupt (the caller keeps a draft)."""

    def __init__(self, console: Console) -> None:
        self.console = console

    def section(self, number: int, total: int, title: str, intro: str) -> None:
        """Print the progress line ``第 2/6 部分：自我介绍`` and the part's introduction."""
        self.console.print()
        self.console.rule(f"[bold]第 {number}/{total} 部分：{title}[/bold]")
        if intro:
            self.console.print(intro, style="dim", markup=False, highlight=False)

    def say(self, text: str) -> None:
        """Print a line as typed (no markup)."""
        self.console.print(text, markup=False, highlight=False)

    def text(self, message: str, *, default: str, hint: str | None, validate: Validator) -> str:
        """One line of text, pre-filled; errors are shown inline until fixed."""
        import questionary

        def check(text: str) -> bool | str:
            problem = validate(text)
            return True if problem is None else problem

        instruction = f"（{hint}）" if hint else None
        question = questionary.text(message, default=default, validate=check, instruction=instruction)
        return str(question.unsafe_ask())

    def select(
        self, message: str, choices: Sequence[tuple[str, _T]], default: _T, descriptions: Sequence[str] | None = None
    ) -> _T:
        """A menu; Enter takes ``default``; the highlighted choice's description is shown below it."""
        import questionary

        _chinese_labels()
        notes = list(descriptions) if descriptions else [None] * len(choices)
        options = [
            questionary.Choice(title=label, value=index, description=note)
            for index, ((label, _), note) in enumerate(zip(choices, notes, strict=True))
        ]
        values = [value for _, value in choices]
        start = options[values.index(default)] if default in values else options[0]
        answer: Any = questionary.select(message, choices=options, default=start, instruction=_SELECT_HINT).unsafe_ask()
        return choices[int(answer)][1]

    def confirm(self, message: str, *, default: bool) -> bool:
        """Yes or no; Enter takes ``default``."""
        import questionary

        hint = "（Y/n，回车为“是”）" if default else "（y/N，回车为“否”）"
        return bool(questionary.confirm(message, default=default, instruction=hint).unsafe_ask())

    def checkbox(self, message: str, choices: Sequence[tuple[str, _T]]) -> list[_T]:
        """Tick any number of choices with the space bar; Enter confirms (nothing ticked at first)."""
        import questionary

        options = [questionary.Choice(title=label, value=index) for index, (label, _) in enumerate(choices)]
        answer: Any = questionary.checkbox(message, choices=options, instruction=_CHECKBOX_HINT).unsafe_ask()
        return [choices[int(index)][1] for index in answer]
