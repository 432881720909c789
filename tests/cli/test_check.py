from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from tests.cli_runner import speechwriter_cli
from tests.conftest import EXAMPLES, minimal_data

runner = CliRunner()


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_examples_exit_zero(path: Path) -> None:
    result = runner.invoke(speechwriter_cli, ["check", str(path)])
    assert result.exit_code == 0, result.stdout
    assert "没有发现问题" in result.stdout


def test_profile_with_xx_exits_one(tmp_path: Path) -> None:
    data = yaml.safe_load(EXAMPLES[0].read_text(encoding="utf-8"))
    data["speaker"]["name"] = "XX"
    path = tmp_path / "p.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    result = runner.invoke(speechwriter_cli, ["check", str(path)])
    assert result.exit_code == 1
    assert "[占位符] 自我介绍 第 1 段" in result.stdout and "“XX”没有填写" in result.stdout


def test_json_report(tmp_path: Path) -> None:
    path = tmp_path / "p.yaml"
    path.write_text(yaml.safe_dump(minimal_data(), allow_unicode=True), encoding="utf-8")
    result = runner.invoke(speechwriter_cli, ["check", str(path), "--format", "json", "--minutes", "0.5"])
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    assert report["clean"] is False and report["limit_minutes"] == 0.5
    assert [f["kind"] for f in report["findings"]] == ["over_time"]
    assert report["findings"][0]["label"] == "超时"


def test_markdown_written_by_anyone(tmp_path: Path) -> None:
    speech = tmp_path / "稿子.md"
    speech.write_text("各位领导：\n\n大家好！我叫XX，年月生。\n\n这个岗位非我莫屬。\n\n謝謝大家！\n", encoding="utf-8")
    result = runner.invoke(speechwriter_cli, ["check", str(speech)])
    assert result.exit_code == 1
    assert "[占位符] 第 3 行" in result.stdout and "[空缺] 第 3 行" in result.stdout
    assert "[措辞] 第 5 行" in result.stdout and "缺少部分" in result.stdout


def test_rendered_markdown_of_an_example_is_clean(tmp_path: Path) -> None:
    target = tmp_path / "x.md"
    assert runner.invoke(speechwriter_cli, ["render", str(EXAMPLES[1]), "-o", str(target)]).exit_code == 0
    result = runner.invoke(speechwriter_cli, ["check", str(target), "--minutes", "6"])
    assert result.exit_code == 0, result.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["check", "missing.yaml"], "找不到档案文件"),
        (["check", "missing.md"], "找不到演讲稿文件"),
        (["check", "speech.pdf"], "不知道怎样检查"),
        (["check", "EX", "--format", "xml"], "只能是 text 或 json"),
    ],
)
def test_unusable_input_exits_two(args: list[str], message: str) -> None:
    args = [str(EXAMPLES[0]) if a == "EX" else a for a in args]
    result = runner.invoke(speechwriter_cli, args)
    assert result.exit_code == 2 and message in result.stderr


def test_empty_markdown(tmp_path: Path) -> None:
    empty = tmp_path / "e.md"
    empty.write_text("\n\n", encoding="utf-8")
    result = runner.invoke(speechwriter_cli, ["check", str(empty)])
    assert result.exit_code == 2 and "是空的" in result.stderr
