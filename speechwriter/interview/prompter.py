"""How the questionnaire talks to the user: a terminal (questionary), a web page or a test script."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol, TypeVar

__all__ = ["Prompter", "Validator"]


_T = TypeVar("_T")
Validator = Callable[[str], str | None]
"""Checks one typed answer: None when it is fine, else a Chinese message."""


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
        self, message: str, choices: Sequence[tuple[str, _T]], default: _T, descriptions: Sequence[str] | None = None
    ) -> _T:
        """Ask to pick one of ``choices`` (label, value); Enter takes ``default``.

        ``descriptions`` (one per choice) preview what the highlighted choice means.
        """
        ...

    def confirm(self, message: str, *, default: bool) -> bool:
        """Ask yes or no; Enter takes ``default``."""
        ...

    def checkbox(self, message: str, choices: Sequence[tuple[str, _T]]) -> list[_T]:
        """Ask to tick any of ``choices`` (none ticked at first); Enter takes the ticked ones."""
        ...
