"""A career told as a short narrative, never a CV list.

Consecutive periods in one unit become one sentence ("2005年到城关支行工作，
从综合柜员做起，2008年起任大堂经理"); a long career is summed up ("先后在
柜员、大堂经理、客户经理等岗位工作，2019年起任营业部主任"). No sentence runs
past :data:`MAX_SENTENCE` characters, and the current post is not said twice
when it is the open period's post (compared after normalising unit and post).
Wording goes through :meth:`Chooser.say`, so it follows the speech's script
while the units and posts stay as typed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from speechwriter.common.chinese_text import clause
from speechwriter.compose.variation import Chooser
from speechwriter.profile.model import CareerPeriod, Speaker

__all__ = ["MAX_SENTENCE", "career_sentences", "same_post"]

MAX_SENTENCE = 60
"""The longest sentence the narrative builds, in characters."""

_LONG_CAREER = 4
"""More periods than this are summed up instead of told one by one."""

_NOISE = re.compile(r"[\s，,、。.·\-—（）()的]")


def _norm(text: str) -> str:
    return _NOISE.sub("", text)


def same_post(current: str, period: CareerPeriod) -> bool:
    """Whether ``current`` names the same post as ``period`` (with all, part or none of its unit)."""
    wanted = _norm(current)
    post = _norm(period.post)
    unit = _norm(period.unit or "")
    if not wanted.endswith(post):
        return False
    prefix = wanted[: len(wanted) - len(post)]
    return not prefix or prefix in unit or (bool(unit) and prefix.endswith(unit))


def extends_post(current: str, period: CareerPeriod) -> bool:
    """Whether ``current`` is the period's post with more said (``护理组长、主管护师``)."""
    wanted = _norm(current)
    return _norm(period.post) in wanted and not same_post(current, period)


@dataclass
class _Stay:
    """Consecutive periods in one unit."""

    unit: str | None
    periods: list[CareerPeriod]


def _stays(career: Sequence[CareerPeriod]) -> list[_Stay]:
    stays: list[_Stay] = []
    for period in career:
        if stays and _norm(stays[-1].unit or "") == _norm(period.unit or ""):
            stays[-1].periods.append(period)
        else:
            stays.append(_Stay(period.unit, [period]))
    return stays


def _shown_unit(unit: str | None, post: str) -> str:
    """The unit, unless the post already names it (营业部 + 营业部副主任)."""
    if not unit or _norm(post).startswith(_norm(unit)):
        return ""
    return unit


def _later_posts(periods: Sequence[CareerPeriod], choose: Chooser, key: str) -> list[str]:
    return [
        choose.say(f"{key}.{number}", "{year}年起任{post}", "{year}年起担任{post}", year=p.start, post=clause(p.post))
        for number, p in enumerate(periods)
    ]


def _first_stay(stay: _Stay, choose: Chooser, joined_said: bool, after_school: bool = False) -> list[str]:
    first = stay.periods[0]
    unit = _shown_unit(stay.unit, first.post)
    values = {"year": first.start, "unit": unit, "post": clause(first.post)}
    if len(stay.periods) == 1 and first.end is None and (joined_said or after_school):
        return [
            choose.say(
                "career.only",
                "参加工作以来，我一直在{unit}担任{post}" if unit else "参加工作以来，我一直担任{post}",
                "入职以来，我一直在{unit}做{post}" if unit else "入职以来，我一直做{post}",
                **values,
            )
        ]
    if after_school and not joined_said:
        opening = choose.say(
            "career.first.school",
            "毕业后，我到{unit}任{post}" if unit else "毕业后，我先做{post}",
            "毕业那年，我到{unit}担任{post}" if unit else "毕业那年，我开始做{post}",
            **values,
        )
    elif joined_said:
        if unit:
            opening = choose.say(
                "career.first.joined",
                "入职后，我在{unit}从{post}做起",
                "我最初在{unit}担任{post}",
                "我先是在{unit}任{post}",
                "入职以后，我先在{unit}做{post}",
                **values,
            )
        else:
            opening = choose.say(
                "career.first.joined",
                "入职后，我从{post}做起",
                "我最初担任{post}",
                "我先是做{post}",
                **values,
            )
    elif unit:
        opening = choose.say(
            "career.first",
            "{year}年，我到{unit}工作，从{post}做起",
            "{year}年参加工作后，我在{unit}担任{post}",
            "{year}年起，我在{unit}任{post}",
            "我是{year}年到{unit}工作的，最初担任{post}",
            **values,
        )
    else:
        opening = choose.say(
            "career.first",
            "{year}年参加工作，我从{post}做起",
            "我{year}年参加工作，第一个岗位是{post}",
            "{year}年起，我担任{post}",
            "我是{year}年参加工作的，最初担任{post}",
            **values,
        )
    return [opening, *_later_posts(stay.periods[1:], choose, "career.first.more")]


