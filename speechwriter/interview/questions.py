"""Question definitions (``data/questions.yaml``) joined with the profile model.

The data file gives each field's wording, hint and order; the profile model
gives its kind (text, year, choice, list), whether it may be left empty and
how it is validated. :func:`parse_answer` turns typed text into a value or a
Chinese message, so nothing invalid reaches a profile.
"""

from __future__ import annotations

import types
import typing
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, ValidationError
from pydantic.fields import FieldInfo

from speechwriter.common.field_labels import inner_model
from speechwriter.common.reading import load_data_file
from speechwriter.common.resources import DATA_DIR
from speechwriter.common.validation_messages import chinese_reason
from speechwriter.library.phrases import PhraseKind
from speechwriter.library.presets import SuggestionKind
from speechwriter.profile.answer_types import career_problem, future_year_problem
from speechwriter.profile.model import CareerPeriod, Profile

__all__ = [
    "FieldRule",
    "ItemQuestion",
    "Kind",
    "Question",
    "QuestionSection",
    "QuestionSpec",
    "field_info",
    "load_questions",
    "parse_answer",
    "rule_for",
    "validate_item",
]

_QUESTIONS_FILE = DATA_DIR / "questions.yaml"

Kind = Literal["text", "integer", "choice", "list"]


class ItemQuestion(BaseModel):
    """A question about one field of a list item (a strength's headline, say)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    field: str
    prompt: str
    hint: str | None = None
    not_future: bool = False


class Question(BaseModel):
    """A question about one profile field, by dotted path."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    field: str
    prompt: str
    hint: str | None = None
    choices: dict[str, str] | None = None
    item: str | None = Field(default=None, description="measure word and noun: 条优势")
    usual: tuple[int, int] | None = None
    items: list[ItemQuestion] | None = None
    skip_if: str | None = None
    skip_unless: str | None = None
    not_future: bool = False
    suggestions: SuggestionKind | None = None
    choices_from: PhraseKind | Literal["sectors"] | None = None


class QuestionSection(BaseModel):
    """A part of the questionnaire, matching a part of the speech."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    key: str
    title: str
    intro: str = ""
    questions: list[Question]


class QuestionSpec(BaseModel):
    """The whole questionnaire."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    sections: list[QuestionSection]


@cache
def load_questions(path: Path = _QUESTIONS_FILE) -> QuestionSpec:
    """The questionnaire definition shipped with the package."""
    return QuestionSpec.model_validate(load_data_file(path))


def field_info(path: str, model: type[BaseModel] = Profile) -> FieldInfo:
    """The pydantic field at a dotted ``path`` of ``model``; KeyError if there is none."""
    current: type[BaseModel] | None = model
    info: FieldInfo | None = None
    for part in path.split("."):
        if current is None or part not in current.model_fields:
            raise KeyError(path)
        info = current.model_fields[part]
        current = inner_model(info.annotation)
    assert info is not None
    return info


def _bare(annotation: object) -> object:
    """``Annotated[int, ...]`` → ``int``."""
    while typing.get_origin(annotation) is Annotated:
        annotation = typing.get_args(annotation)[0]
    return annotation


def _arguments(annotation: object) -> tuple[object, ...]:
    annotation = _bare(annotation)
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        return tuple(_bare(argument) for argument in typing.get_args(annotation))
    return (annotation,)


@dataclass(frozen=True)
class FieldRule:
    """What the model says about a field: kind, emptiness, choices, how to validate."""

    kind: Kind
    nullable: bool
    min_items: int
    choices: tuple[Any, ...]
    item_model: type[BaseModel] | None
    adapter: TypeAdapter[Any]
    default: Any


@cache
def rule_for(path: str, model: type[BaseModel] = Profile) -> FieldRule:
    """The :class:`FieldRule` of the field at ``path``."""
    info = field_info(path, model)
    arguments = _arguments(info.annotation)
    nullable = type(None) in arguments
    concrete = [a for a in arguments if a is not type(None)]
    first = concrete[0] if concrete else str
    kind: Kind = "text"
    choices: tuple[Any, ...] = ()
    item_model = None
    min_items = 0
    if typing.get_origin(first) is Literal:
        kind, choices = "choice", typing.get_args(first)
    elif typing.get_origin(first) is list:
        kind = "list"
        item_model = inner_model(first)
        min_items = next((m.min_length for m in info.metadata if hasattr(m, "min_length")), 0) or 0
    elif first is int:
        kind = "integer"
    annotated: Any = Annotated[info.annotation, *info.metadata] if info.metadata else info.annotation
    adapter: TypeAdapter[Any] = TypeAdapter(annotated)
    default = None if info.is_required() else info.get_default(call_default_factory=True)
    return FieldRule(kind, nullable, min_items, choices, item_model, adapter, default)


def parse_answer(
    path: str, text: str, model: type[BaseModel] = Profile, not_future: bool = False
) -> tuple[Any, str | None]:
    """Typed text → (value, None), or (None, a Chinese message saying what to fix).

    Full-width digits are accepted; an empty answer is ``None`` where the
    field may be empty and an error where it may not; with ``not_future`` a
    year (or year-month) that has not come yet is refused.
    """
    rule = rule_for(path, model)
    text = unicodedata.normalize("NFKC", text).strip() if rule.kind == "integer" else text.strip()
    if not text:
        if rule.nullable:
            return None, None
        return None, "这一项不能为空"
    raw: Any = text
    if rule.kind == "integer":
        if not text.isdigit():
            return None, "请用阿拉伯数字填写，如 2008 或 5"
        raw = int(text)
    try:
        value = rule.adapter.validate_python(raw)
    except ValidationError as error:
        return None, chinese_reason(error.errors()[0], Profile)
    if not_future and value is not None:
        problem = future_year_problem(value if isinstance(value, int) else int(str(value)[:4]))
        if problem:
            return None, problem
    return value, None


_ITEM_CHECKS: dict[type[BaseModel], Callable[[Any], str | None]] = {
    CareerPeriod: lambda period: career_problem(period.start, period.end),
}
"""Checks across the fields of one list item, made when the item is answered."""


def validate_item(model: type[BaseModel], data: dict[str, Any]) -> tuple[BaseModel | None, str | None]:
    """Validate a whole list item (e.g. a career period); a Chinese message on failure."""
    try:
        item = model.model_validate(data)
    except ValidationError as error:
        return None, chinese_reason(error.errors()[0], model)
    check = _ITEM_CHECKS.get(model)
    problem = check(item) if check else None
    return (None, problem) if problem else (item, None)
