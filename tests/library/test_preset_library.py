"""The content library as a user meets it: every preset, applied to a name alone, is a complete speech for its trade."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from speechwriter.app.check_report import build_report
from speechwriter.app.pipeline import SpeechOptions, make_speech
from speechwriter.library.presets import GENERAL, all_presets, starter_profile
from speechwriter.library.sectors import sector_book, sector_names
from speechwriter.profile.loading import dump_profile, profile_from_data
from speechwriter.speech.model import speech_lines
from speechwriter.speech.timing import total_characters
from tests.cli_runner import runner, speechwriter_cli

PRESETS = list(all_presets().values())


def test_eight_sectors_and_sixteen_presets() -> None:
    sectors = {preset.industry for preset in PRESETS}
    assert set(sector_names()) <= sectors and GENERAL in sectors
    assert len(PRESETS) >= 16


@pytest.mark.parametrize("preset", PRESETS, ids=[p.name for p in PRESETS])
def test_a_preset_holds_enough_to_choose_from(preset: object) -> None:
    assert preset.industry in (*sector_names(), GENERAL)  # type: ignore[attr-defined]
    assert len(preset.understanding) >= 2 and len(preset.understanding_points) >= 5  # type: ignore[attr-defined]
    assert len(preset.strengths) >= 6 and len(preset.plan) >= 6  # type: ignore[attr-defined]
    assert preset.keywords  # type: ignore[attr-defined]


def test_no_sentence_is_shared_between_presets() -> None:
    seen: dict[str, str] = {}
    for preset in PRESETS:
        texts = [*preset.understanding]
        texts += [f"{s.headline}{s.detail}" for s in (*preset.understanding_points, *preset.strengths, *preset.plan)]
        for text in texts:
            for sentence in re.split(r"[。；！？]", text):
                if len(sentence) >= 12:
                    assert seen.setdefault(sentence, preset.name) == preset.name, (sentence, seen[sentence])


@pytest.mark.parametrize("preset", PRESETS, ids=[p.name for p in PRESETS])
def test_applied_to_a_name_it_is_a_complete_speech_for_its_trade(preset: object) -> None:
    profile, _ = profile_from_data(starter_profile(preset, "张三"), "starter.yaml")  # type: ignore[arg-type]
    speech = make_speech(profile, SpeechOptions()).speech
    characters = total_characters(speech)
    assert 800 <= characters <= 1200, f"{characters} 字 is not 4–6 minutes at 200 字/分钟"
    text = "".join(line.text for line in speech_lines(speech))
    own = next((set(s.words) for s in sector_book().sectors if s.name == preset.industry), set())  # type: ignore[attr-defined]
    for sector in sector_book().sectors:
        for word in set(sector.words) - own:
            assert word not in text, f"{sector.name}的“{word}”"
    if preset.industry in (GENERAL, "医疗卫生", "教育", "机关事业单位", "电力与能源"):  # type: ignore[attr-defined]
        assert "客户" not in text


@pytest.mark.parametrize("preset", PRESETS, ids=[p.name for p in PRESETS])
def test_check_finds_nothing_in_a_starter_profile(preset: object, tmp_path: Path) -> None:
    profile, _ = profile_from_data(starter_profile(preset, "张三"), "starter.yaml")  # type: ignore[arg-type]
    path = tmp_path / "starter.yaml"
    path.write_text(dump_profile(profile), encoding="utf-8")
    report = build_report(str(path))
    assert report.findings == [], report.findings


def test_apply_writes_a_starter_profile_to_the_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SPEECHWRITER_HOME", str(tmp_path))
    result = runner.invoke(speechwriter_cli, ["presets", "apply", "医疗卫生/护士长", "--name", "王芳"])
    assert result.exit_code == 0 and "已生成起步档案：王芳-护士长" in result.stdout
    saved = tmp_path / "profiles" / "王芳-护士长.yaml"
    assert saved.is_file() and "sector: 医疗卫生" in saved.read_text(encoding="utf-8")
    rendered = runner.invoke(speechwriter_cli, ["render", "王芳-护士长"])
    assert rendered.exit_code == 0 and "我叫王芳" in rendered.stdout
    again = runner.invoke(speechwriter_cli, ["presets", "apply", "医疗卫生/护士长", "--name", "王芳"])
    assert again.exit_code == 2 and "已存在" in again.stderr
    to_file = runner.invoke(
        speechwriter_cli, ["presets", "apply", "hospital-head-nurse", "--name", "李静", "-o", str(tmp_path / "x.yaml")]
    )
    assert to_file.exit_code == 0 and (tmp_path / "x.yaml").is_file()
    unnamed = runner.invoke(speechwriter_cli, ["presets", "apply", "hospital-head-nurse"])
    assert unnamed.exit_code == 2 and "--name" in unnamed.stderr
