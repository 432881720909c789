from __future__ import annotations

import io
from pathlib import Path

import pytest

from speechwriter.errors import UserError
from speechwriter.rendering import build, render_command
from tests.conftest import EXAMPLES


def test_several_profiles_to_stdout_in_order() -> None:
    out, err = io.StringIO(), io.StringIO()
    assert render_command([str(p) for p in EXAMPLES], stdout=out, stderr=err) == 0
    titles = [line for line in out.getvalue().splitlines() if line.startswith("# ")]
    assert len(titles) == len(EXAMPLES)
    assert err.getvalue().count("字，约") == len(EXAMPLES)


def test_build_collects_all_errors(tmp_path: Path) -> None:
    with pytest.raises(UserError) as caught:
        build([str(tmp_path / "a.yaml"), str(tmp_path / "b.yaml")])
    assert "a.yaml" in caught.value.message and "b.yaml" in caught.value.message


def test_same_name_in_out_dir_refused(tmp_path: Path) -> None:
    other = tmp_path / "x" / EXAMPLES[0].name
    other.parent.mkdir()
    other.write_bytes(EXAMPLES[0].read_bytes())
    with pytest.raises(UserError, match="同名"):
        render_command([str(EXAMPLES[0]), str(other)], out_dir=tmp_path / "out")


def test_out_dir_that_is_a_file(tmp_path: Path) -> None:
    blocker = tmp_path / "f"
    blocker.write_text("", encoding="utf-8")
    with pytest.raises(UserError, match="不是文件夹"):
        render_command([str(EXAMPLES[0])], out_dir=blocker)
