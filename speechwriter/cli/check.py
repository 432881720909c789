"""``speechwriter check PROFILE_OR_MARKDOWN``: run the checks and report, as text or JSON."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TextIO

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
from speechwriter.compose.fitting import fit
from speechwriter.profile.loading import load_profile
from speechwriter.profile.store import PROFILE_SUFFIXES, looks_like_path, resolve
from speechwriter.speech.timing import DEFAULT_RATE

TEXT_SUFFIXES = (".md", ".markdown", ".txt")


def build_report(reference: str, minutes: float | None = None, rate: int = DEFAULT_RATE) -> Report:
    """Check a profile (by name or path) or a Markdown / text file."""
    path = Path(reference).expanduser()
    suffix = path.suffix.lower()
    facts: list[Finding] = []
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
        path = loaded.source
    else:
        raise UserError(f"不知道怎样检查 {path}：请给出答案档案（.yaml）或演讲稿（.md、.txt）。")
    findings = facts + check_units(units, present, limit, rate)
    return Report(str(path), spoken_characters(units), rate, limit, findings)


def format_text(report: Report) -> str:
    """The report for people."""
    length = f"{report.characters} 字，约 {report.characters / report.rate:.1f} 分钟"
    if not report.findings:
        return f"检查 {report.source}：没有发现问题（{length}）。\n"
    lines = [f"检查 {report.source}（{length}）：发现 {len(report.findings)} 处需要注意。"]
    for number, finding in enumerate(report.findings, start=1):
        excerpt = f"：……{finding.excerpt}……" if finding.excerpt else ""
        lines.append(f"{number}. [{finding.label}] {finding.where}{excerpt}")
        lines.append(f"   {finding.message}。{finding.hint}")
    return "\n".join(lines) + "\n"


def check_command(
    reference: str,
    minutes: float | None = None,
    rate: int = DEFAULT_RATE,
    output_format: str = "text",
    stdout: TextIO | None = None,
) -> int:
    """Print the report; 0 when clean, 1 with findings (2 comes as a UserError)."""
    out = stdout or sys.stdout
    if output_format not in ("text", "json"):
        raise UserError(f"--format 只能是 text 或 json，而不是“{output_format}”。")
    report = build_report(reference, minutes, rate)
    if output_format == "json":
        out.write(json.dumps(report.as_json(), ensure_ascii=False, indent=2) + "\n")
    else:
        out.write(format_text(report))
    return 1 if report.findings else 0
