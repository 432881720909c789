"""``extends:``: one person's facts in a base, several posts on top of it."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
import yaml
from rich.console import Console
from typer.testing import CliRunner

from speechwriter.common.errors import UserError
from speechwriter.interview.session import Front, edit_command
from speechwriter.profile.extends import difference, merge
from speechwriter.profile.loading import load_profile
from speechwriter.profile.store import path_for_name
from tests.cli_runner import speechwriter_cli
from tests.conftest import EXAMPLES, minimal_data
from tests.scripted_prompter import ENTER, ScriptedPrompter

runner = CliRunner()


@pytest.fixture(autouse=True)
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SPEECHWRITER_HOME", str(tmp_path / "home"))
    return tmp_path / "home"


def _write(path: Path, data: dict[str, object]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def _base_and_post(tmp_path: Path) -> tuple[Path, Path]:
    example = yaml.safe_load(EXAMPLES[0].read_text(encoding="utf-8"))
    base = _write(tmp_path / "facts.yaml", {"speaker": example["speaker"]})
    post = {key: value for key, value in example.items() if key != "speaker"}
    post["extends"] = "./facts.yaml"
    post["post"] = {"title": "理赔部经理"}
    return base, _write(tmp_path / "claims.yaml", post)


def test_merge_and_difference() -> None:
    base = {"a": {"x": 1, "y": 2}, "b": [1, 2], "c": 3}
    own = {"a": {"y": 20}, "b": [9]}
    merged = merge(base, own)
    assert merged == {"a": {"x": 1, "y": 20}, "b": [9], "c": 3}
    assert difference(base, merged) == own


def test_render_resolves_the_base(tmp_path: Path) -> None:
    _, post = _base_and_post(tmp_path)
    result = runner.invoke(speechwriter_cli, ["render", str(post)])
    assert result.exit_code == 0, result.stderr
    assert "我叫赵建国" in result.stdout and "竞聘理赔部经理演讲稿" in result.stdout


def test_base_by_store_name(tmp_path: Path) -> None:
    base, post = _base_and_post(tmp_path)
    stored = path_for_name("赵建国-个人情况")
    stored.parent.mkdir(parents=True)
    stored.write_bytes(base.read_bytes())
    data = yaml.safe_load(post.read_text(encoding="utf-8"))
    data["extends"] = "赵建国-个人情况"
    _write(post, data)
    assert load_profile(post).profile.speaker.name == "赵建国"


def test_missing_and_circular_bases_are_clean_errors(tmp_path: Path) -> None:
    _, post = _base_and_post(tmp_path)
    data = yaml.safe_load(post.read_text(encoding="utf-8"))
    data["extends"] = "./nowhere.yaml"
    _write(post, data)
    with pytest.raises(UserError, match=r"找不到基础档案“\./nowhere\.yaml”"):
        load_profile(post)
    _write(tmp_path / "a.yaml", {"extends": "./b.yaml"})
    _write(tmp_path / "b.yaml", {"extends": "./a.yaml"})
    with pytest.raises(UserError, match=r"循环引用（a\.yaml → b\.yaml → a\.yaml）"):
        load_profile(tmp_path / "a.yaml")
    result = runner.invoke(speechwriter_cli, ["render", str(tmp_path / "a.yaml")])
    assert result.exit_code == 2 and "循环引用" in result.stderr and "第 1 行" in result.stderr


def test_new_from_a_derived_profile_and_edit_keeps_it_derived(tmp_path: Path) -> None:
    _, post = _base_and_post(tmp_path)
    console = Console(file=io.StringIO(), width=100)
    script = ["第 6/6 部分", ENTER, ENTER, "6", ENTER]  # review → part 6 (pledge, motto) → time limit 6 → save
    assert edit_command(Front(ScriptedPrompter(script), console), str(post), tmp_path / "x.md") == 0
    saved = yaml.safe_load(post.read_text(encoding="utf-8"))
    assert saved["extends"] == "./facts.yaml"
    assert "speaker" not in saved  # the facts stay in the base
    assert saved["time_limit_minutes"] == 6
    assert load_profile(post).profile.speaker.name == "赵建国"


def _post_on(tmp_path: Path, base_text: str) -> tuple[Path, Path]:
    """A post profile without the speaker's facts, extending ``facts.yaml`` that holds ``base_text``."""
    base = tmp_path / "facts.yaml"
    base.write_text(base_text, encoding="utf-8")
    post = {key: value for key, value in minimal_data().items() if key != "speaker"}
    return base, _write(tmp_path / "post.yaml", {"extends": "./facts.yaml", **post})


@pytest.mark.parametrize("base_text", ["- 张三\n- 客户经理\n", "只有一句话\n", "42\n"], ids=["list", "text", "number"])
def test_a_base_that_is_not_a_mapping_is_a_clean_error_naming_it(tmp_path: Path, base_text: str) -> None:
    base, post = _post_on(tmp_path, base_text)
    expected = f"基础档案 {base} 的最外层应当是“字段: 值”的形式。"
    with pytest.raises(UserError, match=f"^{re.escape(expected)}$"):
        load_profile(post)
    result = runner.invoke(speechwriter_cli, ["render", str(post)])
    assert result.exit_code == 2
    assert result.stderr == f"错误：{expected}\n" and result.stdout == ""


@pytest.mark.parametrize("base_text", ["", "# 还没写\n"], ids=["empty", "only a comment"])
def test_an_empty_base_gives_a_clean_error_not_a_crash(tmp_path: Path, base_text: str) -> None:
    _, post = _post_on(tmp_path, base_text)
    result = runner.invoke(speechwriter_cli, ["render", str(post)])
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr.startswith("错误：") and "Traceback" not in result.stderr
    assert "是空的。请在里面写上共用的回答，或去掉 extends。" in result.stderr


@pytest.mark.parametrize("base_text", ["", "# 还没写\n"], ids=["empty", "only a comment"])
def test_an_empty_base_is_named_in_the_error(tmp_path: Path, base_text: str) -> None:
    base, post = _post_on(tmp_path, base_text)
    with pytest.raises(UserError, match=f"基础档案 {re.escape(str(base))}.*是空的"):
        load_profile(post)
