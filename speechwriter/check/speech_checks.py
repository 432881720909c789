"""``speechwriter check``: the classic defects of template speeches, found before the panel does.

Reads a profile (through the speech model) or any Markdown / text file, in
Simplified or Traditional script, and reports unfilled placeholders, gaps
left by erased values, repeated sentences, over-long sentences, missing
parts, running over time and boastful phrasing, each with where and a fix.
The rules are data (``data/check_rules.yaml``).
"""

from __future__ import annotations

import re

from speechwriter.check.findings import Finding, Unit, rules
from speechwriter.check.seams import seam_findings, under_time
from speechwriter.common.script import to_simplified
from speechwriter.profile.answer_types import career_problem, future_year_problem
from speechwriter.profile.model import Profile
from speechwriter.speech.model import Speech, speech_lines
from speechwriter.speech.timing import DEFAULT_RATE, ON_TIME, count_characters

__all__ = [
    "check_units",
    "profile_findings",
    "spoken_characters",
    "units_from_speech",
    "units_from_text",
]

_FACTS_HINT = "请核对年份，改正档案里的这一项。"
_SENTENCE_END = re.compile(r"(?<=[。！？!?])")
_NOT_SPOKEN = re.compile(r"[\W_]+")
_SECTION_MARK = re.compile(r"^<!--\s*(.+?)\s*-->$")


# --- inputs -------------------------------------------------------------------------------


def units_from_speech(speech: Speech) -> tuple[list[Unit], set[str]]:
    """The spoken paragraphs of a speech, located by section and paragraph; the sections present."""
    units: list[Unit] = []
    counters: dict[str, int] = {}
    titles = {section.key: section.title for section in speech.sections}
    present = {section.key for section in speech.sections if section.blocks}
    for line in speech_lines(speech):
        if not line.spoken:
            continue
        counters[line.section_key] = counters.get(line.section_key, 0) + 1
        where = f"{titles[line.section_key]} 第 {counters[line.section_key]} 段"
        units.append(Unit(to_simplified(line.text), where, line.section_key, heading=line.role == "heading"))
    return units, present


def _plain(markdown_line: str) -> str:
    text = re.sub(r"^\s{0,3}(#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)", "", markdown_line)
    text = text.replace("**", "").replace("__", "")
    return re.sub(r"\\(.)", r"\1", text).strip()


_HEADING_MARKER = re.compile(
    r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.、)）]|第[一二三四五六七八九十]+[、，])"
)


def _looks_like_heading(line: str) -> bool:
    """A title or heading line: Markdown ``#``, a line in bold, or a short numbered headline without a full stop."""
    if line.startswith("#") or (line.startswith("**") and line.endswith("**")):
        return True
    plain = _plain(line)
    return bool(_HEADING_MARKER.match(plain)) and len(plain) <= 30 and not plain.endswith(("。", "！", "？"))


def units_from_text(text: str) -> tuple[list[Unit], set[str] | None]:
    """Paragraphs of a Markdown or plain-text file, located by line.

    Section markers written by ``render`` (``<!-- 自我介绍 -->``) tell which
    parts are present; without them the second value is None.
    """
    titles = {cue["title"]: key for key, cue in rules()["sections"]["cues"].items()}
    units: list[Unit] = []
    marked: set[str] = set()
    current: list[str] = []
    start = 0
    section: str | None = None

    heading = False

    def flush() -> None:
        if current:
            units.append(Unit(to_simplified("".join(current)), f"第 {start} 行", section, heading))
            current.clear()

    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        mark = _SECTION_MARK.match(line)
        if mark:
            flush()
            section = titles.get(to_simplified(mark.group(1)))
            if section:
                marked.add(section)
            continue
        if not line or line.startswith("<!--") or set(line) <= set("-*_= "):
            flush()
            continue
        if not current:
            start = number
            heading = _looks_like_heading(line)
        current.append(_plain(line))
    flush()
    return units, (marked or None)


# --- the checks -----------------------------------------------------------------------------


def _pattern_findings(units: list[Unit], kind: str, patterns: list[str], hint: str, message: str) -> list[Finding]:
    found = []
    for unit in units:
        for pattern in patterns:
            for match in re.finditer(pattern, unit.text):
                excerpt = unit.text[max(match.start() - 6, 0) : match.end() + 6]
                found.append(Finding(kind, unit.where, excerpt, message.format(match.group(0)), hint))
    return found


_Sentence = tuple[Unit, str, str]
"""A sentence: its paragraph, its text, and its text without punctuation or spaces."""


def _sentences(units: list[Unit]) -> list[_Sentence]:
    out = []
    for unit in units:
        for sentence in _SENTENCE_END.split(unit.text):
            if sentence.strip():
                out.append((unit, sentence.strip(), _NOT_SPOKEN.sub("", sentence)))
    return out


