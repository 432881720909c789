"""Findings carry a Chinese label; a report turns into JSON of a fixed shape; the rules load."""

from __future__ import annotations

import json

import pytest

from speechwriter.check.findings import Finding, Report, Unit, rules

LABELS = {
    "placeholder": "占位符",
    "gap": "空缺",
    "repeat": "重复",
    "long_sentence": "长句",
    "missing_section": "缺少部分",
    "over_time": "超时",
    "tone": "措辞",
    "facts": "前后矛盾",
    "orphan_lead": "悬空的引语",
    "end_punctuation": "缺少句末标点",
    "lone_enumeration": "只有一条的序号",
    "doubled_fact": "重复的事实",
    "half_width": "半角标点",
    "stock": "套话",
    "under_time": "内容偏少",
}

RULE_KINDS = {
    "placeholders": "placeholder",
    "gaps": "gap",
    "tone": "tone",
    "long_sentence": "long_sentence",
    "repeat": "repeat",
    "sections": "missing_section",
    "stock": "stock",
}
"""The sections of check_rules.yaml and the kind of finding each one gives."""


@pytest.mark.parametrize(("kind", "label"), LABELS.items())
def test_every_kind_has_its_chinese_label(kind: str, label: str) -> None:
    assert Finding(kind, "全文", "", "消息", "提示").label == label


@pytest.mark.parametrize(("section", "kind"), RULE_KINDS.items())
def test_every_rule_in_the_file_gives_a_labelled_kind(section: str, kind: str) -> None:
    assert section in rules()
    assert rules()[section]["hint"]
    assert Finding(kind, "全文", "", "", "").label == LABELS[kind]


def test_every_seam_hint_belongs_to_a_labelled_kind() -> None:
    hints = [key.removesuffix("_hint") for key in rules()["seams"] if key.endswith("_hint")]
    assert hints and all(Finding(kind, "全文", "", "", "").label == LABELS[kind] for kind in hints)


def test_rules_load_the_shipped_file() -> None:
    loaded = rules()
    assert loaded["long_sentence"]["max_characters"] == 100
    assert "非我莫属" in loaded["tone"]["phrases"]
    assert loaded["sections"]["cues"]["plan"]["title"] == "工作设想"
    assert rules() is loaded  # read once


def test_report_as_json_shape() -> None:
    finding = Finding("placeholder", "自我介绍 第 1 段", "我叫XX。", "“XX”没有填写", "请换成真实内容")
    report = Report("p.yaml", 1000, 200, 6, [finding])
    data = report.as_json()
    assert data == {
        "source": "p.yaml",
        "characters": 1000,
        "estimated_minutes": 5.0,
        "rate": 200,
        "limit_minutes": 6,
        "clean": False,
        "findings": [
            {
                "kind": "placeholder",
                "where": "自我介绍 第 1 段",
                "excerpt": "我叫XX。",
                "message": "“XX”没有填写",
                "hint": "请换成真实内容",
                "label": "占位符",
            }
        ],
    }
    assert json.loads(json.dumps(data, ensure_ascii=False)) == data


def test_a_clean_report_without_a_limit() -> None:
    data = Report("speech.md", 333, 180, None, []).as_json()
    assert data["clean"] is True and data["findings"] == []
    assert data["limit_minutes"] is None and data["estimated_minutes"] == 1.9


def test_a_unit_is_a_body_paragraph_unless_told() -> None:
    unit = Unit("大家好！", "第 1 行")
    assert unit.section is None and unit.heading is False
