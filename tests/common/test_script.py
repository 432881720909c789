from __future__ import annotations

import pytest
from typer.testing import CliRunner

from speechwriter.common.errors import UserError
from speechwriter.common.script import converter, to_simplified
from tests.cli_runner import speechwriter_cli
from tests.conftest import EXAMPLES


def test_phrase_level_conversion() -> None:
    assert converter("traditional")("竞聘演讲稿，头发，干部") == "競聘演講稿，頭髮，幹部"
    assert to_simplified("競聘演講稿") == "竞聘演讲稿"
    assert converter("taiwan")("软件") == "軟體"
    with pytest.raises(UserError, match="simplified"):
        converter("klingon")


def test_render_traditional_converts_the_templates_and_keeps_the_answers() -> None:
    result = CliRunner().invoke(speechwriter_cli, ["render", str(EXAMPLES[0]), "--script", "traditional"])
    assert result.exit_code == 0
    assert result.stdout.startswith("# 競聘经理演講稿")  # 竞聘…演讲稿 is template text, 经理 the answer
    assert "这些年我最大的体会是，客户的信任来之不易" in result.stdout  # the speaker's words as typed
    converted = CliRunner().invoke(
        speechwriter_cli, ["render", str(EXAMPLES[0]), "--script", "traditional", "--convert-answers"]
    )
    assert converted.exit_code == 0 and "竞聘" not in converted.stdout and "競聘經理" in converted.stdout


def test_unknown_script_is_refused() -> None:
    result = CliRunner().invoke(speechwriter_cli, ["render", str(EXAMPLES[0]), "--script", "latin"])
    assert result.exit_code == 2 and "不认识的字形" in result.stderr