def _repeats(sentences: list[_Sentence]) -> list[Finding]:
    config = rules()["repeat"]
    compared = [s for s in sentences if len(s[2]) >= config["min_sentence"]]
    size = config["min_common"]
    found = []
    # Two sentences share a run of ``size`` characters exactly when they share one of its ``size``-grams:
    # an index of grams finds every such pair in one pass (comparing all pairs took an hour on 2 MB).
    grams: dict[str, tuple[int, int]] = {}
    for index, (unit, sentence, bare) in enumerate(compared):
        for position in range(len(bare) - size + 1):
            earlier = grams.get(bare[position : position + size])
            if earlier is not None:
                earlier_index, start = earlier
                earlier_unit, _, earlier_bare = compared[earlier_index]
                length = size
                while (
                    position + length < len(bare)
                    and start + length < len(earlier_bare)
                    and bare[position + length] == earlier_bare[start + length]
                ):
                    length += 1
                common = bare[position : position + length]
                message = f"与{earlier_unit.where}的“{common}”重复"
                found.append(Finding("repeat", unit.where, sentence, message, config["hint"]))
                break
        for position in range(len(bare) - size + 1):
            grams.setdefault(bare[position : position + size], (index, position))
    for unit, sentence, bare in sentences:
        size = config["min_inside"]
        seen: dict[str, int] = {}
        for position in range(len(bare) - size + 1):
            piece = bare[position : position + size]
            if piece in seen and position >= seen[piece] + size:
                message = f"同一句里“{piece}”说了两遍"
                found.append(Finding("repeat", unit.where, sentence, message, config["hint"]))
                break
            seen.setdefault(piece, position)
    return found


def _long_sentences(sentences: list[_Sentence]) -> list[Finding]:
    config = rules()["long_sentence"]
    found = []
    for unit, sentence, _ in sentences:
        size = count_characters(sentence)
        if size > config["max_characters"]:
            message = f"这句话有 {size} 字（超过 {config['max_characters']} 字）"
            found.append(Finding("long_sentence", unit.where, sentence[:30] + "……", message, config["hint"]))
    return found


def _missing_sections(units: list[Unit], present: set[str] | None) -> list[Finding]:
    config = rules()["sections"]
    found = []
    for key, cue in config["cues"].items():
        if present is not None:
            exists = key in present
        else:
            scope = units[:3] if cue["where"] == "start" else units[-3:] if cue["where"] == "end" else units
            exists = any(word in unit.text for unit in scope for word in cue["words"])
        if not exists:
            message = f"没有找到“{cue['title']}”部分"
            found.append(Finding("missing_section", "全文", "", message, config["hint"]))
    return found


def _over_time(characters: int, minutes: float | None, rate: int) -> list[Finding]:
    if minutes is None:
        return []
    target = round(minutes * rate)
    if characters <= target * (1 + ON_TIME):
        return []
    over = characters - target
    message = f"共 {characters} 字，按每分钟 {rate} 字约 {characters / rate:.1f} 分钟，超过限时 {minutes:g} 分钟"
    hint = f"需要删减约 {over} 字；可先压缩最长的部分。"
    return [Finding("over_time", "全文", "", message, hint)]


def check_units(
    units: list[Unit],
    present: set[str] | None,
    minutes: float | None,
    rate: int = DEFAULT_RATE,
    fillers: list[str] | None = None,
) -> list[Finding]:
    """Every finding for the given paragraphs; ``fillers`` say what to add when the speech is short."""
    config = rules()
    findings = _pattern_findings(
        units, "placeholder", config["placeholders"]["patterns"], config["placeholders"]["hint"], "“{}”没有填写"
    )
    findings += _pattern_findings(units, "gap", config["gaps"]["patterns"], config["gaps"]["hint"], "“{}”处缺了数值")
    phrases = [re.escape(phrase) for phrase in config["tone"]["phrases"]]
    findings += _pattern_findings(units, "tone", phrases, config["tone"]["hint"], "“{}”显得自负或贬低他人")
    sentences = _sentences(units)
    findings += _repeats(sentences)
    findings += _long_sentences(sentences)
    findings += _missing_sections(units, present)
    findings += seam_findings(units, config)
    findings += _over_time(spoken_characters(units), minutes, rate)
    findings += under_time(spoken_characters(units), minutes, rate, config, fillers)
    return findings


def spoken_characters(units: list[Unit]) -> int:
    """Spoken characters of all paragraphs (see :func:`speechwriter.timing.count_characters`)."""
    return sum(count_characters(unit.text) for unit in units)


def profile_findings(profile: Profile) -> list[Finding]:
    """Facts in a profile that contradict each other or the calendar (years not yet come, periods reversed)."""
    speaker = profile.speaker
    found = []
    years = [
        ("出生年月", int(speaker.birth[:4]) if speaker.birth else None),
        ("毕业年份", speaker.graduation_year),
        ("入职年份", speaker.joined_year),
    ]
    for number, period in enumerate(speaker.career, start=1):
        years += [
            (f"工作经历第 {number} 段的起始年份", period.start),
            (f"工作经历第 {number} 段的结束年份", period.end),
        ]
        problem = career_problem(period.start, period.end)
        if problem:
            found.append(Finding("facts", f"自我介绍 · 工作经历第 {number} 段", "", problem, _FACTS_HINT))
    for label, year in years:
        problem = future_year_problem(year) if year is not None else None
        if problem:
            found.append(Finding("facts", f"自我介绍 · {label}", "", problem, _FACTS_HINT))
    return found
