"""check finds the seams readers hear, in speeches people wrote themselves and in profiles."""

from __future__ import annotations

from pathlib import Path

import pytest

from speechwriter.check.findings import rules
from speechwriter.check.seams import seam_findings, under_time
from speechwriter.check.speech_checks import units_from_text
from tests.cli_runner import runner, speechwriter_cli


def _kinds(text: str) -> list[str]:
    units, _ = units_from_text(text)
    return [finding.kind for finding in seam_findings(units, rules())]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("我的优势有以下几点，\n\n我会努力。", "orphan_lead"),
        ("我将做好以下几点：", "orphan_lead"),
        ("我一定把工作做好", "end_punctuation"),
        ("我的打算是：一是抓安全。", "lone_enumeration"),
        ("一、抓安全\n\n安全是第一位的。", "lone_enumeration"),
        ("2020年至今在心血管内科任护理组长，现任心血管内科护理组长。", "doubled_fact"),
        ("我热爱工作,认真负责:每天都早到。", "half_width"),
        ("宝剑锋从磨砺出，我有信心。", "stock"),
    ],
)
def test_each_seam_is_found(text: str, kind: str) -> None:
    assert kind in _kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "我的打算有三条：\n\n一是抓安全。\n\n二是抓质量。",
        "安全第一，抓牢现场管理。",
        "他说：“好。”",
        "# 竞聘护士长演讲稿\n\n**一、抓安全**\n\n安全是根本。\n\n**二、抓质量**\n\n质量是生命。",
        "版本号是3.5,发布于2024年。",
    ],
)
def test_clean_text_has_no_seam(text: str) -> None:
    assert _kinds(text) == []


def test_under_time_names_what_to_add() -> None:
    found = under_time(500, 5, 200, rules(), ["给竞聘优势第 1 条补一个具体事例或数字"])
    assert [f.kind for f in found] == ["under_time"]
    assert "不到限时 5 分钟的八成" in found[0].message and "竞聘优势第 1 条" in found[0].hint
    assert under_time(800, 5, 200, rules()) == []
    assert under_time(500, None, 200, rules()) == []


def test_check_a_profile_at_half_its_slot_exits_one(tmp_path: Path) -> None:
    profile = tmp_path / "short.yaml"
    profile.write_text(
        "speaker: {name: 刘强}\npost: {title: 班组长, sector: 电力与能源}\n"
        "understanding: {paragraphs: [班组长要把安全放在第一位]}\n"
        "strengths: [{headline: 技术过硬}]\nplan: [{headline: 抓安全}]\ntime_limit_minutes: 5\n",
        encoding="utf-8",
    )
    result = runner.invoke(speechwriter_cli, ["check", str(profile)])
    assert result.exit_code == 1
    assert "[内容偏少]" in result.stdout and "不到限时 5 分钟的八成" in result.stdout
    assert "给竞聘优势第 1 条补一个具体事例或数字" in result.stdout


def test_half_width_punctuation_in_a_draft_file(tmp_path: Path) -> None:
    draft = tmp_path / "draft.md"
    draft.write_text("尊敬的各位领导:\n\n大家好!我叫王芳,今天竞聘护士长.\n\n谢谢大家!\n", encoding="utf-8")
    result = runner.invoke(speechwriter_cli, ["check", str(draft)])
    assert result.exit_code == 1 and "[半角标点]" in result.stdout
