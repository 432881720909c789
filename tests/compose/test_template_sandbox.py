"""A template set cannot read outside itself, run for ever or fill the memory."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from speechwriter.common.errors import UserError
from speechwriter.compose.composer import compose
from speechwriter.compose.fitting import _greedy_choice
from speechwriter.compose.template_set import load_template_set, templates_root
from speechwriter.profile.model import Profile
from tests.conftest import TODAY, minimal_data


def _copy(tmp_path: Path) -> Path:
    folder = tmp_path / "set"
    shutil.copytree(templates_root() / "default", folder)
    return folder


def _render(folder: Path) -> object:
    return compose(Profile.model_validate(minimal_data()), load_template_set(str(folder)), TODAY)


def test_a_file_linked_from_outside_the_set_is_not_read(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    private = tmp_path / "private.txt"
    private.write_text("只给自己看的内容", encoding="utf-8")
    (folder / "secret.j2").symlink_to(private)
    closing = folder / "closing.j2"
    closing.write_text(closing.read_text(encoding="utf-8") + '\n{% include "secret.j2" %}\n', encoding="utf-8")
    with pytest.raises(UserError, match="指向模板集文件夹以外的文件"):
        _render(folder)


@pytest.mark.parametrize("expression", ["10 ** (10 ** 9)", "'字' * 100000000", "[1] * 10 ** 8"])
def test_arithmetic_that_would_not_end_is_refused(tmp_path: Path, expression: str) -> None:
    folder = _copy(tmp_path)
    closing = folder / "closing.j2"
    closing.write_text(closing.read_text(encoding="utf-8") + "\n{{ " + expression + " }}\n", encoding="utf-8")
    with pytest.raises(UserError, match="安全沙箱"):
        _render(folder)


def test_small_arithmetic_still_works(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    closing = folder / "closing.j2"
    closing.write_text(closing.read_text(encoding="utf-8") + "\n{{ 2 ** 10 }}{{ '好' * 3 }}\n", encoding="utf-8")
    speech = _render(folder)
    assert "1024好好好" in speech.section("closing").blocks[-1].text  # type: ignore[attr-defined]


def test_an_alias_bomb_or_a_repeated_section_in_the_manifest_is_refused(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    manifest = folder / "sections.yaml"
    lines = ["a: &a [x, x, x, x, x, x, x, x, x, x]"]
    for n in range(6):
        earlier, name = chr(97 + n), chr(98 + n)
        lines.append(f"{name}: &{name} [" + ", ".join([f"*{earlier}"] * 10) + "]")
    bomb = "\n".join(lines) + "\n"
    manifest.write_text(bomb, encoding="utf-8")
    with pytest.raises(UserError, match="展开后的内容太多"):
        load_template_set(str(folder))
    twice = (templates_root() / "default" / "sections.yaml").read_text(encoding="utf-8")
    twice += "  - key: plan\n    title: 又一个工作设想\n    template: plan.j2\n"
    manifest.write_text(twice, encoding="utf-8")
    with pytest.raises(UserError, match="章节 plan 写了不止一次"):
        load_template_set(str(folder))


def test_many_variants_are_chosen_without_trying_every_combination() -> None:
    lengths = {f"s{n}": {"full": 100, "mid": 60, "short": 30} for n in range(12)}  # 531 441 combinations
    choice = _greedy_choice(lengths, 900)
    total = sum(lengths[key][name] for key, name in choice.items())
    assert 840 < total <= 900  # shortened only as far as the slot needs
