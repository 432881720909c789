"""``speechwriter templates list|copy``."""

from __future__ import annotations

from pathlib import Path

from speechwriter.compose.template_set import builtin_template_sets
from tests.cli_runner import runner, speechwriter_cli
from tests.conftest import EXAMPLES


def _cli(*args: str) -> object:
    return runner.invoke(speechwriter_cli, list(args))


def test_templates_list_and_copy_then_render_with_an_edit(tmp_path: Path) -> None:
    listed = _cli("templates", "list")
    assert listed.exit_code == 0 and listed.stdout.startswith("default\t")  # type: ignore[attr-defined]
    folder = tmp_path / "mine"
    copied = _cli("templates", "copy", "default", str(folder))
    assert copied.exit_code == 0  # type: ignore[attr-defined]
    assert (folder / "sections.yaml").is_file() and (folder / "closing.j2").is_file()
    closing = folder / "closing.j2"
    closing.write_text(closing.read_text(encoding="utf-8") + "\n\n我的演讲到此结束。\n", encoding="utf-8")
    result = _cli("render", str(EXAMPLES[0]), "--template", str(folder))
    assert result.exit_code == 0  # type: ignore[attr-defined]
    assert result.stdout.rstrip().endswith("我的演讲到此结束。")  # type: ignore[attr-defined]
    again = _cli("templates", "copy", "default", str(folder))
    assert again.exit_code == 2 and "--force" in again.stderr  # type: ignore[attr-defined]


def test_list_gives_each_set_and_its_description() -> None:
    result = runner.invoke(speechwriter_cli, ["templates", "list"])
    expected = "".join(f"{name}\t{description}\n" for name, description in builtin_template_sets().items())
    assert result.exit_code == 0 and result.stdout == expected


def test_copy_says_how_many_files_and_how_to_use_them(tmp_path: Path) -> None:
    folder = tmp_path / "mine"
    result = runner.invoke(speechwriter_cli, ["templates", "copy", "default", str(folder)])
    count = len([path for path in folder.iterdir()])
    assert (
        result.stdout == f"已复制 {count} 个文件到 {folder}。修改后用：speechwriter render 档案 --template {folder}\n"
    )


def test_copy_with_force_overwrites_changed_files(tmp_path: Path) -> None:
    folder = tmp_path / "mine"
    runner.invoke(speechwriter_cli, ["templates", "copy", "default", str(folder)])
    original = (folder / "closing.j2").read_text(encoding="utf-8")
    (folder / "closing.j2").write_text("改过的结尾\n", encoding="utf-8")
    result = runner.invoke(speechwriter_cli, ["templates", "copy", "default", str(folder), "--force"])
    assert result.exit_code == 0
    assert (folder / "closing.j2").read_text(encoding="utf-8") == original


def test_copy_of_an_unknown_set_names_the_known_ones(tmp_path: Path) -> None:
    result = runner.invoke(speechwriter_cli, ["templates", "copy", "nope", str(tmp_path / "x")])
    assert result.exit_code == 2
    assert result.stderr == "错误：没有名为“nope”的内置模板集。可用：default。\n"
    assert not (tmp_path / "x").exists()


def test_copy_onto_a_file_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "file.txt"
    target.write_text("x", encoding="utf-8")
    result = runner.invoke(speechwriter_cli, ["templates", "copy", "default", str(target)])
    assert result.exit_code == 2
    assert result.stderr == f"错误：{target} 已存在且不是文件夹。请换一个文件夹名。\n"


def test_copy_into_a_partly_filled_folder_writes_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "plan.j2").write_text("我自己的工作设想模板\n", encoding="utf-8")
    refused = _cli("templates", "copy", "default", str(folder))
    assert refused.exit_code == 2 and "plan.j2" in refused.stderr and "未复制任何文件" in refused.stderr  # type: ignore[attr-defined]
    assert sorted(path.name for path in folder.iterdir()) == ["plan.j2"]