def _next_stay(stay: _Stay, number: int, choose: Chooser) -> list[str]:
    first = stay.periods[0]
    unit = _shown_unit(stay.unit, first.post)
    values = {"year": first.start, "unit": unit, "post": clause(first.post)}
    key = f"career.next.{number}"
    if unit:
        text = choose.say(
            key,
            "{year}年调到{unit}任{post}",
            "{year}年到{unit}担任{post}",
            "{year}年起在{unit}任{post}",
            "{year}年，我到{unit}任{post}",
            **values,
        )
    else:
        text = choose.say(key, "{year}年起任{post}", "{year}年改任{post}", "{year}年开始担任{post}", **values)
    return [text, *_later_posts(stay.periods[1:], choose, f"{key}.more")]


_NEXT_POST = re.compile(r"^\d{4}年起(?:任|担任|擔任|兼任)")


def _same_unit_follow(part: str) -> bool:
    """A clause naming only a new post in the same unit (``2008年起任大堂经理``) follows with a comma."""
    return bool(_NEXT_POST.match(part))


def _pack(clauses: Sequence[str]) -> list[str]:
    """Clauses joined into sentences of at most MAX_SENTENCE characters.

    A new post in the same unit follows after a comma; a move to another unit
    starts a new sentence when the whole stay would not fit in the current one.
    """
    sentences: list[str] = []
    current = ""
    for index, part in enumerate(clauses):
        follows = _same_unit_follow(part)
        stay = [part, *_following_posts(clauses[index + 1 :])] if not follows else [part]
        needed = sum(len(piece) + 1 for piece in stay) + 1
        if (
            current
            and (len(current) + needed <= MAX_SENTENCE or follows)
            and len(current) + len(part) + 2 <= MAX_SENTENCE
        ):
            current += ("，" if follows else "；") + part
        else:
            if current:
                sentences.append(current + "。")
            current = part
    if current:
        sentences.append(current + "。")
    return sentences


def _following_posts(clauses: Sequence[str]) -> list[str]:
    taken = []
    for part in clauses:
        if not _same_unit_follow(part):
            break
        taken.append(part)
    return taken


def _posts(periods: Sequence[CareerPeriod]) -> list[str]:
    seen: list[str] = []
    for period in periods:
        post = clause(period.post)
        if post not in seen:
            seen.append(post)
    return seen


