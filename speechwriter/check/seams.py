"""Seams a panel hears: leads left hanging, paragraphs without an end, a list of one, a fact said
twice, half-width punctuation typed between Chinese characters, stock lines, a speech far under its slot."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from speechwriter.check.findings import Finding, Unit

__all__ = ["seam_findings", "under_time"]

_CJK = r"[\u3400-\u9fff\uf900-\ufaff]"
_HALF_WIDTH = re.compile(rf"(?<={_CJK})\s?([,:;!?])\s?(?={_CJK}|[“‘（])")
_ENDS = ("。", "！", "？", "…", "!", "?", "”", "’", "）")
_LEAD_END = ("：", ":", "，", ",")
_AT_START = r"(?:^|(?<=[。：:；;！？!?]))"
_ENUMERATIONS: tuple[tuple[re.Pattern[str], str, str], ...] = (
    (re.compile(_AT_START + "一是"), "二是", "一是"),
    (re.compile(_AT_START + "一要"), "二要", "一要"),
    (re.compile(_AT_START + "（一）"), "（二）", "（一）"),
    (re.compile(_AT_START + "第一[，,、]"), "第二", "第一，"),
)
_FIRST_HEADING = re.compile(r"^一、")
_SECOND_HEADING = re.compile(r"^二、")
_CURRENT = re.compile(r"现任([^，。；、]{2,16})")


def _orphan_leads(units: list[Unit], hint: str) -> list[Finding]:
    found = []
    for index, unit in enumerate(units):
        text = unit.text.rstrip()
        if unit.heading or not text.endswith(_LEAD_END):
            continue
        following = units[index + 1] if index + 1 < len(units) else None
        if text.endswith(("，", ",")):
            message = "这段话以逗号结尾，话没有说完"
        elif following is None or following.section != unit.section:
            message = "这段话以冒号引出下文，但后面没有内容"
        else:
            continue
        found.append(Finding("orphan_lead", unit.where, text[-20:], message, hint))
    return found


def _missing_ends(units: list[Unit], hint: str) -> list[Finding]:
    found = []
    for unit in units:
        text = unit.text.rstrip()
        if unit.heading or not text or text.endswith(_ENDS + _LEAD_END):
            continue
        if text.endswith(("”", "’")):
            continue
        found.append(Finding("end_punctuation", unit.where, text[-20:], "这段话最后没有标点", hint))
    return found


def _lone_enumerations(units: list[Unit], hint: str) -> list[Finding]:
    found = []
    groups: dict[str | None, list[Unit]] = {}
    for unit in units:
        groups.setdefault(unit.section, []).append(unit)
    for members in groups.values():
        text = "\n".join(unit.text for unit in members)
        for first, second, shown in _ENUMERATIONS:
            if any(first.search(unit.text) for unit in members) and second not in text:
                where = next(unit.where for unit in members if first.search(unit.text))
                found.append(Finding("lone_enumeration", where, shown, f"有“{shown}”却没有下一条", hint))
        starts = [unit for unit in members if _FIRST_HEADING.match(unit.text)]
        if starts and not any(_SECOND_HEADING.match(unit.text) for unit in members):
            found.append(Finding("lone_enumeration", starts[0].where, "一、", "有“一、”却没有“二、”", hint))
    return found


def _doubled_facts(units: list[Unit], hint: str) -> list[Finding]:
    found = []
    for unit in units:
        for match in _CURRENT.finditer(unit.text):
            post = match.group(1)
            before = unit.text[: match.start()]
            tail = post[-4:] if len(post) > 4 else post
            if tail in before[-80:] and ("至今" in before[-80:] or "起任" in before[-80:] or "起担任" in before[-80:]):
                message = f"前面已经说过现在的岗位，“现任{post}”又说了一遍"
                found.append(Finding("doubled_fact", unit.where, match.group(0), message, hint))
    return found


def _half_width(units: list[Unit], hint: str) -> list[Finding]:
    found = []
    for unit in units:
        marks = _HALF_WIDTH.findall(unit.text)
        if marks:
            match = _HALF_WIDTH.search(unit.text)
            assert match is not None
            excerpt = unit.text[max(match.start() - 6, 0) : match.end() + 6]
            shown = "".join(sorted(set(marks)))
            message = f"中文之间用了 {len(marks)} 个半角标点（{shown}）"
            found.append(Finding("half_width", unit.where, excerpt, message, hint))
    return found


def _stock_lines(units: list[Unit], phrases: list[str], hint: str) -> list[Finding]:
    found = []
    for unit in units:
        for phrase in phrases:
            if phrase in unit.text:
                found.append(Finding("stock", unit.where, phrase, f"“{phrase}”在很多竞聘稿里都出现过", hint))
    return found


def seam_findings(units: list[Unit], rules: dict[str, Any]) -> list[Finding]:
    """Every seam in the paragraphs, by the hints in the rules file."""
    seams = rules["seams"]
    checks: list[Callable[[], list[Finding]]] = [
        lambda: _orphan_leads(units, seams["orphan_lead_hint"]),
        lambda: _missing_ends(units, seams["end_punctuation_hint"]),
        lambda: _lone_enumerations(units, seams["lone_enumeration_hint"]),
        lambda: _doubled_facts(units, seams["doubled_fact_hint"]),
        lambda: _half_width(units, seams["half_width_hint"]),
        lambda: _stock_lines(units, rules["stock"]["phrases"], rules["stock"]["hint"]),
    ]
    return [finding for check in checks for finding in check()]


def under_time(
    characters: int, minutes: float | None, rate: int, rules: dict[str, Any], fillers: list[str] | None = None
) -> list[Finding]:
    """A finding when the speech fills less than the usual share of its slot, saying what to add."""
    if minutes is None:
        return []
    seams = rules["seams"]
    target = round(minutes * rate)
    if characters >= seams["under_share"] * target:
        return []
    message = (
        f"共 {characters} 字，按每分钟 {rate} 字约 {characters / rate:.1f} 分钟，"
        f"不到限时 {minutes:g} 分钟的八成（差约 {target - characters} 字）"
    )
    hint = ("可以补充：" + "；".join(fillers) + "。") if fillers else seams["under_time_hint"]
    return [Finding("under_time", "全文", "", message, hint)]
