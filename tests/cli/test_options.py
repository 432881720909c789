"""Shared options add up to SpeechOptions; bad ones are refused before any work."""

from __future__ import annotations

import pytest

from speechwriter.app.pipeline import SpeechOptions
from speechwriter.cli.options import check_layout, speech_options
from speechwriter.common.errors import UserError
from tests.cli_runner import runner, speechwriter_cli
from tests.conftest import example


def test_good_options_become_speech_options() -> None:
    assert speech_options(4, 180, "traditional", "default", True) == SpeechOptions(
        minutes=4, rate=180, script="traditional", template="default", convert_answers=True
    )
    assert speech_options(None, 200, None, None) == SpeechOptions()


def test_an_unknown_script_is_refused() -> None:
    with pytest.raises(UserError) as caught:
        speech_options(None, 200, "klingon", None)
    assert caught.value.message == "不认识的字形“klingon”。可用：simplified、traditional、taiwan、hongkong。"


def test_an_unknown_template_set_is_refused() -> None:
    with pytest.raises(UserError) as caught:
        speech_options(None, 200, None, "fancy")
    assert caught.value.message == "找不到模板集“fancy”：它既不是内置模板集的名字，也不是一个文件夹。"


def test_convert_answers_without_a_script_is_refused() -> None:
    with pytest.raises(UserError) as caught:
        speech_options(None, 200, None, None, convert_answers=True)
    assert (
        caught.value.message == "--convert-answers 要和 --script 一起用，例如 --script traditional --convert-answers。"
    )


def test_check_layout_reads_the_layout_at_once() -> None:
    check_layout(None)
    check_layout("stage")
    with pytest.raises(UserError, match=r"^没有名为“fancy”的版式。内置版式："):
        check_layout("fancy")


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--script", "klingon"], "错误：不认识的字形“klingon”。"),
        (["--template", "fancy"], "错误：找不到模板集“fancy”"),
        (["--convert-answers"], "错误：--convert-answers 要和 --script 一起用"),
    ],
)
def test_render_refuses_bad_options_before_reading_any_profile(options: list[str], message: str) -> None:
    result = runner.invoke(speechwriter_cli, ["render", "no-such-profile.yaml", *options])
    assert result.exit_code == 2
    assert result.stderr.startswith(message)
    assert "no-such-profile" not in result.stderr


@pytest.mark.parametrize(("option", "value"), [("--rate", "50"), ("--rate", "401"), ("--minutes", "61")])
def test_out_of_range_numbers_are_usage_errors(option: str, value: str) -> None:
    result = runner.invoke(speechwriter_cli, ["render", str(example("insurance_manager")), option, value])
    assert result.exit_code == 2
    assert result.stderr.startswith("用法错误：") and option in result.stderr


def test_script_and_convert_answers_reach_the_speech() -> None:
    args = ["render", str(example("insurance_manager")), "--script", "traditional", "--convert-answers"]
    result = runner.invoke(speechwriter_cli, args)
    assert result.exit_code == 0
    assert result.stdout.startswith("# 競聘經理演講稿") and "我叫趙建國" in result.stdout
