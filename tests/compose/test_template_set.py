from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from speechwriter.common.errors import UserError
from speechwriter.compose.composer import compose
from speechwriter.compose.template_set import load_template_set, resolve_template_set, templates_root
from speechwriter.profile.model import Profile
from tests.conftest import TODAY, minimal_data


def _copy_default(tmp_path: Path) -> Path:
    folder = tmp_path / "set"
    shutil.copytree(templates_root() / "default", folder)
    return folder


def _compose_with(folder: Path) -> None:
    compose(Profile.model_validate(minimal_data()), load_template_set(str(folder)), TODAY)


def test_default_set_found_and_listed_in_order() -> None:
    templates = load_template_set()
    assert templates.name == "default"
    assert templates.manifest.sections[0].key == "opening"
    for spec in templates.manifest.sections:
        assert (templates.folder / spec.template).is_file()


def test_syntax_error_names_file_and_line(tmp_path: Path) -> None:
    folder = _copy_default(tmp_path)
    (folder / "closing.j2").write_text("第一行\n{% if %}\n", encoding="utf-8")
    with pytest.raises(UserError) as caught:
        _compose_with(folder)
    assert "closing.j2" in caught.value.message and "第 2 行" in caught.value.message


def test_unsafe_attribute_refused_by_sandbox(tmp_path: Path) -> None:
    folder = _copy_default(tmp_path)
    (folder / "closing.j2").write_text("{{ ''.__class__.__mro__ }}\n", encoding="utf-8")
    with pytest.raises(UserError, match="安全沙箱"):
        _compose_with(folder)


def test_undefined_variable_is_an_error(tmp_path: Path) -> None:
    folder = _copy_default(tmp_path)
    (folder / "closing.j2").write_text("{{ no_such_thing }}\n", encoding="utf-8")
    with pytest.raises(UserError, match="未定义"):
        _compose_with(folder)


def test_empty_folder_falls_back_and_unknown_template_is_named(tmp_path: Path) -> None:
    assert load_template_set(str(tmp_path)).manifest.name == "default"
    folder = _copy_default(tmp_path)
    manifest = folder / "sections.yaml"
    manifest.write_text(manifest.read_text(encoding="utf-8").replace("plan.j2", "nope.j2"), encoding="utf-8")
    with pytest.raises(UserError, match=r"nope\.j2"):
        _compose_with(folder)
    manifest.write_text("name: [\n", encoding="utf-8")
    with pytest.raises(UserError, match="不是有效的 YAML"):
        load_template_set(str(folder))


def test_unknown_set_name() -> None:
    with pytest.raises(UserError, match="找不到模板集"):
        resolve_template_set("no-such-set")


# --- template sets from the command line -----------------------------------------------


def _cli(*args: str) -> object:
    from typer.testing import CliRunner

    from tests.cli_runner import speechwriter_cli

    return CliRunner().invoke(speechwriter_cli, list(args))


def test_a_set_may_override_only_some_sections(tmp_path: Path) -> None:
    folder = tmp_path / "partial"
    folder.mkdir()
    (folder / "closing.j2").write_text("我的演讲到此结束，谢谢！\n", encoding="utf-8")
    templates = load_template_set(str(folder))
    speech = compose(Profile.model_validate(minimal_data()), templates, TODAY)
    assert [s.key for s in speech.sections][-1] == "closing"
    closing = speech.section("closing").blocks
    assert len(closing) == 1 and closing[0].text == "我的演讲到此结束，谢谢！"  # type: ignore[union-attr]
    assert speech.section("opening").blocks[0].text.endswith("：")  # type: ignore[union-attr]  # the salutation


@pytest.mark.parametrize(
    ("source", "expected"),
    [("{{ ''.__class__.__mro__ }}\n", "安全沙箱"), ("第一行\n{% for %}\n", "第 2 行有语法错误")],
)
def test_bad_user_templates_give_clean_errors_naming_the_file(tmp_path: Path, source: str, expected: str) -> None:
    from tests.conftest import EXAMPLES

    folder = tmp_path / "bad"
    folder.mkdir()
    (folder / "plan.j2").write_text(source, encoding="utf-8")
    result = _cli("render", str(EXAMPLES[0]), "--template", str(folder))
    assert result.exit_code == 2  # type: ignore[attr-defined]
    assert str(folder / "plan.j2") in result.stderr and expected in result.stderr  # type: ignore[attr-defined]
    assert "Traceback" not in result.stderr  # type: ignore[attr-defined]


def test_unknown_set_on_the_command_line() -> None:
    from tests.conftest import EXAMPLES

    result = _cli("render", str(EXAMPLES[0]), "--template", "fancy")
    assert result.exit_code == 2 and "找不到模板集“fancy”" in result.stderr  # type: ignore[attr-defined]


def test_compiled_templates_are_kept_and_a_broken_cache_is_ignored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from speechwriter.compose.template_set import _load

    monkeypatch.setenv("SPEECHWRITER_HOME", str(tmp_path))
    profile = Profile.model_validate(minimal_data())
    first = compose(profile, _load(templates_root() / "default"), TODAY)
    cached = list((tmp_path / "cache" / "templates").glob("*.cache"))
    assert len(cached) >= 6  # one per section template
    for path in cached:
        path.write_bytes(b"not bytecode")  # a damaged cache is recompiled, not trusted
    assert compose(profile, _load(templates_root() / "default"), TODAY) == first
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("SPEECHWRITER_HOME", str(blocker))  # no cache folder can be made under a file
    assert compose(profile, _load(templates_root() / "default"), TODAY) == first
