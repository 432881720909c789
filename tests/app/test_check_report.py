"""build_report: a profile checked as render would make it, a speech file checked as written."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from speechwriter.app.check_report import TEXT_SUFFIXES, _about_answers, build_report
from speechwriter.check.findings import Finding
from speechwriter.common.errors import UserError
from tests.conftest import example, minimal_data


def _profile_file(tmp_path: Path, **overrides: object) -> Path:
    path = tmp_path / "p.yaml"
    path.write_text(yaml.safe_dump(minimal_data(**overrides), allow_unicode=True), encoding="utf-8")
    return path


def test_an_example_profile_is_clean_and_measured_against_its_own_slot() -> None:
    path = example("insurance_manager")
    report = build_report(str(path))
    assert report.findings == []
    assert report.source == str(path)
    assert report.limit_minutes == 6  # the profile's own time limit
    assert report.rate == 200
    assert report.characters > 500


def test_minutes_given_replace_the_profiles_slot() -> None:
    report = build_report(str(example("insurance_manager")), minutes=3, rate=180)
    assert report.limit_minutes == 3 and report.rate == 180
    assert "over_time" in [finding.kind for finding in report.findings]


def test_a_placeholder_in_a_profile_is_found_where_the_speech_has_it(tmp_path: Path) -> None:
    report = build_report(str(_profile_file(tmp_path, speaker={"name": "XX"})))
    placeholders = [finding for finding in report.findings if finding.kind == "placeholder"]
    assert [(f.where, f.excerpt, f.message) for f in placeholders] == [("自我介绍 第 1 段", "我叫XX。", "“XX”没有填写")]


def test_a_short_profile_is_told_what_of_its_own_to_add(tmp_path: Path) -> None:
    report = build_report(str(_profile_file(tmp_path)))
    short = [finding for finding in report.findings if finding.kind == "under_time"]
    assert len(short) == 1 and short[0].where == "全文"
    assert "给竞聘优势第 1 条补一个具体事例或数字" in short[0].hint


def test_a_markdown_file_is_checked_as_written(tmp_path: Path) -> None:
    speech = tmp_path / "speech.md"
    speech.write_text(
        "# 竞聘演讲稿\n\n尊敬的各位领导：\n\n大家好！我叫某某，今天竞聘客户经理岗位。\n\n谢谢大家！\n",
        encoding="utf-8",
    )
    report = build_report(str(speech), minutes=5)
    assert report.source == str(speech) and report.limit_minutes == 5
    placeholder = next(finding for finding in report.findings if finding.kind == "placeholder")
    assert placeholder.where == "第 5 行" and placeholder.message == "“某某”没有填写"
    missing = [finding.message for finding in report.findings if finding.kind == "missing_section"]
    assert missing == ["没有找到“对岗位的认识”部分", "没有找到“竞聘优势”部分", "没有找到“工作设想”部分"]


def test_a_text_file_without_minutes_has_no_limit(tmp_path: Path) -> None:
    speech = tmp_path / "speech.txt"
    speech.write_text("尊敬的各位领导：\n\n大家好！我是张三。\n\n谢谢大家！\n", encoding="utf-8")
    report = build_report(str(speech))
    assert report.limit_minutes is None
    assert report.characters > 0


def test_every_text_suffix_is_read_as_a_speech() -> None:
    assert TEXT_SUFFIXES == (".md", ".markdown", ".txt")


def test_an_empty_speech_file_is_refused(tmp_path: Path) -> None:
    speech = tmp_path / "empty.md"
    speech.write_text("\n\n", encoding="utf-8")
    with pytest.raises(UserError) as caught:
        build_report(str(speech))
    assert caught.value.message == f"{speech} 是空的，没有可以检查的内容。"


def test_an_unknown_kind_of_file_is_refused(tmp_path: Path) -> None:
    other = tmp_path / "speech.pdf"
    other.write_bytes(b"%PDF")
    with pytest.raises(UserError) as caught:
        build_report(str(other))
    assert caught.value.message == f"不知道怎样检查 {other}：请给出答案档案（.yaml）或演讲稿（.md、.txt）。"


def test_a_missing_speech_file_names_the_file(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="找不到演讲稿文件"):
        build_report(str(tmp_path / "missing.md"))


def test_a_finding_in_template_text_names_the_answers_to_change() -> None:
    built = Finding(
        "repeat", "自我介绍 第 2 段", "这些年我体会最深的一点是：群众的事再小也是大事。", "与第 1 段重复", "请删去一处"
    )
    changed = _about_answers(built, ["王芳", "护士长"])
    assert "不必改它" in changed.hint and "个人情况（工作经历、荣誉、座右铭）" in changed.hint
    own = Finding("repeat", "竞聘优势 第 1 段", "我在护士长岗位上干了十年。", "与第 1 段重复", "请删去一处")
    assert _about_answers(own, ["王芳", "护士长"]) == own


def test_a_finding_that_is_not_about_a_sentence_keeps_its_hint() -> None:
    over = Finding("over_time", "全文", "", "超出限时", "请压缩")
    assert _about_answers(over, ["王芳"]) == over
