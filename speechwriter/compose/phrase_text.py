"""Phrase-bank texts filled in for one speech (previews in the questionnaire)."""

from __future__ import annotations

from typing import Any

from speechwriter.library.phrases import Phrase
from speechwriter.speech.timing import count_characters

__all__ = ["phrase_length_label", "render_phrase"]


def render_phrase(text: str, values: dict[str, Any]) -> str:
    """A phrase's template text with ``post_name``, ``org`` and ``speech_title`` filled in (a preview).

    Facts not given count as unknown, the neutral trade words are used and
    ``pick`` takes the first wording.
    """
    from jinja2 import ChainableUndefined
    from jinja2.sandbox import SandboxedEnvironment

    from speechwriter.library.sectors import sector_book

    defaults: dict[str, Any] = {"trade": sector_book().neutral, "pick": lambda _key, *options: options[0]}
    environment = SandboxedEnvironment(undefined=ChainableUndefined)
    return environment.from_string(text).render({**defaults, **values})


def phrase_length_label(phrase: Phrase) -> str:
    """``约 80 字，精简 30 字`` — counted on the phrase's template text."""
    return f"约 {count_characters(phrase.full)} 字，精简 {count_characters(phrase.short)} 字"
