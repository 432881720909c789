"""What a section template sees: the profile's answers as data, facts derived from them, the trade's
words, the career told as sentences, and the helpers that vary and guard the stock lines."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from difflib import SequenceMatcher
from typing import Any

from speechwriter.common.chinese_text import clause
from speechwriter.common.errors import UserError
from speechwriter.common.numerals import chinese_number
from speechwriter.compose.career import career_sentences
from speechwriter.compose.echo import EchoGuard
from speechwriter.compose.template_set import TemplateSet
from speechwriter.compose.variation import Chooser, profile_seed
from speechwriter.library.phrases import Phrase, PhraseKind, phrase_bank
from speechwriter.library.sectors import Vocabulary, find_sector, sector_book
from speechwriter.profile.model import Profile

__all__ = ["Facts", "answer_texts", "derive_facts", "joined_name", "phrase_globals", "template_context"]

_SHORT_SERVICE = 5
_LONG_SERVICE = 10


@dataclass(frozen=True)
class Facts:
    """Facts derived from the profile on the day of composing."""

    age: int | None
    years_of_service: int | None
    birth_text: str | None
    year: int
    service: str | None = None
    """``short`` (under 5 years), ``medium`` or ``long`` (10 years and more); None when unknown."""
    years_said: bool = False
    """The speaker's own answers already say how many years they have worked."""
    honours_unsaid: tuple[str, ...] = ()
    """Honours the speaker's own answers do not mention (the introduction names only these)."""


def derive_facts(profile: Profile, today: date) -> Facts:
    """Age, years of service and the birth date in words, as of ``today``."""
    speaker = profile.speaker
    age = speaker.age
    birth_text = None
    if speaker.birth:
        year, month = int(speaker.birth[:4]), int(speaker.birth[5:])
        birth_text = f"{year}年{month}月"
        age = today.year - year - (1 if today.month < month else 0)
    years = None
    start = speaker.joined_year or (speaker.career[0].start if speaker.career else None)
    if start is not None:
        years = today.year - start
    service = None
    if years is not None and years >= 0:
        service = "short" if years < _SHORT_SERVICE else "long" if years >= _LONG_SERVICE else "medium"
    own = "".join(answer_texts(profile))
    years_said = years is not None and years > 0 and any(f"{w}年" in own for w in (str(years), chinese_number(years)))
    unsaid = tuple(honour for honour in speaker.honours if not _mentioned(clause(honour), own))
    return Facts(
        age,
        years if speaker.joined_year is not None else None,
        birth_text,
        today.year,
        service,
        years_said,
        unsaid,
    )


_HONOUR_MARKERS = (
    "十佳",
    "优秀",
    "先进",
    "一等奖",
    "二等奖",
    "三等奖",
    "能手",
    "标兵",
    "模范",
    "明星",
    "之星",
    "優秀",
    "先進",
    "獎",
    "標兵",
)
_YEAR = re.compile(r"\d{4}\s*年度?")


def _mentioned(honour: str, text: str) -> bool:
    """Whether ``text`` already names ``honour``, in its words or nearly (评比中获得一等奖 for 评比一等奖)."""
    if honour in text:
        return True
    core = _YEAR.sub("", honour)
    match = SequenceMatcher(None, core, text, autojunk=False).find_longest_match(0, len(core), 0, len(text))
    markers = [marker for marker in _HONOUR_MARKERS if marker in core]
    return match.size >= max(4, len(core) * 2 // 5) and all(marker in text for marker in markers)


def answer_texts(profile: Profile, *, everything: bool = False) -> list[str]:
    """What the speaker wrote in their own words: sentences (for the echo guard), or ``everything``
    including names, units and posts (for telling the script they write in)."""
    texts = []
    if everything:
        speaker, post = profile.speaker, profile.post
        texts += [speaker.name, post.title, post.unit or "", speaker.organization or "", speaker.current_post or ""]
        texts += [period.post + (period.unit or "") for period in speaker.career] + list(speaker.honours)
    texts += [*profile.understanding.paragraphs, profile.understanding.points_lead or ""]
    for point in (*profile.understanding.points, *profile.strengths, *profile.plan):
        texts += [point.headline, point.detail or ""]
    for text in (profile.opening.remarks, profile.closing.pledge, profile.closing.motto, profile.speaker.motto):
        if text:
            texts.append(text)
    return [text for text in texts if text]


def _vocabulary(profile: Profile, convert: Callable[[str], str]) -> Vocabulary:
    sector = find_sector(profile.post.sector) if profile.post.sector else None
    words = sector if sector is not None else sector_book().neutral
    values = {name: getattr(words, name) for name in Vocabulary.model_fields}
    return Vocabulary(**{name: convert(v) if isinstance(v, str) else v for name, v in values.items()})


def joined_name(unit: str, title: str) -> str:
    """``心血管内科`` + ``护士长``; a unit ending as the title starts is said once (办公室 + 办公室副主任)."""
    for size in range(min(len(unit), len(title)), 1, -1):
        if unit.endswith(title[:size]):
            return unit + title[size:]
    return unit + title


def template_context(profile: Profile, today: date, templates: TemplateSet | None = None) -> dict[str, Any]:
    """The variables every section template sees."""
    convert = templates.convert if templates is not None else (lambda text: text)
    chooser = Chooser(profile_seed(profile), convert)
    speaker = profile.speaker
    return {
        "audience": profile.audience,
        "speaker": speaker,
        "post": profile.post,
        "opening": profile.opening,
        "understanding": profile.understanding,
        "strengths": profile.strengths,
        "plan": profile.plan,
        "closing": profile.closing,
        "styles": profile.styles,
        "facts": derive_facts(profile, today),
        "trade": _vocabulary(profile, convert),
        "career": career_sentences(speaker, chooser),
        "career_brief": career_sentences(speaker, chooser, condensed=True),
        "post_name": joined_name(profile.post.unit or "", profile.post.title),
        "org": speaker.organization_short or speaker.organization or "",
        "pick": chooser.pick,
        "unless_said": EchoGuard(answer_texts(profile)),
    }


def phrase_globals(templates: TemplateSet, context: dict[str, Any], variant: str) -> dict[str, Any]:
    """``phrase(kind, id)`` and ``phrase_names_post(kind, id)``; an id of None lets the profile choose."""
    trade: Vocabulary = context["trade"]
    values = {
        "post_name": context["post_name"],
        "org": context["speaker"].organization_short or trade.org,
        "speech_title": clause(context["post"].speech_title or ""),
        "facts": context["facts"],
        "trade": trade,
        "pick": context["pick"],
    }
    chooser: Callable[..., str] = context["pick"]

    def find(kind: PhraseKind, phrase_id: str | None) -> Phrase:
        phrases: list[Phrase] = getattr(phrase_bank(), kind)
        if phrase_id is None:
            phrase_id = chooser(f"phrase.{kind}", [phrase.id for phrase in phrases if phrase.auto])
        try:
            return phrase_bank().get(kind, phrase_id)
        except (KeyError, AttributeError):
            raise UserError(f"句式库里没有“{phrase_id}”（{kind}）。") from None

    def phrase(kind: PhraseKind, phrase_id: str | None) -> str:
        found = find(kind, phrase_id)
        return templates.render_string(templates.convert(found.text(variant)), values, f"句式“{found.id}”")

    def names_post(kind: PhraseKind, phrase_id: str | None) -> bool:
        return find(kind, phrase_id).names_post

    return {"phrase": phrase, "phrase_names_post": names_post}
