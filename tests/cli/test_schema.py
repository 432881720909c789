"""``speechwriter schema [-o FILE]``."""

from __future__ import annotations

import json
from pathlib import Path

from speechwriter.profile.schema import profile_schema, schema_text
from tests.cli_runner import runner, speechwriter_cli


def test_schema_command(tmp_path: Path) -> None:
    printed = runner.invoke(speechwriter_cli, ["schema"])
    assert printed.exit_code == 0 and json.loads(printed.stdout)["$id"] == profile_schema()["$id"]
    target = tmp_path / "s.json"
    assert runner.invoke(speechwriter_cli, ["schema", "-o", str(target)]).exit_code == 0
    assert json.loads(target.read_text(encoding="utf-8")) == json.loads(schema_text())


def test_to_the_terminal_it_prints_exactly_the_schema_text() -> None:
    printed = runner.invoke(speechwriter_cli, ["schema"])
    assert printed.stdout == schema_text() and printed.stderr == ""


def test_to_a_file_it_says_where_on_stderr_and_creates_folders(tmp_path: Path) -> None:
    target = tmp_path / "editor" / "profile.schema.json"
    result = runner.invoke(speechwriter_cli, ["schema", "--output", str(target)])
    assert result.exit_code == 0
    assert result.stdout == "" and result.stderr == f"已写入 {target}\n"
    assert target.read_text(encoding="utf-8") == schema_text()


def test_an_unwritable_target_is_a_chinese_error(tmp_path: Path) -> None:
    folder = tmp_path / "schema.json"
    folder.mkdir()
    result = runner.invoke(speechwriter_cli, ["schema", "-o", str(folder)])
    assert result.exit_code == 2
    assert result.stderr == f"错误：无法写入 {folder}：同名的文件夹已存在。请换一个位置或检查权限。\n"


def test_schema_does_not_overwrite_a_file_without_force(tmp_path: Path) -> None:
    target = tmp_path / "profile.yaml"
    target.write_text("speaker: {name: 王芳}\n", encoding="utf-8")
    refused = runner.invoke(speechwriter_cli, ["schema", "-o", str(target)])
    assert refused.exit_code == 2 and "已存在，未覆盖" in refused.stderr
    assert target.read_text(encoding="utf-8") == "speaker: {name: 王芳}\n"
    forced = runner.invoke(speechwriter_cli, ["schema", "-o", str(target), "--force"])
    assert forced.exit_code == 0 and target.read_text(encoding="utf-8").startswith("{")
