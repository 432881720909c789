"""What ``check`` reads: a profile (its speech made as ``render`` would) or a speech file anyone wrote."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from speechwriter.check.findings import Finding, Report
from speechwriter.check.speech_checks import (
    check_units,
    profile_findings,
    spoken_characters,
    units_from_speech,
    units_from_text,
)
from speechwriter.common.errors import UserError
from speechwriter.common.reading import read_text_file
from speechwriter.common.script import to_simplified
from speechwriter.compose.context import answer_texts
from speechwriter.compose.echo import clauses
from speechwriter.compose.fitting import fillers, fit
from speechwriter.profile.loading import load_profile
from speechwriter.profile.model import Profile
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
    answers: list[str] | None = None
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
        answers = [to_simplified(text) for text in _answer_pieces(loaded.profile)]
        path = loaded.source
    else:
        raise UserError(f"不知道怎样检查 {path}：请给出答案档案（.yaml）或演讲稿（.md、.txt）。")
    findings = facts + check_units(units, present, limit, rate, to_add)
    if answers is not None:
        findings = [_about_answers(finding, answers) for finding in findings]
    return Report(str(path), spoken_characters(units), rate, limit, findings)


_ANSWERS_BY_SECTION = {
    "开场": "开场（竞聘岗位、演讲题目、补充的开场白）",
    "自我介绍": "个人情况（工作经历、荣誉、座右铭）",
    "对岗位的认识": "对岗位的认识",
    "竞聘优势": "竞聘优势",
    "工作设想": "工作设想",
    "结尾": "结尾表态",
}
_SENTENCE_KINDS = {"repeat", "long_sentence", "doubled_fact", "orphan_lead", "end_punctuation", "stock"}


def _about_answers(finding: Finding, answers: list[str]) -> Finding:
    """A finding in a sentence the templates wrote names the answers to change, not the sentence."""
    if finding.kind not in _SENTENCE_KINDS or not finding.excerpt:
        return finding
    if any(answer in finding.excerpt for answer in answers):
        return finding
    where = to_simplified(finding.where)
    part = next((label for title, label in _ANSWERS_BY_SECTION.items() if where.startswith(title)), "相关部分")
    hint = f"这句话是按档案生成的，不必改它：请修改档案里“{part}”的回答，它就会随之改变。"
    return replace(finding, hint=hint)


def _answer_pieces(profile: Profile) -> list[str]:
    """The speaker's answers cut at punctuation: a sentence holding one of these holds their words."""
    return [piece for text in answer_texts(profile, everything=True) for piece in clauses(text, shortest=2)]
