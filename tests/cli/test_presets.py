"""``speechwriter presets list|show``."""

from __future__ import annotations

from speechwriter.library.presets import all_presets
from tests.cli_runner import runner, speechwriter_cli


def test_presets_commands() -> None:
    listed = runner.invoke(speechwriter_cli, ["presets", "list"])
    assert listed.exit_code == 0 and "保险：\n  insurance-claims\t理赔\t" in listed.stdout
    shown = runner.invoke(speechwriter_cli, ["presets", "show", "insurance-claims"])
    first = all_presets()["insurance-claims"].strengths[0].headline
    assert shown.exit_code == 0 and "竞聘优势：" in shown.stdout and first in shown.stdout
    missing = runner.invoke(speechwriter_cli, ["presets", "show", "nope"])
    assert missing.exit_code == 2 and "没有名为“nope”的素材" in missing.stderr


def test_list_groups_presets_by_sector_one_line_each() -> None:
    lines = runner.invoke(speechwriter_cli, ["presets", "list"]).stdout.splitlines()
    presets = all_presets()
    rows = [line.strip().split("\t") for line in lines if line.startswith("  ")]
    assert [row[0] for row in rows] == list(presets)
    for row, preset in zip(rows, presets.values(), strict=True):
        assert row == [preset.name, preset.role, preset.title]
    headings = [line.removesuffix("：") for line in lines if line.endswith("：")]
    assert headings == list(dict.fromkeys(p.industry for p in presets.values()))
    assert len(headings) >= 9 and len(presets) >= 16  # eight sectors and 通用


def test_list_finds_by_keyword_in_either_script_and_as_json() -> None:
    import json

    nurse = runner.invoke(speechwriter_cli, ["presets", "list", "护士"])
    assert nurse.exit_code == 0 and "bank-" not in nurse.stdout
    assert "hospital-head-nurse" in nurse.stdout and "hospital-department-director" in nurse.stdout  # the sector
    traditional = runner.invoke(speechwriter_cli, ["presets", "list", "護士"])
    assert traditional.stdout == nurse.stdout
    school = runner.invoke(speechwriter_cli, ["presets", "list", "学校", "--format", "json"])
    rows = json.loads(school.stdout)
    assert rows and all(row["sector"] == "教育" for row in rows) and set(rows[0]) == {"name", "sector", "post", "title"}
    none = runner.invoke(speechwriter_cli, ["presets", "list", "宇航员"])
    assert none.exit_code == 2 and "没有找到含“宇航员”的素材" in none.stderr


def test_show_groups_the_suggestions_and_numbers_them() -> None:
    preset = all_presets()["insurance-claims"]
    shown = runner.invoke(speechwriter_cli, ["presets", "show", "保险/理赔"]).stdout
    assert shown.splitlines()[0] == f"保险/理赔：{preset.title}（提炼自{'、'.join(preset.sources)}）"
    assert "\n对岗位的认识：\n  1. " in shown and "\n工作设想：\n  1. " in shown
    first = preset.suggestions("strengths")[0]
    headline = first if isinstance(first, str) else first["headline"]
    assert f"竞聘优势：\n  1. {headline}" in shown
