"""What ``check`` reads: a profile (its speech made as ``render`` would) or a speech file anyone wrote."""

from __future__ import annotations

from pathlib import Path

from speechwriter.check.speech_checks import (
    Finding,
    Report,
    check_units,
    profile_findings,
    spoken_characters,
    units_from_speech,
    units_from_text,
)
from speechwriter.common.errors import UserError
from speechwriter.common.reading import read_text_file
from speechwriter.compose.fitting import fillers, fit
from speechwriter.profile.loading import load_profile
from speechwriter.profile.store import PROFILE_SUFFIXES, looks_like_path, resolve
from speechwriter.speech.timing import DEFAULT_RATE

__all__ = ["TEXT_SUFFIXES", "build_report"]


TEXT_SUFFIXES = (".md", ".markdown", ".txt")


def build_report(reference: str, minutes: float | None = None, rate: int = DEFAULT_RATE) -> Report:
    """Check a profile (by name or path) or a Markdown / text file."""
    path = Path(reference).expanduser()
    suffix = path.suffix.lower()
    facts: list[Finding] = []
    to_add: list[str] = []
    if suffix in TEXT_SUFFIXES:
        units, present = units_from_text(read_text_file(path, "演讲稿"))
        if not units:
            raise UserError(f"{path} 是空的，没有可以检查的内容。")
        limit = minutes
    elif suffix in PROFILE_SUFFIXES or (not suffix and not looks_like_path(reference)):
        loaded = load_profile(resolve(reference))
        limit = minutes if minutes is not None else loaded.profile.time_limit_minutes
        fitted = fit(loaded.profile, limit, rate)
        units, present = units_from_speech(fitted.speech)
        facts = profile_findings(loaded.profile)
        to_add = fillers(loaded.profile)
        path = loaded.source
    else:
        raise UserError(f"不知道怎样检查 {path}：请给出答案档案（.yaml）或演讲稿（.md、.txt）。")
    findings = facts + check_units(units, present, limit, rate, to_add)
    return Report(str(path), spoken_characters(units), rate, limit, findings)