def _summary(speaker: Speaker, choose: Chooser, current: str | None, *, keep: int) -> list[str]:
    """A long career by its milestones: where it began, the posts between in brief, the latest ``keep`` periods."""
    career = speaker.career
    first, latest = career[0], career[-keep:]
    named = {clause(first.post), *(clause(period.post) for period in latest)}
    between = [post for post in _posts(career[1:-keep]) if post not in named][:3]
    values = {"year": first.start, "post": clause(first.post), "listed": "、".join(between)}
    if speaker.joined_year == first.start:
        start = choose.say("career.milestone.joined", "入职后，我从{post}干起", "我最初做的是{post}", **values)
    else:
        start = choose.say(
            "career.milestone", "{year}年，我从{post}干起", "{year}年参加工作后，我从{post}做起", **values
        )
    if len(between) > 1:
        start += choose.say("career.between", "，后来在{listed}等岗位工作过", "，之后做过{listed}", **values)
    elif between:
        start += choose.say("career.between.one", "，后来做过{listed}", "，之后当过{listed}", **values)
    clauses = [start]
    for number, period in enumerate(latest):
        before = career[len(career) - keep + number - 1]
        moved = _norm(period.unit or "") != _norm(before.unit or "")
        unit = _shown_unit(period.unit, period.post) if moved else ""
        values = {"year": period.start, "unit": unit, "post": clause(period.post)}
        if period.end is None:
            form = ("{year}年起在{unit}任{post}", "{year}年起任{unit}{post}") if unit else ("{year}年起任{post}",)
        else:
            form = ("{year}年到{unit}任{post}", "{year}年调到{unit}任{post}") if unit else ("{year}年起任{post}",)
        clauses.append(choose.say(f"career.latest.{number}", *form, **values))
    sentences = _pack(clauses)
    if current:
        sentences.append(_now(current, choose))
    return sentences


def _now(current: str, choose: Chooser) -> str:
    return choose.say("career.now", "现任{post}。", "目前担任{post}。", "现在担任{post}。", post=current)


def _beyond(current: str, period: CareerPeriod) -> str:
    """What ``current`` says beyond the period's unit and post (``护理组长、主管护师`` → ``主管护师``)."""
    rest = current
    for known in (period.unit or "", period.post):
        rest = rest.replace(known, "", 1) if known else rest
    return rest.strip(" ，,、。；;·")


def _with_extra(sentences: list[str], extra: str, choose: Chooser) -> list[str]:
    """The sentences with what the current post adds; a post taken on beside another reads 兼任."""
    concurrent = choose.convert("兼任")
    for holding in (choose.convert("担任"), choose.convert("任"), choose.convert("做")):
        sentences = [s.replace(holding + concurrent, concurrent) for s in sentences]
    if not extra or not sentences:
        return sentences
    last = sentences[-1].rstrip("。")
    addition = choose.say("career.extra", "，现为{extra}", "，同时是{extra}", extra=extra)
    if len(last) + len(addition) + 1 <= MAX_SENTENCE:
        return [*sentences[:-1], last + addition + "。"]
    return [*sentences, choose.say("career.extra.alone", "我现为{extra}。", "现在我同时是{extra}。", extra=extra)]


def career_sentences(speaker: Speaker, choose: Chooser, *, condensed: bool = False) -> list[str]:
    """The career as a few sentences (summed up when ``condensed`` or long)."""
    career = speaker.career
    current = clause(speaker.current_post) if speaker.current_post else None
    if not career:
        if not current:
            return []
        return [choose.say("career.current", "我现任{post}。", "我现在的岗位是{post}。", post=current)]
    last = career[-1]
    if current and last.end is None and same_post(current, last):
        current = None
    extra = ""
    if current and last.end is None and extends_post(current, last):
        extra, current = _beyond(current, last), None
        if any(_norm(period.post) == _norm(extra) for period in career[:-1]):
            # still holds an earlier post: the open one is taken on beside it (兼任)
            career = [*career[:-1], last.model_copy(update={"post": "兼任" + clause(last.post)})]
            speaker = speaker.model_copy(update={"career": career})
            extra = ""
    if len(career) > _LONG_CAREER:
        return _with_extra(_summary(speaker, choose, current, keep=1 if condensed else 2), extra, choose)
    if condensed and len(career) > 1:
        return _with_extra(_summary(speaker, choose, current, keep=1), extra, choose)
    stays = _stays(career)
    joined_said = speaker.joined_year == career[0].start
    after_school = speaker.graduation_year == career[0].start
    clauses = _first_stay(stays[0], choose, joined_said, after_school)
    for number, stay in enumerate(stays[1:], start=1):
        clauses += _next_stay(stay, number, choose)
    sentences = _pack(clauses)
    if current:
        sentences.append(_now(current, choose))
    return _with_extra(sentences, extra, choose)
