"""User-facing errors: a short Chinese message and an exit code, never a traceback."""

from __future__ import annotations

__all__ = ["UserError"]


class UserError(Exception):
    """An error caused by the user's input or environment.

    The CLI prints ``message`` (already in Chinese, naming the file, line or
    field and the fix) to stderr and exits with ``exit_code``.
    """

    def __init__(self, message: str, exit_code: int = 2) -> None:
        super().__init__(message)
        self.message = message
        self.exit_code = exit_code

    def __str__(self) -> str:
        return self.message
