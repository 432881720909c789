"""What a template sees: facts derived from the answers, the trade's words, phrases chosen per profile."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from speechwriter.common.errors import UserError
from speechwriter.compose.context import derive_facts, joined_name, phrase_globals, template_context
from speechwriter.compose.template_set import load_template_set
from speechwriter.library.phrases import phrase_bank
from speechwriter.library.sectors import Vocabulary, find_sector, sector_book
from speechwriter.profile.model import Profile
from tests.conftest import TODAY, minimal_data


def _profile(speaker: dict[str, Any] | None = None, **overrides: Any) -> Profile:
    return Profile.model_validate(minimal_data(speaker={"name": "张三", **(speaker or {})}, **overrides))


def test_derive_facts_age_and_service() -> None:
    profile = Profile.model_validate(minimal_data(speaker={"name": "张", "birth": "1985-12", "joined_year": 2006}))
    facts = derive_facts(profile, TODAY)
    assert facts.age == 40  # birthday in December not reached on 24 November
    assert facts.years_of_service == 20
    assert facts.birth_text == "1985年12月"


def test_age_counts_the_birthday_month() -> None:
    profile = _profile({"birth": "1985-11"})
    assert derive_facts(profile, TODAY).age == 41  # November: the birthday has come
    assert derive_facts(profile, date(2026, 10, 31)).age == 40


def test_age_given_without_a_birth_date_is_kept() -> None:
    facts = derive_facts(_profile({"age": 35}), TODAY)
    assert facts.age == 35 and facts.birth_text is None


def test_nothing_known_gives_no_facts() -> None:
    facts = derive_facts(_profile(), TODAY)
    assert facts.age is None and facts.years_of_service is None and facts.service is None
    assert facts.year == TODAY.year and not facts.years_said
    assert facts.honours_unsaid == ()


@pytest.mark.parametrize(
    ("joined", "band"),
    [(2026, "short"), (2022, "short"), (2021, "medium"), (2017, "medium"), (2016, "long"), (1990, "long")],
)
def test_service_band(joined: int, band: str) -> None:
    facts = derive_facts(_profile({"joined_year": joined}), TODAY)
    assert facts.service == band and facts.years_of_service == TODAY.year - joined


def test_career_start_gives_the_band_but_not_a_number_of_years() -> None:
    facts = derive_facts(_profile({"career": [{"start": 2018, "post": "柜员"}]}), TODAY)
    assert facts.service == "medium"
    assert facts.years_of_service is None  # only a joined year is said as 工作X年


def test_a_career_starting_next_year_has_no_band() -> None:
    facts = derive_facts(_profile({"career": [{"start": TODAY.year + 1, "post": "柜员"}]}), TODAY)
    assert facts.service is None


@pytest.mark.parametrize("said", ["在行里工作了十年", "参加工作10年来", "十年如一日"])
def test_years_said_in_either_numeral(said: str) -> None:
    profile = _profile({"joined_year": 2016}, strengths=[{"headline": "经验丰富", "detail": said}])
    assert derive_facts(profile, TODAY).years_said


def test_other_numbers_of_years_are_not_the_years_of_service() -> None:
    profile = _profile({"joined_year": 2016}, strengths=[{"headline": "经验丰富", "detail": "连续三年获评先进"}])
    assert not derive_facts(profile, TODAY).years_said


def test_honours_mentioned_in_the_answers_are_not_said_again() -> None:
    honours = ["2019年度分公司优秀员工", "市技能比武一等奖", "优秀共产党员"]
    strengths = [
        {"headline": "业务过硬", "detail": "在市技能比武中获得一等奖"},  # nearly the second honour
        {"headline": "作风过硬", "detail": "被评为优秀共产党员"},  # the third, word for word
    ]
    facts = derive_facts(_profile({"honours": honours}, strengths=strengths), TODAY)
    assert facts.honours_unsaid == ("2019年度分公司优秀员工",)


def test_honours_not_mentioned_are_all_unsaid_in_order() -> None:
    honours = ["2019年度分公司优秀员工", "市青年岗位能手"]
    facts = derive_facts(_profile({"honours": honours}), TODAY)
    assert facts.honours_unsaid == tuple(honours)


@pytest.mark.parametrize(
    ("unit", "title", "name"),
    [
        ("办公室", "办公室副主任", "办公室副主任"),
        ("心血管内科", "护士长", "心血管内科护士长"),
        ("营业部", "营业部主任", "营业部主任"),
        ("", "客户经理", "客户经理"),
        ("综合科", "科长", "综合科科长"),  # one shared character is not enough,
    ],
)
def test_joined_name_says_the_shared_part_once(unit: str, title: str, name: str) -> None:
    assert joined_name(unit, title) == name


def test_post_name_in_the_context() -> None:
    context = template_context(_profile(post={"title": "办公室副主任", "unit": "办公室"}), TODAY)
    assert context["post_name"] == "办公室副主任"


def test_no_sector_gives_the_neutral_words() -> None:
    trade = template_context(_profile(), TODAY)["trade"]
    assert trade == sector_book().neutral


@pytest.mark.parametrize("written", ["医疗", "醫療", "银行", "教育"])
def test_a_sector_gives_its_own_words(written: str) -> None:
    profile = _profile(post={"title": "护士长", "sector": written})
    trade: Vocabulary = template_context(profile, TODAY)["trade"]
    sector = find_sector(written)
    assert sector is not None
    assert trade.served == sector.served and trade.org == sector.org
    assert trade != sector_book().neutral


def test_trade_words_follow_the_template_script() -> None:
    profile = _profile(post={"title": "护士长", "sector": "医疗卫生"})
    trade: Vocabulary = template_context(profile, TODAY, load_template_set(script="traditional"))["trade"]
    assert trade.org == "醫院" and trade.served == "患者"


def test_the_context_tells_the_career() -> None:
    speaker = {"joined_year": 2005, "career": [{"start": 2005, "post": "柜员"}, {"start": 2010, "post": "客户经理"}]}
    context = template_context(_profile(speaker), TODAY)
    for told in (context["career"], context["career_brief"]):
        assert told and all(line.endswith("。") for line in told)
        assert "柜员" in "".join(told) and "客户经理" in "".join(told)


def test_unless_said_drops_a_line_the_answers_already_say() -> None:
    profile = _profile(closing={"pledge": "成绩只代表过去，我会从零开始"})
    guard = template_context(profile, TODAY)["unless_said"]
    assert guard("过去的成绩只能说明过去。") == ""
    assert guard("我将以更加饱满的热情投入工作。") == "我将以更加饱满的热情投入工作。"


def _opening(profile: Profile, phrase_id: str | None = None) -> str:
    templates = load_template_set()
    globals_ = phrase_globals(templates, template_context(profile, TODAY, templates), "full")
    return str(globals_["phrase"]("openings", phrase_id))


NAMES = ["张三", "李四", "王五", "赵六", "钱七", "孙八", "周九", "吴十"]


def test_the_automatic_phrase_is_stable_for_a_profile() -> None:
    for name in NAMES:
        assert _opening(_profile({"name": name})) == _opening(_profile({"name": name}))


def test_the_automatic_phrase_differs_between_speakers() -> None:
    assert len({_opening(_profile({"name": name})) for name in NAMES}) > 1


def test_unknown_phrase_id_is_a_user_error() -> None:
    with pytest.raises(UserError, match="句式库里没有“豪言”"):
        _opening(_profile(), "豪言")


def test_phrase_names_post_follows_the_phrase() -> None:
    templates = load_template_set()
    globals_ = phrase_globals(templates, template_context(_profile(), TODAY, templates), "full")
    for phrase in phrase_bank().openings:
        assert globals_["phrase_names_post"]("openings", phrase.id) is phrase.names_post
