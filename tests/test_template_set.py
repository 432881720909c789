from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from speechwriter.composer import compose
from speechwriter.errors import UserError
from speechwriter.profile import Profile
from speechwriter.template_set import load_template_set, resolve_template_set, templates_root
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


def test_missing_manifest_and_missing_template(tmp_path: Path) -> None:
    with pytest.raises(UserError, match=r"sections\.yaml"):
        load_template_set(str(tmp_path))
    folder = _copy_default(tmp_path)
    (folder / "plan.j2").unlink()
    with pytest.raises(UserError, match=r"plan\.j2"):
        _compose_with(folder)


def test_unknown_set_name() -> None:
    with pytest.raises(UserError, match="找不到模板集"):
        resolve_template_set("no-such-set")
