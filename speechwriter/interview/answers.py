"""Answers as profile-shaped data: dotted paths into them, and short labels for menus."""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError

from speechwriter.compose.template_filters import period_text
from speechwriter.profile.loading import profile_data
from speechwriter.profile.model import CareerPeriod, Profile

__all__ = [
    "Answers",
    "get_path",
    "item_label",
    "period_text_from",
    "profile_answers",
    "set_path",
    "shown",
    "suggestion_label",
]


Answers = dict[str, Any]
"""What the questionnaire has collected, shaped like a profile's YAML data."""


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


def shown(value: Any) -> str:
    """An answer as the text a prompt is pre-filled with (empty for no answer)."""
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


def suggestion_label(value: Any) -> str:
    """A one-line label for a preset suggestion (headline——detail), for the tick list."""
    if isinstance(value, dict):
        text = str(value["headline"]) + (f"——{value['detail']}" if value.get("detail") else "")
    else:
        text = str(value)
    return text if len(text) <= 70 else text[:69] + "…"


def period_text_from(value: dict[str, Any]) -> str:
    """A career period's label from its answers, tolerant of gaps."""
    try:
        return period_text(CareerPeriod.model_validate(value))
    except ValidationError:
        return " ".join(str(v) for v in value.values())
