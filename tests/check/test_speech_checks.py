"""Each check: one minimal input that triggers exactly it; clean examples; the seed speeches."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from speechwriter.check.findings import Unit
from speechwriter.check.speech_checks import check_units, units_from_speech, units_from_text
from speechwriter.common.script import to_simplified
from speechwriter.compose.fitting import fit
from speechwriter.profile.loading import load_profile
from tests.conftest import EXAMPLES, ROOT

# A clean speech in plain text: every part present, nothing repeated, short sentences.
CLEAN = [
    "尊敬的各位领导、各位评委：大家好！感谢组织给我这次机会。",
    "我叫李明，二〇一〇年参加工作，现任客户经理。",
    "我对这个岗位的理解是，要把服务做细。",
    "我的优势是熟悉业务，和客户关系融洽。",
    "如果竞聘成功，我将抓好团队建设。",
    "无论结果如何，我都会继续努力。谢谢大家！",
]


def _kinds(paragraphs: list[str], minutes: float | None = None) -> list[str]:
    units = [Unit(to_simplified(text), f"第 {n} 段") for n, text in enumerate(paragraphs, start=1)]
    return sorted({finding.kind for finding in check_units(units, None, minutes)})


def test_clean_text_has_no_findings() -> None:
    assert _kinds(CLEAN) == []


@pytest.mark.parametrize(
    ("index", "replacement", "kind"),
    [
        (1, "我叫XX，现任客户经理。", "placeholder"),
        (1, "我叫××，现任客户经理。", "placeholder"),
        (1, "我叫[姓名]，现任客户经理。", "placeholder"),
        (1, "我叫【姓名】，现任客户经理。", "placeholder"),
        (1, "我叫李明，毕业于（）大学，现任客户经理。", "placeholder"),
        (1, "我叫李明，毕业于(  )大学，现任客户经理。", "placeholder"),
        (1, "我叫某某，现任客户经理。", "placeholder"),
        (1, "我叫李明，工号___。", "placeholder"),
        (1, "我叫李明，年月生，现任客户经理。", "gap"),
        (1, "我叫李明，在公司工作年，现任客户经理。", "gap"),
        (1, "我叫李明，毕业于，现任客户经理。", "gap"),
        (1, "我叫李明，现年岁，现任客户经理。", "gap"),
        (1, "我叫李明，年满岁参加工作，现任客户经理。", "gap"),
        (3, "我的优势是熟悉业务，这个岗位非我莫属。", "tone"),
        (3, "我的优势是熟悉业务，其他竞聘者都比不上我。", "tone"),
        (4, "如果竞聘成功，我将" + "".join(chr(0x4E00 + 37 * n) for n in range(101)) + "。", "long_sentence"),
    ],
)
def test_each_finding_alone(index: int, replacement: str, kind: str) -> None:
    paragraphs = list(CLEAN)
    paragraphs[index] = replacement
    assert _kinds(paragraphs) == [kind]


def test_repeat_across_and_inside_sentences() -> None:
    across = [
        *CLEAN[:4],
        "如果竞聘成功，我将把客户服务工作做细做实做好。",
        "同时，我将把客户服务工作做细做实做好。",
        CLEAN[5],
    ]
    assert _kinds(across) == ["repeat"]
    inside = [*CLEAN[:4], "我将让客户高兴而来满意而归，更要让客户高兴而来满意而归。", CLEAN[5]]
    assert _kinds(inside) == ["repeat"]


def test_missing_section() -> None:
    assert _kinds([text for n, text in enumerate(CLEAN) if n != 4]) == ["missing_section"]


def test_over_time() -> None:
    assert _kinds(CLEAN, minutes=0.1) == ["over_time"]
    assert _kinds(CLEAN, minutes=0.55) == []
    assert _kinds(CLEAN, minutes=1) == ["under_time"]  # far under its slot: the check says what to add


@pytest.mark.parametrize(
    ("text", "kind", "message"),
    [
        ("我叫【姓名】，现任客户经理。", "placeholder", "“【姓名】”没有填写"),
        ("我毕业于（）大学。", "placeholder", "“（）”没有填写"),
        ("我毕业于（ ）大学。", "placeholder", "“（ ）”没有填写"),
        ("我叫李明，现年岁，现任客户经理。", "gap", "“现年岁”处缺了数值"),
    ],
)
def test_finding_quotes_what_was_left_unfilled(text: str, kind: str, message: str) -> None:
    found = [(f.kind, f.where, f.message) for f in check_units([Unit(text, "第 2 段")], {"opening"}, None)]
    assert (kind, "第 2 段", message) in found


def _spoken(characters: int) -> list[Unit]:
    return [Unit("好" * characters + "。", "第 1 段")]


def _over_time(characters: int) -> list[str]:
    """over_time findings for a text of ``characters`` spoken characters and a 100-character slot."""
    findings = check_units(_spoken(characters), None, minutes=1, rate=100)
    return [f"{f.message}｜{f.hint}" for f in findings if f.kind == "over_time"]


def test_over_time_starts_just_past_three_percent() -> None:
    assert _over_time(100) == []
    assert _over_time(103) == []  # 3 % over still counts as on time
    assert _over_time(104) == [
        "共 104 字，按每分钟 100 字约 1.0 分钟，超过限时 1 分钟｜需要删减约 4 字；可先压缩最长的部分。"
    ]


def test_traditional_script_is_understood() -> None:
    paragraphs = list(CLEAN)
    paragraphs[1] = "我叫XX，現任客戶經理。"
    paragraphs[3] = "我的優勢是熟悉業務，這個崗位非我莫屬。"
    assert _kinds(paragraphs) == ["placeholder", "tone"]


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_examples_are_clean(path: Path) -> None:
    profile = load_profile(path).profile
    units, present = units_from_speech(fit(profile).speech)
    assert check_units(units, present, profile.time_limit_minutes) == []


def test_markdown_markers_and_lines() -> None:
    text = "# 标题\n\n<!-- 开场致谢 -->\n\n尊敬的各位领导：\n\n**一、**我叫XX。\n"
    units, present = units_from_text(text)
    assert present == {"opening"}
    assert [(u.where, u.text) for u in units] == [
        ("第 1 行", "标题"),
        ("第 5 行", "尊敬的各位领导："),
        ("第 7 行", "一、我叫XX。"),
    ]


SEEDS = ROOT.parent / "shared" / "seeds"


def _seed_speeches() -> dict[int, str]:
    text = "".join(path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt")))
    parts = re.split(r"\n(?:樹立正確的客戶服務理念|树立正确的客户服务理念)范文(\d)\n", text)
    return {int(parts[i]): to_simplified(parts[i + 1]) for i in range(1, len(parts), 2)}


@pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds is not beside the checkout")
@pytest.mark.parametrize(
    ("number", "expected"), [(1, {"placeholder", "gap"}), (4, {"placeholder", "gap"}), (5, {"gap", "repeat"})]
)
def test_seed_speeches_show_their_defects(number: int, expected: set[str]) -> None:
    units, present = units_from_text(_seed_speeches()[number])
    kinds = {finding.kind for finding in check_units(units, present, None)}
    assert expected <= kinds
    if number == 5:
        gaps = [f.excerpt for f in check_units(units, present, None) if f.kind == "gap"]
        assert any("年月生" in g for g in gaps) and any("工作年" in g for g in gaps)


def test_profile_facts() -> None:
    from datetime import date

    from speechwriter.check.speech_checks import profile_findings
    from speechwriter.profile.model import Profile
    from tests.conftest import minimal_data

    speaker = {
        "name": "张三",
        "joined_year": date.today().year + 1,
        "career": [{"start": 2012, "end": 2010, "post": "柜员"}],
    }
    findings = profile_findings(Profile.model_validate(minimal_data(speaker=speaker)))
    assert [(f.kind, f.where) for f in findings] == [
        ("facts", "自我介绍 · 工作经历第 1 段"),
        ("facts", "自我介绍 · 入职年份"),
    ]
    assert profile_findings(Profile.model_validate(minimal_data())) == []


def test_a_draft_near_the_size_limit_is_checked_in_one_pass(tmp_path: Path) -> None:
    """2 MB of text used to take about an hour (every pair of sentences compared); the time-out only
    turns a return to that into a failure, it measures nothing."""
    import subprocess
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
    from run import large_draft

    draft = tmp_path / "large.md"
    draft.write_text(large_draft(1_900_000), encoding="utf-8")
    command = Path(sys.executable).parent / "speechwriter"
    result = subprocess.run([str(command), "check", str(draft)], capture_output=True, text=True, timeout=120)
    assert result.returncode in (0, 1) and result.stdout.startswith(f"检查 {draft}")


def test_a_long_sentence_said_twice_is_one_finding() -> None:
    twice = "重复的句子" * 4000 + "。"
    units, _ = units_from_text(twice + "\n\n" + twice)
    repeats = [f for f in check_units(units, None, None) if f.kind == "repeat" and "与" in f.message]
    assert len(repeats) == 1
