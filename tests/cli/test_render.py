from __future__ import annotations

import io
from pathlib import Path

import pytest

from speechwriter.cli.render import RenderRequest, render_profiles
from speechwriter.common.errors import UserError
from tests.conftest import EXAMPLES


def test_several_profiles_to_stdout_in_order() -> None:
    out, err = io.StringIO(), io.StringIO()
    assert render_profiles(RenderRequest([str(p) for p in EXAMPLES], stdout=out, stderr=err)) == 0
    titles = [line for line in out.getvalue().splitlines() if line.startswith("# ")]
    assert len(titles) == len(EXAMPLES)
    assert err.getvalue().count("字，约") == len(EXAMPLES)


def test_batch_failures_are_listed_after_the_good_ones(tmp_path: Path) -> None:
    out, err = io.StringIO(), io.StringIO()
    with pytest.raises(UserError) as caught:
        render_profiles(
            RenderRequest(
                [str(EXAMPLES[0]), str(tmp_path / "a.yaml"), str(tmp_path / "b.yaml")], stdout=out, stderr=err
            )
        )
    message = caught.value.message
    assert "成功 1 个，失败 2 个" in message and "a.yaml" in message and "b.yaml" in message
    assert out.getvalue().startswith("# ")


def test_same_name_in_out_dir_refused(tmp_path: Path) -> None:
    other = tmp_path / "x" / EXAMPLES[0].name
    other.parent.mkdir()
    other.write_bytes(EXAMPLES[0].read_bytes())
    with pytest.raises(UserError, match="同名"):
        render_profiles(RenderRequest([str(EXAMPLES[0]), str(other)], out_dir=tmp_path / "out"))


def test_out_dir_that_is_a_file(tmp_path: Path) -> None:
    blocker = tmp_path / "f"
    blocker.write_text("", encoding="utf-8")
    with pytest.raises(UserError, match="不是文件夹"):
        render_profiles(RenderRequest([str(EXAMPLES[0])], out_dir=blocker))
