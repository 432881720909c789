"""The terminal prompter and the test's scripted prompter both speak the Prompter protocol."""

from __future__ import annotations

import inspect

import pytest

from speechwriter.interview.prompter import Prompter, Validator
from speechwriter.interview.terminal_prompter import TerminalPrompter
from tests.scripted_prompter import ScriptedPrompter

METHODS = ["section", "say", "text", "select", "confirm", "checkbox"]


def _shape(function: object) -> list[tuple[str, inspect._ParameterKind, object]]:
    """Parameter names, kinds and defaults (annotations use each module's own TypeVar names)."""
    return [
        (parameter.name, parameter.kind, parameter.default)
        for parameter in inspect.signature(function).parameters.values()  # type: ignore[arg-type]
    ]


def test_the_protocol_names_every_method_the_questionnaire_uses() -> None:
    declared = {name for name, _ in inspect.getmembers(Prompter, inspect.isfunction) if not name.startswith("_")}
    assert declared == set(METHODS)


@pytest.mark.parametrize("implementation", [TerminalPrompter, ScriptedPrompter], ids=lambda cls: cls.__name__)
@pytest.mark.parametrize("method", METHODS)
def test_implementations_match_the_protocol(implementation: type, method: str) -> None:
    assert callable(getattr(implementation, method, None)), f"{implementation.__name__} has no {method}"
    assert _shape(getattr(implementation, method)) == _shape(getattr(Prompter, method))


def test_answers_are_keyword_only_where_the_protocol_says() -> None:
    text = inspect.signature(Prompter.text).parameters
    assert [name for name, p in text.items() if p.kind is inspect.Parameter.KEYWORD_ONLY] == [
        "default",
        "hint",
        "validate",
    ]
    assert inspect.signature(Prompter.confirm).parameters["default"].kind is inspect.Parameter.KEYWORD_ONLY
    assert inspect.signature(Prompter.select).parameters["descriptions"].default is None


def test_a_validator_returns_none_or_a_message() -> None:
    def not_blank(text: str) -> str | None:
        return None if text.strip() else "这一项不能为空"

    validate: Validator = not_blank
    assert validate("张三") is None and validate(" ") == "这一项不能为空"
    prompter = ScriptedPrompter([("姓名", " "), ("姓名", "张三")])
    assert prompter.text("姓名", default="", hint=None, validate=validate) == "张三"
    assert prompter.rejected == [("姓名", " ", "这一项不能为空")]
