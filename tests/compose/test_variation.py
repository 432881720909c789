"""Wording chosen as a stable function of the speaker: same seed, same words; other seeds, other words."""

from __future__ import annotations

from collections import Counter

from speechwriter.common.script import converter
from speechwriter.compose.variation import Chooser, profile_seed
from speechwriter.profile.model import Profile
from tests.conftest import minimal_data

OPTIONS = ("说法一", "说法二", "说法三")
SEEDS = [f"张{n}|客户经理||" for n in range(300)]


def test_the_same_seed_always_picks_the_same() -> None:
    for seed in SEEDS[:20]:
        assert {Chooser(seed).pick("opening.thanks", *OPTIONS) for _ in range(5)} == {
            Chooser(seed).pick("opening.thanks", *OPTIONS)
        }


def test_seeds_differ_in_their_choice() -> None:
    assert len({Chooser(seed).pick("opening.thanks", *OPTIONS) for seed in SEEDS[:20]}) > 1


def test_choices_spread_over_every_option() -> None:
    counts = Counter(Chooser(seed).pick("opening.thanks", *OPTIONS) for seed in SEEDS)
    assert set(counts) == set(OPTIONS)
    assert min(counts.values()) > len(SEEDS) / len(OPTIONS) / 2  # none is starved


def test_keys_vary_independently() -> None:
    chooser = Chooser(SEEDS[0])
    assert len({chooser.index(f"key.{n}", 3) for n in range(30)}) == 3


def test_index_stays_in_range() -> None:
    chooser = Chooser("seed")
    assert all(0 <= chooser.index(f"k{n}", 4) < 4 for n in range(50))
    assert chooser.index("k", 0) == 0


def test_options_one_by_one_or_as_one_list() -> None:
    chooser = Chooser(SEEDS[3])
    assert chooser.pick("k", *OPTIONS) == chooser.pick("k", list(OPTIONS)) in OPTIONS
    assert chooser.pick("k", "唯一") == "唯一"
    assert chooser.pick("k") == ""


def test_say_fills_the_values() -> None:
    text = Chooser(SEEDS[0]).say("career", "{year}年到{unit}工作", "{year}年起在{unit}任职", year=2008, unit="城关支行")
    assert "2008" in text and "城关支行" in text and "{" not in text


def test_say_converts_the_wording_but_not_the_values() -> None:
    chooser = Chooser(SEEDS[0], converter("traditional"))
    text = chooser.say("career", "{year}年调到{unit}", "{year}年进入{unit}", year=2008, unit="城关支行")
    assert "城关支行" in text  # the answer as typed (關 in Traditional)
    assert text.startswith("2008年") and ("調到" in text or "進入" in text)  # the wording in Traditional


def test_pick_leaves_the_wording_as_given() -> None:
    chooser = Chooser(SEEDS[0], converter("traditional"))
    assert chooser.pick("k", "竞聘") == "竞聘"


def test_the_seed_is_the_speaker_and_the_post() -> None:
    base = minimal_data(speaker={"name": "张三", "organization": "江城移动"})
    seed = profile_seed(Profile.model_validate(base))
    assert "张三" in seed and "客户经理" in seed and "江城移动" in seed
    other = profile_seed(Profile.model_validate({**base, "post": {"title": "客户经理", "unit": "集团客户部"}}))
    assert other != seed
    unchanged = profile_seed(Profile.model_validate({**base, "plan": [{"headline": "另一个设想"}]}))
    assert unchanged == seed
