"""Human names for places in a profile.

``strengths[2].headline`` → ``竞聘优势 › 第 3 条 › 要点``.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Sequence

from pydantic import BaseModel

__all__ = ["Location", "describe", "dotted_path", "field_label", "inner_model"]

Location = Sequence[str | int]


def inner_model(annotation: object) -> type[BaseModel] | None:
    """The pydantic model inside ``Model``, ``list[Model]`` or ``Model | None``."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    origin = typing.get_origin(annotation)
    if origin in (list, typing.Union, types.UnionType, typing.Annotated):
        for argument in typing.get_args(annotation):
            found = inner_model(argument)
            if found is not None:
                return found
    return None


def dotted_path(location: Location) -> str:
    """``("strengths", 2, "headline")`` → ``strengths[2].headline``."""
    out = ""
    for part in location:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + part
    return out


def field_label(location: Location, model: type[BaseModel]) -> str:
    """The Chinese titles along ``location``, e.g. ``竞聘优势 › 第 3 条 › 要点``.

    Unknown names (an unknown key, say) are shown as typed.
    """
    names: list[str] = []
    current: type[BaseModel] | None = model
    for part in location:
        if isinstance(part, int):
            names.append(f"第 {part + 1} 条")
            continue
        field = current.model_fields.get(part) if current is not None else None
        if field is None:
            names.append(part)
            current = None
            continue
        names.append(field.title or part)
        current = inner_model(field.annotation)
    return " › ".join(names)


def describe(location: Location, model: type[BaseModel]) -> str:
    """``竞聘优势 › 第 3 条 › 要点（strengths[2].headline）``."""
    path = dotted_path(location)
    if not path:
        return "档案"
    return f"{field_label(location, model)}（{path}）"
