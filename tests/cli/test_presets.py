"""``speechwriter presets list|show``."""

from __future__ import annotations

from speechwriter.library.presets import all_presets
from tests.cli_runner import runner, speechwriter_cli


def test_presets_commands() -> None:
    listed = runner.invoke(speechwriter_cli, ["presets", "list"])
    assert listed.exit_code == 0 and "insurance-claims\t保险/理赔" in listed.stdout
    shown = runner.invoke(speechwriter_cli, ["presets", "show", "insurance-claims"])
    assert shown.exit_code == 0 and "竞聘优势：" in shown.stdout and "理赔业务熟练" in shown.stdout
    missing = runner.invoke(speechwriter_cli, ["presets", "show", "nope"])
    assert missing.exit_code == 2 and "没有名为“nope”的素材" in missing.stderr


def test_list_has_one_line_per_preset_with_its_sources() -> None:
    lines = runner.invoke(speechwriter_cli, ["presets", "list"]).stdout.splitlines()
    presets = all_presets()
    assert [line.split("\t")[0] for line in lines] == list(presets)
    for line, preset in zip(lines, presets.values(), strict=True):
        assert (
            line
            == f"{preset.name}\t{preset.industry}/{preset.role}\t{preset.title}（提炼自{'、'.join(preset.sources)}）"
        )


def test_show_groups_the_suggestions_and_numbers_them() -> None:
    preset = all_presets()["insurance-claims"]
    shown = runner.invoke(speechwriter_cli, ["presets", "show", "保险/理赔"]).stdout
    assert shown.splitlines()[0] == f"保险/理赔：{preset.title}（提炼自{'、'.join(preset.sources)}）"
    assert "\n对岗位的认识：\n  1. " in shown and "\n工作设想：\n  1. " in shown
    first = preset.suggestions("strengths")[0]
    headline = first if isinstance(first, str) else first["headline"]
    assert f"竞聘优势：\n  1. {headline}" in shown
