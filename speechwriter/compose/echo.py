"""No template sentence restates what the speaker already says in their own answers.

A stock line ("过去的成绩只能说明过去") read right after the speaker's own
"成绩只代表过去" is the seam a panel hears. Templates pass such optional lines
through ``unless_said``: the line is dropped when one of its clauses nearly
repeats a clause of an answer (most of its character pairs recur there).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["EchoGuard", "clauses", "near_repeat"]

_CLAUSE_BREAK = re.compile(r"[，。；！？、：,.;!?:“”‘’\s]+")
_MIN_CLAUSE = 3
_OVERLAP = 0.5
_MIN_SHARED = 2


def _bigrams(text: str) -> set[str]:
    return {text[i : i + 2] for i in range(len(text) - 1)}


def clauses(text: str, shortest: int = _MIN_CLAUSE) -> list[str]:
    """``text`` cut at punctuation and spaces into clauses of at least ``shortest`` characters."""
    return [part for part in _CLAUSE_BREAK.split(text) if len(part) >= shortest]


def near_repeat(line: str, answer_clauses: Iterable[set[str]], overlap: float = _OVERLAP) -> bool:
    """Whether a clause of ``line`` shares ``overlap`` of its character pairs with one of the answers' clauses.

    A maxim ("群众的事再小也是大事") is guarded more strictly (a lower ``overlap``): echoing a speaker's
    own motto in other words is just as audible.
    """
    answers = list(answer_clauses)
    for part in clauses(line):
        mine = _bigrams(part)
        for theirs in answers:
            shared = len(mine & theirs)
            if shared >= _MIN_SHARED and shared / min(len(mine), len(theirs)) >= overlap:
                return True
    return False


class EchoGuard:
    """Drops optional template lines that repeat the speaker's answers."""

    def __init__(self, answers: Iterable[str]) -> None:
        self._answers = [_bigrams(part) for text in answers for part in clauses(text)]

    def __call__(self, line: str, overlap: float = _OVERLAP) -> str:
        """``line``, or nothing when it nearly repeats an answer (see :func:`near_repeat`)."""
        return "" if near_repeat(line, self._answers, overlap) else line
